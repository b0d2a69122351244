/**
 * The commander wiring that `k80 add` and `k80 update` share: one subcommand per kind, each with its own
 * options from a table, and the exit-2 answer to a missing or unknown kind.
 */
import { Option, type Command } from 'commander';
import type { CommandModule, Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';

/** One option of a subcommand: flags, description, and whether it may be repeated (values collected). */
export type OptionSpec = readonly [flags: string, description: string, repeatable?: 'repeatable'];

/** One subcommand per kind: its description and its own options, in the order `--help` shows them. */
export type KindTable<K extends string> = Record<K, { description: string; options: readonly OptionSpec[] }>;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const o = m.add.opt;

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
