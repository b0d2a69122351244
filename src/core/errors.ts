/**
 * Expected failures carry Dutch text and an exit code. Anything else that is thrown is a bug:
 * the CLI edge shows it briefly with a hint to rerun with --debug.
 *
 * Exit codes: 0 success · 1 content has errors / a check failed · 2 usage or environment error ·
 * 70 an internal bug · 130 cancelled by the user (Ctrl-C / Escape).
 */
import { m } from '../i18n/index.js';

export const EXIT = { ok: 0, content: 1, usage: 2, bug: 70, cancelled: 130 } as const;

export class K80Error extends Error {
  readonly exitCode: number;
  /** Optional Dutch hint: how to fix it. */
  readonly hint: string | undefined;
  /** Optional text from another program (git's own words), shown under the message. */
  detail: string | undefined;
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

/** Git is not installed (or not on PATH): exit 2. */
export class GitMissingError extends GitError {
  constructor(hint: string = m.git.missingHint) {
    super(m.git.missing, '', hint);
    this.name = 'GitMissingError';
  }
}

/**
 * The computer refused (disk full, read-only, no permission, a file where a folder should be, output closed):
 * exit 2, with the path and what to do.
 */
export class EnvironmentError extends K80Error {
  readonly code: string;
  constructor(message: string, code: string, hint?: string) {
    super(message, EXIT.usage, hint);
    this.name = 'EnvironmentError';
    this.code = code;
  }
}

/** The user pressed Ctrl-C or Escape in a prompt: exit 130, nothing written. */
export class CancelledError extends K80Error {
  constructor(message: string) {
    super(message, EXIT.cancelled);
    this.name = 'CancelledError';
  }
}

/** Node's error codes that mean "the environment refused", not "k80 has a bug". */
const ENVIRONMENT_CODES = new Set([
  'ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EPIPE', 'EMFILE', 'ENFILE',
  'ENAMETOOLONG', 'ELOOP', 'EIO', 'EBUSY', 'ETXTBSY', 'ENOENT', 'EFBIG', 'EAGAIN',
]);

/**
 * A Node system error (from fs or a stream) as an EnvironmentError in Dutch, naming the path (relative to
 * `root` when given); undefined for anything else (a bug stays a bug).
 */
export function environmentError(e: unknown, fallbackPath?: string): EnvironmentError | undefined {
  if (e instanceof K80Error || !(e instanceof Error)) return undefined;
  const err = e as NodeJS.ErrnoException & { dest?: string };
  const code = err.code;
  if (typeof code !== 'string' || !ENVIRONMENT_CODES.has(code)) return undefined;
  const text = m.common.env.reason[code as keyof typeof m.common.env.reason] ?? m.common.env.reason.other;
  const path = err.path ?? err.dest ?? fallbackPath;
  // the output of the command itself
  if (path === m.common.env.output) {
    return new EnvironmentError(m.common.env.outputFailed(text.what), code, code === 'EPIPE' ? text.fix('') : m.common.env.outputHint);
  }
  if (path === undefined) return new EnvironmentError(m.common.env.failedNoPath(text.what), code, m.common.env.reason.other.fix());
  return new EnvironmentError(m.common.env.failed(path, text.what), code, text.fix(path));
}
