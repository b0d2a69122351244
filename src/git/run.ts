/**
 * The base of the git module: the one way k80 runs git, with one environment (the user's own
 * GIT_AUTHOR_* and GIT_COMMITTER_* variables are kept, so a backfilled date is honoured), and one error
 * type. Every function takes the repository path first. User input never becomes a git option: callers
 * put `--` before paths and check refs with `checkRef`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { m } from '../i18n/index.js';
import { GitError, GitMissingError } from '../core/errors.js';

/**
 * Environment for every git call: no pager, no prompts, stable (English) output for parsing, and output in
 * full buffers (`GIT_FLUSH=0`): a log or rev-list into a pipe otherwise writes every commit on its own, 20,000
 * writes and as many wake-ups of the reader for a long history. (`cat-file --batch` answers each request at
 * once either way.)
 */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_FLUSH: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    LC_ALL: 'C',
    GIT_OPTIONAL_LOCKS: '0',
  };
}

function missing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** What a git run returned: its exit status and both outputs. */
export interface GitRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run git and return its status and output, whatever the status; only a git that cannot start throws. */
export function gitRun(repo: string, args: readonly string[], input?: string): GitRun {
  const r = spawnSync('git', args as string[], {
    cwd: repo,
    env: gitEnv(),
    encoding: 'utf8',
    input,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (r.error) {
    if (missing(r.error)) throw new GitMissingError();
    throw new GitError(m.git.failed(`git ${args.join(' ')}`), String(r.error));
  }
  // killed by a signal: status is null
  return { status: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

/** Run git and return its stdout; a non-zero exit becomes a GitError with git's stderr. */
export function git(repo: string, args: readonly string[], input?: string): string {
  const r = gitRun(repo, args, input);
  if (r.status !== 0) {
    throw new GitError(m.git.failed(`git ${args[0] ?? ''}: ${firstLine(r.stderr)}`), r.stderr);
  }
  return r.stdout;
}

/** Like `git` but returns null instead of throwing when git exits non-zero (git missing still throws). */
export function gitMaybe(repo: string, args: readonly string[]): string | null {
  const r = gitRun(repo, args);
  return r.status === 0 ? r.stdout : null;
}

function firstLine(s: string): string {
  return (s.trim().split('\n')[0] ?? '').replace(/^(fatal|error): /, '');
}

/** Spawn a long-running git process for streaming (log, cat-file --batch). */
export function spawnGit(repo: string, args: readonly string[]) {
  const child = spawn('git', args as string[], { cwd: repo, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  return child;
}

/** Is git installed at all? */
function gitAvailable(): boolean {
  const r = spawnSync('git', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/** The top level of the work tree that holds `dir`, or a GitError saying it is not a repository. */
export function topLevel(dir: string): string {
  if (!gitAvailable()) throw new GitMissingError();
  const out = gitMaybe(dir, ['rev-parse', '--show-toplevel']);
  if (out === null) throw new GitError(m.git.notARepo(dir), '', m.git.notARepoHint);
  return out.trim();
}

/**
 * A revision given by a user, checked before use: it must not look like an option and must resolve to a
 * commit. Returns the full commit id.
 */
export function checkRef(repo: string, ref: string): string {
  if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) {
    throw new GitError(m.git.badRef(ref), '', m.git.badRefHint);
  }
  const out = gitMaybe(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (out === null || out.trim() === '') throw new GitError(m.git.badRef(ref), '', m.git.badRefHint);
  return out.trim();
}

export function isShallow(repo: string): boolean {
  return git(repo, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}
