/**
 * Branches: which branch the work tree is on, which branch is the repository's default, a new branch
 * started from a given base (`--branch`: a pull request starts from the default branch), and branches that
 * a bot recreates on every run (the intake branch of an issue is rebuilt from the current commit each time
 * the form is submitted or edited, so that it always holds one file).
 */
import { m } from '../i18n/index.js';
import { GitError } from '../core/errors.js';
import { git, gitMaybe } from './run.js';

/** The current branch, or undefined on a detached HEAD. */
export function currentBranch(repo: string): string | undefined {
  return gitMaybe(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'])?.trim() || undefined;
}

const exists = (repo: string, ref: string): boolean => gitMaybe(repo, ['rev-parse', '--verify', '--quiet', ref]) !== null;

/**
 * The default branch: the one `origin/HEAD` points at; without that, `init.defaultBranch`, `main` or
 * `master` when such a local branch exists; else undefined.
 */
export function defaultBranch(repo: string): string | undefined {
  const remote = gitMaybe(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'])?.trim();
  if (remote?.startsWith('refs/remotes/origin/')) return remote.slice('refs/remotes/origin/'.length);
  const configured = gitMaybe(repo, ['config', 'init.defaultBranch'])?.trim();
  for (const name of [configured, 'main', 'master']) {
    if (name && exists(repo, `refs/heads/${name}`)) return name;
  }
  return undefined;
}

/** The commit a new branch from `base` starts at: the local branch, else `origin/<base>`. */
export function branchStart(repo: string, base: string): string | undefined {
  if (exists(repo, `refs/heads/${base}`)) return `refs/heads/${base}`;
  if (exists(repo, `refs/remotes/origin/${base}`)) return `refs/remotes/origin/${base}`;
  return undefined;
}

/** Create branch `name` at `start` and switch to it; uncommitted changes come along (git refuses when they clash). */
export function switchToNewBranch(repo: string, name: string, start: string): void {
  git(repo, ['switch', '--quiet', '-c', name, start]);
}

/**
 * Switch to branch `name` made afresh at the current commit (an existing branch of that name is reset to it).
 * Uncommitted changes come along untouched.
 */
export function switchFresh(repo: string, name: string): void {
  if (name.startsWith('-') || gitMaybe(repo, ['check-ref-format', '--branch', name]) === null) {
    throw new GitError(m.git.badBranch(name), '', m.git.badBranchHint);
  }
  git(repo, ['switch', '--quiet', '-C', name]);
}
