/**
 * Branches that a bot recreates on every run: the intake branch of an issue is rebuilt from the current
 * commit each time the form is submitted or edited, so that it always holds one file.
 */
import { m } from '../i18n/index.js';
import { GitError } from '../core/errors.js';
import { git, gitMaybe } from './run.js';

/** The current branch, or undefined on a detached HEAD. */
export function currentBranch(repo: string): string | undefined {
  return gitMaybe(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'])?.trim() || undefined;
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
