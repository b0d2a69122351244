/**
 * Committing one file alone, through `run.ts` (the one way k80 runs git, which keeps the user's
 * GIT_AUTHOR_DATE and reports a hook's refusal by git's exit status). Used by add, update and score.
 * Staged and unstaged changes elsewhere in the repository stay exactly as they were. A commit counts only
 * when HEAD moved to a new commit on top of the old one that changes exactly that file, with exactly the
 * written content; otherwise the index is put back as it was and the error says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { m } from '../i18n/index.js';
import { GitError } from '../core/errors.js';
import { git, gitMaybe, gitRun, topLevel } from './run.js';
import { acquireLock } from './lock.js';

/** The repository's own git folder (per work tree). */
export function gitDir(top: string): string {
  return git(top, ['rev-parse', '--absolute-git-dir']).trim();
}

/** States of the repository in which k80 must not write: a file in the git folder names each. */
const BUSY: ReadonlyArray<[string, keyof typeof m.git.state]> = [
  ['MERGE_HEAD', 'merge'],
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
  ['CHERRY_PICK_HEAD', 'cherryPick'],
  ['REVERT_HEAD', 'revert'],
  ['BISECT_LOG', 'bisect'],
];

/**
 * The repository state that must hold right before k80 writes and commits: no merge, rebase, cherry-pick,
 * revert or bisect in progress, no other git program holding the index (`index.lock`), and (unless a new
 * branch is made) a branch checked out rather than a detached HEAD.
 */
export function checkRepoState(top: string, opts: { branchWillBeCreated?: boolean; lockHeld?: boolean } = {}): void {
  const dir = gitDir(top);
  for (const [file, what] of BUSY) {
    if (existsSync(join(dir, file))) throw new GitError(m.git.busy(m.git.state[what]), '', m.git.busyHint(what));
  }
  const indexLock = (): boolean => existsSync(join(dir, 'index.lock'));
  // another k80 command may be committing right now (holding git's index.lock under k80's own lock):
  // wait for it by taking k80's lock a moment; a lock of any other program is still there afterwards
  if (!opts.lockHeld && indexLock()) acquireLock(dir).release();
  if (indexLock()) {
    throw new GitError(m.git.indexLocked(join(dir, 'index.lock')), '', m.git.indexLockedHint(join(dir, 'index.lock')));
  }
  if (opts.branchWillBeCreated !== true && gitMaybe(top, ['symbolic-ref', '--quiet', 'HEAD']) === null) {
    throw new GitError(m.git.detached, '', m.git.detachedHint);
  }
}

/**
 * Everything that must be true before a file is written and committed: git present, a repository, an
 * identity, and the repository state of `checkRepoState`. Throws a GitError (exit 2) with the fix otherwise.
 * Returns the top level of the work tree.
 */
export function preflightCommit(repo: string, opts: { branchWillBeCreated?: boolean } = {}): string {
  const top = topLevel(repo);
  const name = gitMaybe(top, ['config', 'user.name'])?.trim();
  const email = gitMaybe(top, ['config', 'user.email'])?.trim();
  if (!name || !email) throw new GitError(m.git.noIdentity, '', m.git.noIdentityHint);
  checkRepoState(top, opts);
  return top;
}

/** The current commit, or null in a repository without commits. */
function headCommit(repo: string): string | null {
  return gitMaybe(repo, ['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'])?.trim() || null;
}

/** Why a commit did not happen, and what git said. */
export class CommitRefusedError extends GitError {
  /** Did HEAD move (to a commit that is not exactly ours)? */
  readonly moved: boolean;
  constructor(message: string, stderr: string, moved: boolean) {
    super(message, stderr);
    this.name = 'CommitRefusedError';
    this.moved = moved;
  }
}

/** The paths a commit changes against its first parent (or all its files, for a first commit). */
function changedPaths(repo: string, commit: string): string[] {
  const out = git(repo, ['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', '--root', commit]);
  return out.split('\0').filter((p) => p !== '');
}

/**
 * Stage `file` (relative to `repo`) and commit it alone with `message`. Other staged changes stay staged,
 * unstaged ones stay unstaged. Returns the new commit id after checking that HEAD moved to a new commit,
 * on top of the old HEAD, that changes exactly `file` with the content now in the work tree. Otherwise the
 * index entry of `file` is restored and a CommitRefusedError carries git's own text.
 */
