/** `k80 add practice|action|topic`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import type { AddKind } from './draft.js';

/** The flags of `k80 add`, as commander hands them over (plus the kind). */
export interface AddCliOptions {
  kind: AddKind;
  title?: string;
  municipality?: string;
  role?: string;
  name?: string;
  theme?: string[];
  type?: string;
  status?: string;
  summary?: string;
  tag?: string[];
  link?: string[];
  contactRole?: string;
  contactMunicipality?: string;
  contactName?: string;
  contactEmail?: string;
  date?: string;
  body?: string;
  bodyFile?: string;
  edit?: boolean;
  yes?: boolean;
  commit?: boolean;
  branch?: string | boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Options every kind has: body, editor, confirmation and git. */
export function commonOptions(cmd: Command, withBody = true): Command {
  if (withBody) {
    cmd
      .addOption(new Option('--body <tekst>', m.add.opt.body))
      .addOption(new Option('--body-file <pad>', m.add.opt.bodyFile))
      .addOption(new Option('--edit', m.add.opt.edit));
  }
  return cmd
    .addOption(new Option('-y, --yes', m.add.opt.yes))
    .addOption(new Option('--no-commit', m.add.opt.noCommit))
    .addOption(new Option('--branch [naam]', m.add.opt.branch));
}

/**
 * `k80 add` / `k80 update` without a kind, or with an unknown one: exit 2 naming the kinds. Commander itself
 * would only print the help to stderr. Called after the subcommands are registered (they must not inherit
 * the excess arguments setting).
 */
export function requireKind(cmd: Command, name: 'add' | 'update'): void {
  const kinds = ['practice', 'action', 'topic'];
  cmd.usage(name === 'add' ? 'practice|action|topic [opties]' : 'action|practice|topic <id> [opties]');
  cmd.argument('[soort]', m.add.argKind).allowExcessArguments(true).allowUnknownOption(true).action((kind: string | undefined) => {
    if (kind === undefined) throw new UsageError(m.add.kindMissing(name), m.add.kindHint(name));
    const guess = closest(kind, kinds);
    throw new UsageError(m.add.kindUnknown(kind), guess ? m.common.didYouMean(`k80 ${name} ${guess}`) : m.add.kindHint(name));
  });
}

export function registerAdd(program: Command, run: Runner, configure: Configure): void {
  const add = configure(program.command('add')).description(m.add.description);

  const practice = configure(add.command('practice'))
    .description(m.add.practiceDescription)
    .addOption(new Option('--title <titel>', m.add.opt.title))
    .addOption(new Option('--municipality <gemeente>', m.add.opt.municipalityPractice))
    .addOption(new Option('--theme <id>', m.add.opt.themes).argParser(collect))
    .addOption(new Option('--summary <zin>', m.add.opt.summary))
    .addOption(new Option('--tag <trefwoord>', m.add.opt.tag).argParser(collect))
    .addOption(new Option('--link <url>', m.add.opt.link).argParser(collect))
    .addOption(new Option('--contact-role <rol>', m.add.opt.contactRole))
    .addOption(new Option('--contact-municipality <gemeente>', m.add.opt.contactMunicipality))
    .addOption(new Option('--contact-name <naam>', m.add.opt.contactName))
    .addOption(new Option('--contact-email <adres>', m.add.opt.contactEmail))
    .addOption(new Option('--date <JJJJ-MM-DD>', m.add.opt.datePractice));
  commonOptions(practice);
  practice.action(async (opts: Omit<AddCliOptions, 'kind'>) =>
    run(practice, () => import('./index.js'), { ...opts, kind: 'practice' as const }),
  );

  const action = configure(add.command('action'))
    .description(m.add.actionDescription)
    .addOption(new Option('--title <titel>', m.add.opt.title))
    .addOption(new Option('--theme <id>', m.add.opt.theme).argParser(collect))
    .addOption(new Option('--type <soort>', m.add.opt.type))
    .addOption(new Option('--status <status>', m.add.opt.statusAction))
    .addOption(new Option('--municipality <gemeente>', m.add.opt.municipalityAction))
    .addOption(new Option('--role <rol>', m.add.opt.roleAction))
    .addOption(new Option('--name <naam>', m.add.opt.nameAction));
  commonOptions(action);
  action.action(async (opts: Omit<AddCliOptions, 'kind'>) =>
    run(action, () => import('./index.js'), { ...opts, kind: 'action' as const }),
  );

  const topic = configure(add.command('topic'))
    .description(m.add.topicDescription)
    .addOption(new Option('--title <titel>', m.add.opt.title))
    .addOption(new Option('--municipality <gemeente>', m.add.opt.municipalityTopic))
    .addOption(new Option('--role <rol>', m.add.opt.roleTopic))
    .addOption(new Option('--name <naam>', m.add.opt.nameTopic))
    .addOption(new Option('--status <status>', m.add.opt.statusTopic))
    .addOption(new Option('--date <JJJJ-MM-DD>', m.add.opt.dateTopic));
  commonOptions(topic);
  topic.action(async (opts: Omit<AddCliOptions, 'kind'>) =>
    run(topic, () => import('./index.js'), { ...opts, kind: 'topic' as const }),
  );
  requireKind(add, 'add');
}
