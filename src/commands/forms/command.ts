/** `k80 forms [--check]`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { FormsCliOptions } from './options.js';

export function registerForms(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('forms'))
    .description(m.forms.description)
    .addOption(new Option('--check', m.forms.optCheck).default(false))
    .addHelpText('after', m.forms.helpAfter);
  cmd.action(async (opts: FormsCliOptions) => run(cmd, () => import('./index.js'), opts));
}
