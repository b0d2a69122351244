/** `k80 update action|practice|topic <id>`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import type { Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import { registerKinds, requireKind, type KindTable } from '../shared/kinds.js';
import type { UpdateKind } from './options.js';

const o = m.update.opt;

const UPDATE: KindTable<UpdateKind> = {
  action: {
    description: m.update.actionDescription,
    options: [
      ['--status <status>', o.statusAction],
      ['--note <tekst>', o.note],
      ['--title <titel>', o.title],
      ['--date <JJJJ-MM-DD>', o.date],
    ],
  },
  practice: {
    description: m.update.practiceDescription,
    options: [
      ['--title <titel>', o.title],
      ['--summary <zin>', o.summary],
      ['--note <tekst>', o.note],
      ['--date <JJJJ-MM-DD>', o.dateNote],
    ],
  },
  topic: {
    description: m.update.topicDescription,
    options: [
      ['--status <status>', o.statusTopic],
      ['--note <tekst>', o.note],
      ['--title <titel>', o.title],
      ['--date <JJJJ-MM-DD>', o.dateNote],
    ],
  },
};

export function registerUpdate(program: Command, run: Runner, configure: Configure): void {
  const update = configure(program.command('update')).description(m.update.description);
  registerKinds(update, run, configure, UPDATE, { body: false, yes: m.add.opt.yesUpdate, idArgument: m.update.argId, load: () => import('./index.js') });
  requireKind(update, 'update');
}