export function commitFile(repo: string, file: string, message: string): string {
  const before = headCommit(repo);
  const entry = git(repo, ['ls-files', '--stage', '-z', '--', file]);
  const restore = (): void => {
    const lines = entry.split('\0').filter((l) => l !== '').join('\n');
    if (lines === '') gitRun(repo, ['update-index', '--force-remove', '-z', '--stdin'], `${file}\0`);
    else gitRun(repo, ['update-index', '--index-info'], `${lines}\n`);
  };
  const added = gitRun(repo, ['add', '--', file]);
  if (added.status !== 0) {
    restore();
    throw new CommitRefusedError(m.git.addFailed(file), added.stderr, false);
  }
  // --only: commit just this path, whatever else is in the index; --no-edit never opens an editor
  const r = gitRun(repo, ['commit', '--only', '--quiet', '--no-edit', '-m', message, '--', file]);
  const after = headCommit(repo);
  const detail = `${r.stderr}${r.stdout}`.trim();
  if (after === null || after === before) {
    restore();
    const lock = join(gitDir(repo), 'index.lock');
    const reason = existsSync(lock) ? m.git.refusedLocked : r.status !== 0 ? m.git.refusedHook : m.git.refusedSilently;
    throw new CommitRefusedError(reason, detail, false);
  }
  const parent = gitMaybe(repo, ['rev-parse', '--quiet', '--verify', `${after}^1`])?.trim() || null;
  const paths = changedPaths(repo, after);
  const committed = gitMaybe(repo, ['rev-parse', '--quiet', '--verify', `${after}:${file}`])?.trim();
  const written = gitMaybe(repo, ['hash-object', '--', file])?.trim();
  if (r.status !== 0 || parent !== before || paths.length !== 1 || paths[0] !== file || committed !== written) {
    throw new CommitRefusedError(m.git.commitNotExact(after.slice(0, 7), file), detail, true);
  }
  return after;
}

/** A valid new branch name (git check-ref-format, a plain name not `@`, `HEAD` or `refs/…`), or a GitError. */
export function checkBranchName(repo: string, name: string): void {
  const plain = !name.startsWith('-') && !name.startsWith('refs/') && name !== '@' && name !== 'HEAD' && !name.includes('@{');
  // a ref is a file in .git: keep every part well below the usual 255-byte limit of a file name
  const short = Buffer.byteLength(name) <= 200 && name.split('/').every((part) => Buffer.byteLength(part) <= 100);
  if (!plain || gitMaybe(repo, ['check-ref-format', '--branch', name]) === null) {
    throw new GitError(m.git.badBranch(name), '', m.git.badBranchHint);
  }
  if (!short) throw new GitError(m.git.branchTooLong(name), '', m.git.branchTooLongHint);
  if (gitMaybe(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]) !== null) {
    throw new GitError(m.git.branchExists(name), '', m.git.branchExistsHint);
  }
}

/** Create and switch to a new branch; uncommitted changes come along untouched. */
export function createBranch(repo: string, name: string): void {
  checkBranchName(repo, name);
  const r = gitRun(repo, ['switch', '--quiet', '-c', name]);
  if (r.status !== 0) throw new GitError(m.git.failed(`git switch: ${r.stderr.trim().split('\n')[0] ?? ''}`), r.stderr);
}

/** Back to `previous` and remove the branch `name` made for a write that did not happen. */
export function dropBranch(repo: string, name: string, previous: string | undefined): void {
  if (previous === undefined) return;
  if (gitRun(repo, ['switch', '--quiet', previous]).status === 0) gitRun(repo, ['branch', '--quiet', '-D', name]);
}

/** The URL of `origin`, or undefined. */
export function originUrl(repo: string): string | undefined {
  return gitMaybe(repo, ['remote', 'get-url', 'origin'])?.trim() || undefined;
}

/** Does `file` (relative to `repo`) differ from HEAD, staged or not? An untracked file counts too. */
export function hasChanges(repo: string, file: string): boolean {
  return git(repo, ['status', '--porcelain', '--untracked-files=all', '--', file]).trim() !== '';
}

/** Is `file` (relative to `repo`) in HEAD? */
export function inHead(repo: string, file: string): boolean {
  return gitMaybe(repo, ['cat-file', '-e', `HEAD:${file}`]) !== null;
}

/** Would git ignore `file` (relative to `repo`), so that it cannot be committed without force? */
export function isIgnored(repo: string, file: string): boolean {
  return gitMaybe(repo, ['check-ignore', '--quiet', '--', file]) !== null;
}
