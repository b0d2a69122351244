/** English messages of the git module (shared by add, update, score and report). */
import type { Area } from '../nl/index.js';

export const git: Area<'git'> = {
  missing: 'Git was not found on this computer.',
  missingHint: 'Install Git (https://git-scm.com) and then open a new terminal window. Or use --no-commit to only write the file.',
  notARepo: (dir: string) => `${dir} is not a git repository.`,
  notARepoHint: 'Work in a clone of the repository of the network (git clone …), or use --no-commit to only write the file.',
  noIdentity: 'Git does not know who you are: user.name and/or user.email are missing.',
  noIdentityHint:
    'Set them once: git config --global user.name "Your name or role" and git config --global user.email "functional-address@gemeente.nl". Or use --no-commit.',
  busy: (what: string) => `A ${what} is in progress in this repository. Nothing was written.`,
  state: { merge: 'git merge', rebase: 'git rebase', cherryPick: 'git cherry-pick', revert: 'git revert', bisect: 'git bisect' },
  busyHint: (what: 'merge' | 'rebase' | 'cherryPick' | 'revert' | 'bisect') => {
    const abort = { merge: 'git merge --abort', rebase: 'git rebase --abort', cherryPick: 'git cherry-pick --abort', revert: 'git revert --abort', bisect: 'git bisect reset' }[what];
    return `Finish it first, or abort it with ${abort}, and then try again. Or use --no-commit.`;
  },
  indexLocked: (path: string) => `Another git program is busy in this repository (${path} exists). Nothing was written.`,
  indexLockedHint: (path: string) =>
    `Wait until that program is done and try again. If no git program is running any more (no editor or GitHub Desktop either), delete ${path}.`,
  detached: 'No branch is checked out (detached HEAD): a commit would land on no branch at all. Nothing was written.',
  noBase: (base: string) => `The main branch ${base} was not found: the new branch cannot start from it.`,
  noBaseHint: (base: string) => `Fetch the main branch (git fetch origin ${base}) or switch to it yourself: git switch ${base}`,
  detachedHint: 'Switch to a branch first (git switch main), or use --branch NAME to make a new branch.',
  lockBusy: (path: string) => `Another k80 command is already writing in this repository (${path}). Nothing was written.`,
  lockBusyHint: (path: string) => `Wait until it is done and try again. If no k80 is running any more, delete ${path}.`,
  addFailed: (file: string) => `Git could not stage ${file} for the commit.`,
  refusedHook: 'git refused the commit (for example a hook such as pre-commit or commit-msg).',
  refusedLocked: 'another git program was busy at the same time (index.lock).',
  refusedSilently: 'git made no new commit.',
  commitNotExact: (commit: string, file: string) =>
    `the new commit ${commit} does not hold exactly ${file} as k80 wrote it (did a hook change the commit?). Check it with git show ${commit}.`,
  changedMeanwhile: (file: string) =>
    `${file} changed since k80 read it (by another command or program). Nothing was written, so that change is not lost.`,
  changedMeanwhileHint: 'Try again: k80 then reads the file again.',
  failed: (what: string) => `Git command failed: ${what}`,
  badRef: (ref: string) => `'${ref}' is not a valid git revision.`,
  badRefHint: 'Give an existing tag, branch or commit (see git log or git tag).',
  badBranch: (name: string) => `'${name}' is not a valid name for a branch.`,
  badBranchHint: 'Use letters, digits, hyphens and slashes, for example practice/dorpsplan-ameland.',
  branchTooLong: (name: string) => `The branch name is too long (${name.length} characters).`,
  branchTooLongHint: 'Use a shorter name, for example practice/dorpsplan-ameland (at most 100 characters per part).',
  branchExists: (name: string) => `The branch '${name}' already exists.`,
  branchExistsHint: 'Choose another name with --branch NAME.',
  shallow: 'This is a shallow clone: the history is not complete.',
  shallowHint: 'Fetch the full history with: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0).',
};
