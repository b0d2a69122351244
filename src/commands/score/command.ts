/** `k80 score`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { ScoreCliOptions } from './options.js';

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
