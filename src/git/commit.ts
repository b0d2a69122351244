/**
 * Committing one file alone, through simple-git (with its unsafe options left off). Used by add, update
 * and score. Staged and unstaged changes elsewhere in the repository stay exactly as they were.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { m } from '../i18n/index.js';
import { GitError } from '../core/errors.js';
import { git, gitMaybe, topLevel } from './run.js';

function client(repo: string): SimpleGit {
  // no `unsafe` options: simple-git then refuses the argument-injection prone options itself
  return simpleGit({ baseDir: repo, maxConcurrentProcesses: 1, trimmed: false });
}

async function wrap<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof GitError) throw e;
    const text = (e as Error).message ?? String(e);
    throw new GitError(m.git.failed(`${what}: ${text.trim().split('\n')[0] ?? ''}`), text);
  }
}

/**
 * Everything that must be true before a file is written and committed: git present, a repository, an
 * identity, no merge/rebase/cherry-pick in progress. Throws a GitError (exit 2) with the fix otherwise.
 * Returns the top level of the work tree.
 */
export function preflightCommit(repo: string): string {
  const top = topLevel(repo);
  const name = gitMaybe(top, ['config', 'user.name'])?.trim();
  const email = gitMaybe(top, ['config', 'user.email'])?.trim();
  if (!name || !email) throw new GitError(m.git.noIdentity, '', m.git.noIdentityHint);
  const gitDir = git(top, ['rev-parse', '--absolute-git-dir']).trim();
  const states: Array<[string, string]> = [
    ['MERGE_HEAD', 'merge'],
    ['rebase-merge', 'rebase'],
    ['rebase-apply', 'rebase'],
    ['CHERRY_PICK_HEAD', 'cherry-pick'],
    ['REVERT_HEAD', 'revert'],
  ];
  for (const [file, what] of states) {
    if (existsSync(join(gitDir, file))) throw new GitError(m.git.busy(what), '', m.git.busyHint);
  }
  return top;
}

/**
 * Stage `file` (relative to `repo`) and commit it alone with `message`. Other staged changes stay staged,
 * unstaged ones stay unstaged. Returns the new commit id.
 */
export async function commitFile(repo: string, file: string, message: string): Promise<string> {
  const g = client(repo);
  return wrap('commit', async () => {
    await g.raw(['add', '--', file]);
    // --only: commit just this path, whatever else is in the index
    await g.raw(['commit', '--only', '--quiet', '-m', message, '--', file]);
    return (await g.revparse(['HEAD'])).trim();
  });
}

/** A valid new branch name (git check-ref-format), or a GitError. */
export function checkBranchName(repo: string, name: string): void {
  if (name.startsWith('-') || gitMaybe(repo, ['check-ref-format', '--branch', name]) === null) {
    throw new GitError(m.git.badBranch(name), '', m.git.badBranchHint);
  }
  if (gitMaybe(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]) !== null) {
    throw new GitError(m.git.branchExists(name), '', m.git.branchExistsHint);
  }
}

/** Create and switch to a new branch; uncommitted changes come along untouched. */
export async function createBranch(repo: string, name: string): Promise<void> {
  checkBranchName(repo, name);
  await wrap('switch', () => client(repo).raw(['switch', '--quiet', '-c', name]));
}

/** The URL of `origin`, or undefined. */
export function originUrl(repo: string): string | undefined {
  return gitMaybe(repo, ['remote', 'get-url', 'origin'])?.trim() || undefined;
}

/** Does `file` (relative to `repo`) differ from HEAD, staged or not? An untracked file counts too. */
export function hasChanges(repo: string, file: string): boolean {
  return git(repo, ['status', '--porcelain', '--untracked-files=all', '--', file]).trim() !== '';
}

/** Would git ignore `file` (relative to `repo`), so that it cannot be committed without force? */
export function isIgnored(repo: string, file: string): boolean {
  return gitMaybe(repo, ['check-ignore', '--quiet', '--', file]) !== null;
}
