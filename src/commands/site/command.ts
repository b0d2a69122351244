/** `k80 site`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { SiteCliOptions } from './options.js';

export function registerSite(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('site'))
    .description(m.site.description)
    .addOption(new Option('--out <map>', m.site.optOut).default('site'))
    .addOption(new Option('--base-url <adres>', m.site.optBaseUrl))
    .addHelpText('after', m.site.helpAfter);
  cmd.action(async (opts: SiteCliOptions) => run(cmd, () => import('./index.js'), opts));
}
