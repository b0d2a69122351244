/**
 * Expected failures carry Dutch text and an exit code. Anything else that is thrown is a bug:
 * the CLI edge shows it briefly with a hint to rerun with --debug.
 *
 * Exit codes: 0 success · 1 content has errors / a check failed · 2 usage or environment error ·
 * 130 cancelled by the user (Ctrl-C / Escape).
 */
export const EXIT = { ok: 0, content: 1, usage: 2, cancelled: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class K80Error extends Error {
  readonly exitCode: number;
  /** Optional Dutch hint: how to fix it. */
  readonly hint: string | undefined;
  constructor(message: string, exitCode: number, hint?: string) {
    super(message);
    this.name = 'K80Error';
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** Bad flags, missing values, unknown ids given on the command line: exit 2. */
export class UsageError extends K80Error {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
    this.name = 'UsageError';
  }
}

/** The content (or a value given for it) is invalid: exit 1. */
export class ContentError extends K80Error {
  constructor(message: string, hint?: string) {
    super(message, EXIT.content, hint);
    this.name = 'ContentError';
  }
}

/** A git failure: exit 2, carries git's own stderr. */
export class GitError extends K80Error {
  readonly stderr: string;
  constructor(message: string, stderr = '', hint?: string) {
    super(message, EXIT.usage, hint);
    this.name = 'GitError';
    this.stderr = stderr;
  }
}

/** The user pressed Ctrl-C or Escape in a prompt: exit 130, nothing written. */
export class CancelledError extends K80Error {
  constructor(message: string) {
    super(message, EXIT.cancelled);
    this.name = 'CancelledError';
  }
}
