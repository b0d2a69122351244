/** `k80 update action|practice|topic <id>`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import type { Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import { m } from '../../i18n/index.js';
import { registerKinds, requireKind, type KindTable } from '../add/command.js';
import type { GitFlags } from '../shared/publish.js';

export type UpdateKind = 'action' | 'practice' | 'topic';

/** The flags of `k80 update`, as commander hands them over (plus the kind and the id). */
export interface UpdateCliOptions extends GitFlags {
  kind: UpdateKind;
  /** Left out in a terminal: the entry is picked by its title. */
  id?: string;
  title?: string;
  status?: string;
  summary?: string;
  note?: string;
  date?: string;
  yes?: boolean;
}

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
