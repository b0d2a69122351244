/** `k80 intake`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Configure, Runner } from '../types.js';
import { m } from '../../i18n/index.js';
import type { IntakeCliOptions } from './options.js';

export function registerIntake(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('intake'))
    .description(m.intake.description)
    .addOption(new Option('--form <formulier>', m.intake.optForm).choices(['practice', 'progress', 'topic']).makeOptionMandatory())
    .addOption(new Option('--body-file <pad>', m.intake.optBodyFile).makeOptionMandatory())
    .addOption(new Option('--issue <nummer>', m.intake.optIssue))
    .addOption(new Option('--comment-file <pad>', m.intake.optCommentFile))
    .addHelpText('after', m.intake.helpAfter);
  cmd.action(async (opts: IntakeCliOptions) => run(cmd, () => import('./index.js'), opts));
}
