/** `k80 validate`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { ValidateCliOptions } from './options.js';

export function registerValidate(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('validate'))
    .description(m.validate.description)
    .argument('[bestanden...]', m.forge.argFiles)
    .addOption(new Option('--format <formaat>', m.validate.optFormat).choices(['pretty', 'json', 'github', 'markdown', 'gitlab']).default('pretty'))
    .addOption(new Option('--strict', m.validate.optStrict).default(false));
  cmd.action(async (files: string[], opts: ValidateCliOptions) =>
    run(cmd, () => import('./index.js'), files.length > 0 ? { ...opts, files } : opts));
}
