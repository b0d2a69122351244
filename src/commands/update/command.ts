/** `k80 update action|practice|topic <id>`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import { m } from '../../i18n/index.js';
import { commonOptions, requireKind } from '../add/command.js';

export type UpdateKind = 'action' | 'practice' | 'topic';

/** The flags of `k80 update`, as commander hands them over (plus the kind and the id). */
export interface UpdateCliOptions {
  kind: UpdateKind;
  id: string;
  title?: string;
  status?: string;
  summary?: string;
  note?: string;
  date?: string;
  yes?: boolean;
  commit?: boolean;
  branch?: string | boolean;
}

export function registerUpdate(program: Command, run: Runner, configure: Configure): void {
  const update = configure(program.command('update')).description(m.update.description);

  const action = configure(update.command('action'))
    .description(m.update.actionDescription)
    .argument('<id>', m.update.argId)
    .addOption(new Option('--status <status>', m.update.opt.statusAction))
    .addOption(new Option('--note <tekst>', m.update.opt.note))
    .addOption(new Option('--title <titel>', m.update.opt.title))
    .addOption(new Option('--date <JJJJ-MM-DD>', m.update.opt.date));
  commonOptions(action, false);
  action.action(async (id: string, opts: Omit<UpdateCliOptions, 'kind' | 'id'>) =>
    run(action, () => import('./index.js'), { ...opts, kind: 'action' as const, id }),
  );

  const practice = configure(update.command('practice'))
    .description(m.update.practiceDescription)
    .argument('<id>', m.update.argId)
    .addOption(new Option('--title <titel>', m.update.opt.title))
    .addOption(new Option('--summary <zin>', m.update.opt.summary))
    .addOption(new Option('--note <tekst>', m.update.opt.note))
    .addOption(new Option('--date <JJJJ-MM-DD>', m.update.opt.dateNote));
  commonOptions(practice, false);
  practice.action(async (id: string, opts: Omit<UpdateCliOptions, 'kind' | 'id'>) =>
    run(practice, () => import('./index.js'), { ...opts, kind: 'practice' as const, id }),
  );

  const topic = configure(update.command('topic'))
    .description(m.update.topicDescription)
    .argument('<id>', m.update.argId)
    .addOption(new Option('--status <status>', m.update.opt.statusTopic))
    .addOption(new Option('--note <tekst>', m.update.opt.note))
    .addOption(new Option('--title <titel>', m.update.opt.title))
    .addOption(new Option('--date <JJJJ-MM-DD>', m.update.opt.dateNote));
  commonOptions(topic, false);
  topic.action(async (id: string, opts: Omit<UpdateCliOptions, 'kind' | 'id'>) =>
    run(topic, () => import('./index.js'), { ...opts, kind: 'topic' as const, id }),
  );
  requireKind(update, 'update');
}
