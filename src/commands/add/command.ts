/** `k80 add practice|action|topic`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import type { CommandModule } from '../types.js';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import type { AddKind, Draft } from './draft.js';
import type { GitFlags } from '../shared/publish.js';

/** The flags of `k80 add`, as commander hands them over (plus the kind): the draft's fields, lists repeated. */
export interface AddCliOptions extends Omit<Draft, 'themes' | 'tags' | 'links'>, GitFlags {
  kind: AddKind;
  theme?: string[];
  tag?: string[];
  link?: string[];
  bodyFile?: string;
  edit?: boolean;
  yes?: boolean;
}

/** One option of a subcommand: flags, description, and whether it may be repeated (values collected). */
export type OptionSpec = readonly [flags: string, description: string, repeatable?: 'repeatable'];

/** One subcommand per kind: its description and its own options, in the order `--help` shows them. */
export type KindTable<K extends string> = Record<K, { description: string; options: readonly OptionSpec[] }>;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

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

/**
 * `parent <kind>` for every kind of the table, each with its options, then the body options (when `body`),
 * `--yes` (described by `yes`) and the git options; the action hands `{...flags, kind}` (and `id`, with `idArgument`) to `run`.
 */
export function registerKinds<K extends string, O extends object>(
  parent: Command,
  run: Runner,
  configure: Configure,
  table: KindTable<K>,
  setup: { body: boolean; yes: string; idArgument?: (kind: K) => string; load: () => Promise<CommandModule<O>> },
): void {
  for (const kind of Object.keys(table) as K[]) {
    const cmd = configure(parent.command(kind)).description(table[kind].description);
    if (setup.idArgument !== undefined) cmd.argument('[id]', setup.idArgument(kind));
    for (const [flags, description, repeatable] of table[kind].options) {
      const option = new Option(flags, description);
      cmd.addOption(repeatable ? option.argParser(collect) : option);
    }
    if (setup.body) {
      cmd
        .addOption(new Option('--body <tekst>', o.body))
        .addOption(new Option('--body-file <pad>', o.bodyFile))
        .addOption(new Option('--edit', o.edit));
    }
    cmd
      .addOption(new Option('-y, --yes', setup.yes))
      .addOption(new Option('--no-commit', o.noCommit))
      .addOption(new Option('--branch [naam]', o.branch));
    cmd.action(async () => {
      const given = cmd.processedArgs[0] as string | undefined;
      const id = setup.idArgument !== undefined && given !== undefined ? { id: given } : {};
      await run(cmd, setup.load, { ...cmd.opts(), kind, ...id } as O);
    });
  }
}

/**
 * `k80 add` / `k80 update` without a kind, or with an unknown one: exit 2 naming the kinds. Commander itself
 * would only print the help to stderr. Called after the subcommands are registered (they must not inherit
 * the excess arguments setting).
 */
export function requireKind(cmd: Command, name: 'add' | 'update'): void {
  const kinds = ['practice', 'action', 'topic'];
  cmd.usage(name === 'add' ? 'practice|action|topic [opties]' : 'action|practice|topic [id] [opties]');
  cmd.argument('[soort]', m.add.argKind).allowExcessArguments(true).allowUnknownOption(true).action((kind: string | undefined) => {
    if (kind === undefined || kind.startsWith('-')) throw new UsageError(m.add.kindMissing(name), m.add.kindHint(name));
    const guess = closest(kind, kinds);
    throw new UsageError(m.add.kindUnknown(kind), guess ? m.common.didYouMean(`k80 ${name} ${guess}`) : m.add.kindHint(name));
  });
}

export function registerAdd(program: Command, run: Runner, configure: Configure): void {
  const add = configure(program.command('add')).description(m.add.description);
  registerKinds(add, run, configure, ADD, { body: true, yes: o.yes, load: () => import('./index.js') });
  requireKind(add, 'add');
}
