/** `k80 init [DIR] --name NAME`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { InitCliOptions } from './options.js';

export function registerInit(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('init'))
    .description(m.init.description)
    .argument('[map]', m.init.argDir)
    .addOption(new Option('--name <naam>', m.init.optName))
    .addOption(new Option('--agenda-title <titel>', m.init.optAgendaTitle))
    .addOption(new Option('--no-commit', m.init.optNoCommit));
  cmd.action(async (dir: string | undefined, opts: Omit<InitCliOptions, 'dir'>) =>
    run(cmd, () => import('./index.js'), { ...opts, dir }, { needsRoot: false }),
  );
}
