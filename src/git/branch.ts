/**
 * Which branch the work tree is on, which branch is the repository's default, and a new branch started
 * from a given base. Used by `--branch` (a pull request starts from the default branch) and by the next
 * step printed after a commit.
 */
import { git, gitMaybe } from './run.js';

/** The checked-out branch, or undefined when HEAD is detached. */
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
