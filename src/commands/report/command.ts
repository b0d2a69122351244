/** `k80 report`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import { REPORT_FORMATS } from './format.js';
import type { ReportCliOptions } from './options.js';

export function registerReport(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('report'))
    .description(m.report.description)
    .addOption(new Option('--from <datum|revisie>', m.report.optFrom))
    .addOption(new Option('--to <datum|revisie>', m.report.optTo))
    .addOption(new Option('--period <halfjaar>', m.report.optPeriod))
    .addOption(new Option('--format <formaat>', m.report.optFormat).choices([...REPORT_FORMATS]))
    .addOption(new Option('--out <bestand>', m.report.optOut))
    .addOption(new Option('--tag', m.report.optTag).default(false))
    .addOption(new Option('--authors', m.report.optAuthors).default(false));
  cmd.action(async (opts: ReportCliOptions) => run(cmd, () => import('./index.js'), opts));
}
