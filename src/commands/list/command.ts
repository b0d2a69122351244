/** `k80 list`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { ListCliOptions } from './options.js';

export function registerList(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('list'))
    .description(m.list.description)
    .argument('[soort]', m.list.argKind)
    .addOption(new Option('--theme <id>', m.list.optTheme))
    .addOption(new Option('--status <status>', m.list.optStatus))
    .addOption(new Option('--municipality <gemeente>', m.list.optMunicipality))
    .addOption(new Option('--sort <volgorde>', m.list.optSort).choices(['date', 'total']))
    .addOption(new Option('--json', m.list.optJson).default(false));
  cmd.action(async (kind: string | undefined, opts: Omit<ListCliOptions, 'kind'>) =>
    run(cmd, () => import('./index.js'), kind === undefined ? opts : { ...opts, kind }));
}
