/** `k80 add practice|action|topic`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import type { Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import { registerKinds, requireKind, type KindTable } from '../shared/kinds.js';
import type { AddKind } from './draft.js';

const o = m.add.opt;

const ADD: KindTable<AddKind> = {
  practice: {
    description: m.add.practiceDescription,
    options: [
      ['--title <titel>', o.title],
      ['--municipality <gemeente>', o.municipalityPractice],
      ['--theme <id>', o.themes, 'repeatable'],
      ['--summary <zin>', o.summary],
      ['--tag <trefwoord>', o.tag, 'repeatable'],
      ['--link <url>', o.link, 'repeatable'],
      ['--contact-role <rol>', o.contactRole],
      ['--contact-municipality <gemeente>', o.contactMunicipality],
      ['--contact-name <naam>', o.contactName],
      ['--contact-email <adres>', o.contactEmail],
      ['--date <JJJJ-MM-DD>', o.datePractice],
    ],
  },
  action: {
    description: m.add.actionDescription,
    options: [
      ['--title <titel>', o.title],
      ['--theme <id>', o.theme, 'repeatable'],
      ['--type <soort>', o.type],
      ['--status <status>', o.statusAction],
      ['--municipality <gemeente>', o.municipalityAction],
      ['--role <rol>', o.roleAction],
      ['--name <naam>', o.nameAction],
    ],
  },
  topic: {
    description: m.add.topicDescription,
    options: [
      ['--title <titel>', o.title],
      ['--municipality <gemeente>', o.municipalityTopic],
      ['--role <rol>', o.roleTopic],
      ['--name <naam>', o.nameTopic],
      ['--status <status>', o.statusTopic],
      ['--date <JJJJ-MM-DD>', o.dateTopic],
    ],
  },
};

export function registerAdd(program: Command, run: Runner, configure: Configure): void {
  const add = configure(program.command('add')).description(m.add.description);
  registerKinds(add, run, configure, ADD, { body: true, yes: o.yes, load: () => import('./index.js') });
  requireKind(add, 'add');
}
