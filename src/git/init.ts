/**
 * A new repository: `git init` with the branch `main`, and a first commit of everything in it. Used by
 * `k80 init`. Checks git and the identity first, like every committing command.
 */
import { git } from './run.js';
import { preflightCommit } from './commit.js';

/** `git init` in `dir` (an existing folder) with `main` as the first branch, on every git version. */
export function initRepository(dir: string): void {
  git(dir, ['init', '--quiet']);
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
}

/** Stage everything in the new repository and make its first commit; returns the commit id. */
export function commitEverything(dir: string, message: string): string {
  preflightCommit(dir);
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}
