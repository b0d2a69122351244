/** `k80 validate`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import { m } from '../../i18n/index.js';

export interface ValidateCliOptions {
  format: 'pretty' | 'json' | 'github' | 'markdown' | 'gitlab';
  strict: boolean;
  /** Only these files (paths as given, relative to the working directory); none: every file. */
  files?: string[];
}

export function registerValidate(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('validate'))
    .description(m.validate.description)
    .argument('[bestanden...]', m.forge.argFiles)
    .addOption(new Option('--format <formaat>', m.validate.optFormat).choices(['pretty', 'json', 'github', 'markdown', 'gitlab']).default('pretty'))
    .addOption(new Option('--strict', m.validate.optStrict).default(false));
  cmd.action(async (files: string[], opts: ValidateCliOptions) =>
    run(cmd, () => import('./index.js'), files.length > 0 ? { ...opts, files } : opts));
}
