/** `k80 intake`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import { Option, type Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';
import { m } from '../../i18n/index.js';

export interface IntakeCliOptions {
  form: 'practice' | 'progress' | 'topic';
  bodyFile: string;
  issue?: string;
  commentFile?: string;
}

export function registerIntake(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('intake'))
    .description(m.intake.description)
    .addOption(new Option('--form <formulier>', m.intake.optForm).choices(['practice', 'progress', 'topic']).makeOptionMandatory())
    .addOption(new Option('--body-file <pad>', m.intake.optBodyFile).makeOptionMandatory())
    .addOption(new Option('--issue <nummer>', m.intake.optIssue))
    .addOption(new Option('--comment-file <pad>', m.intake.optCommentFile));
  cmd.action(async (opts: IntakeCliOptions) => run(cmd, () => import('./index.js'), opts));
}
