/** `k80 score`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import { m } from '../../i18n/index.js';

export interface ScoreCliOptions {
  /** Topic id; may be left out in a terminal. */
  topic?: string;
  /** `criterion=value`, as given, in order. */
  set?: string[];
  by?: string;
  note?: string;
  /** The date of the weighing (the board meeting), YYYY-MM-DD; default today. */
  date?: string;
  dryRun?: boolean;
  /** false with --no-commit. */
  commit?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function registerScore(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('score'))
    .description(m.score.description)
    .argument('[thema]', m.score.argTopic)
    .addOption(new Option('--set <criterium=score>', m.score.optSet).argParser(collect))
    .addOption(new Option('--by <wie>', m.score.optBy))
    .addOption(new Option('--note <tekst>', m.score.optNote))
    .addOption(new Option('--date <JJJJ-MM-DD>', m.score.optDate))
    .addOption(new Option('--dry-run', m.score.optDryRun))
    .addOption(new Option('--no-commit', m.score.optNoCommit))
    .addOption(new Option('--json', m.score.optJson));
  cmd.action(async (topic: string | undefined, opts: ScoreCliOptions) =>
    run(cmd, () => import('./index.js'), topic === undefined ? opts : { ...opts, topic }),
  );
}
