/** English messages of the git module (shared by add, update, score and report). */
import type { Area } from '../index.js';

export const git: Area<'git'> = {
  missing: 'Git was not found on this computer.',
  missingHint: 'Install Git (https://git-scm.com) and then open a new terminal window. Or use --no-commit to only write the file.',
  notARepo: (dir: string) => `${dir} is not a git repository.`,
  notARepoHint: 'Work in a clone of the repository of the network (git clone …), or use --no-commit to only write the file.',
  noIdentity: 'Git does not know who you are: user.name and/or user.email are missing.',
  noIdentityHint:
    'Set them once: git config --global user.name "Your name or role" and git config --global user.email "functional-address@gemeente.nl". Or use --no-commit.',
  busy: (what: string) => `A ${what} is in progress in this repository.`,
  busyHint: 'Finish it first (or abort it with git merge --abort / git rebase --abort) and then try again. Or use --no-commit.',
  failed: (what: string) => `Git command failed: ${what}`,
  badRef: (ref: string) => `'${ref}' is not a valid git revision.`,
  badRefHint: 'Give an existing tag, branch or commit (see git log or git tag).',
  badBranch: (name: string) => `'${name}' is not a valid name for a branch.`,
  badBranchHint: 'Use letters, digits, hyphens and slashes, for example practice/dorpsplan-ameland.',
  branchExists: (name: string) => `The branch '${name}' already exists.`,
  branchExistsHint: 'Choose another name with --branch NAME.',
  shallow: 'This is a shallow clone: the history is not complete.',
  shallowHint: 'Fetch the full history with: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0).',
};
