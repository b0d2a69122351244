/**
 * Writing and committing one entry file, shared by add, update and score: git checks before anything is
 * written, an optional new branch, the atomic write, a commit of that file alone, and how to push it.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { m } from '../../i18n/index.js';
import { GitError, UsageError } from '../../core/errors.js';
import {
  CommitRefusedError,
  checkBranchName,
  checkRepoState,
  commitFile,
  createBranch,
  dropBranch,
  gitDir,
  hasChanges,
  isIgnored,
  originUrl,
  preflightCommit,
} from '../../git/commit.js';
import { acquireLock } from '../../git/lock.js';
import { branchStart, currentBranch, defaultBranch, switchToNewBranch } from '../../git/branch.js';
import { parseRemote, reviewUrl } from './forge.js';

/** Git settings from the flags: `--no-commit` and `--branch [NAME]`. */
export interface GitFlags {
  /** false with `--no-commit`. */
  commit?: boolean;
  /** `--branch` alone (true) or with a name. */
  branch?: string | boolean;
}

export interface GitPlan {
  /** Top of the work tree; undefined with --no-commit. */
  top: string | undefined;
  /** The branch to create, when asked for. */
  branch: string | undefined;
  /** Where the new branch starts, when not at HEAD (the default branch, when another branch is checked out). */
  start?: string;
  /** The file exists already (update, score) rather than being new (add). */
  existing?: boolean;
}

export interface Published {
  /** Commit id, when committed. */
  commit?: string;
  message?: string;
  branch?: string;
}

/**
 * Before any prompt or write: is committing possible (git, repository, identity, no merge in progress)?
 * `--branch` without committing makes no sense and is a usage error.
 */
export function preflight(root: string, flags: GitFlags): GitPlan {
  const commit = flags.commit !== false;
  if (!commit && flags.branch !== undefined && flags.branch !== false) {
    throw new UsageError(m.add.git.branchNeedsCommit, m.add.git.branchNeedsCommitHint);
  }
  if (!commit) return { top: undefined, branch: undefined };
  const top = preflightCommit(root, { branchWillBeCreated: flags.branch !== undefined && flags.branch !== false });
  // a named branch can be checked now, before the user fills in a form
  if (typeof flags.branch === 'string' && flags.branch !== '') checkBranchName(top, flags.branch);
  return { top, branch: undefined };
}

/** `file` (relative to `root`) relative to the work tree's top, with forward slashes. */
export function pathInRepo(top: string, root: string, file: string): string {
  return relative(realpathSync(top), join(realpathSync(root), file)).split(sep).join('/');
}

/**
 * Once the file name is known, still before writing: the file must be committable (not ignored; for an
 * update: without uncommitted changes of its own) and the branch name valid and free.
 */
export function checkTarget(
  plan: GitPlan,
  root: string,
  file: string,
  flags: GitFlags,
  defaultBranch: string,
  existing: boolean,
): GitPlan {
  checkFolders(root, file);
  if (plan.top === undefined) return { ...plan, existing };
  const inRepo = pathInRepo(plan.top, root, file);
  if (isIgnored(plan.top, inRepo)) throw new GitError(m.add.git.ignored(file), '', m.add.git.ignoredHint);
  if (existing && hasChanges(plan.top, inRepo)) {
    // another k80 command may be between writing and committing this very file: wait for it, then look again
    acquireLock(gitDir(plan.top)).release();
    if (hasChanges(plan.top, inRepo)) throw new GitError(m.add.git.dirty(file), '', m.add.git.dirtyHint);
    // it was committed meanwhile: what this command read is out of date
    throw new GitError(m.git.changedMeanwhile(file), '', m.git.changedMeanwhileHint);
  }
  let branch: string | undefined;
  if (flags.branch !== undefined && flags.branch !== false) {
    branch = flags.branch === true || flags.branch === '' ? defaultBranch : flags.branch;
    checkBranchName(plan.top, branch);
    const start = branchBase(plan.top);
    if (start !== undefined) return { ...plan, branch, start };
  }
  return { ...plan, branch, existing };
}

/**
 * Where a new `--branch` starts: from the default branch, so that a pull request holds this change alone.
 * undefined: at HEAD (already on the default branch, or no default branch known). A detached HEAD is refused.
 */
function branchBase(top: string): string | undefined {
  const current = currentBranch(top);
  if (current === undefined) throw new GitError(m.git.detached, '', m.git.detachedHint);
  const base = defaultBranch(top);
  if (base === undefined || base === current) return undefined;
  const start = branchStart(top, base);
  if (start === undefined) throw new GitError(m.git.noBase(base), '', m.git.noBaseHint(base));
  return start;
}

/**
 * The folders from `agenda/` down to `file` (relative to `root`) must be real folders inside the repository:
 * a symlink could send the write outside it, a file where a folder belongs would fail half-way.
 */
function checkFolders(root: string, file: string): void {
  const parts = dirname(file).split('/');
  for (let i = 1; i <= parts.length; i++) {
    const rel = parts.slice(0, i).join('/');
    let st;
    try {
      st = lstatSync(join(root, rel));
    } catch {
      return; // does not exist yet: it will be created as a folder
    }
    if (st.isSymbolicLink()) throw new UsageError(m.add.git.folderSymlink(rel), m.add.git.folderSymlinkHint(rel));
    if (!st.isDirectory()) throw new UsageError(m.add.git.folderIsFile(rel), m.add.git.folderIsFileHint(rel));
  }
}

/**
 * Under the repository's write lock (so that k80 commands at the same time run one after the other):
 * check the repository state again, `recheck()` that what was read is still there (throws to refuse),
 * create the branch (when asked), `write()` (which returns the repository-relative path it wrote), and
 * commit that file alone. Success only when the commit is verified; otherwise a GitError (exit 2) that
 * says the file is kept but not committed, with git's text and the commands to finish or undo.
 */
export async function writeAndCommit(
  plan: GitPlan,
  root: string,
  write: () => string,
  message: string,
  recheck?: () => void,
): Promise<Published> {
  if (plan.top === undefined) {
    recheck?.();
    write();
    return {};
  }
  const top = plan.top;
  const lock = acquireLock(gitDir(top));
  try {
    checkRepoState(top, { branchWillBeCreated: plan.branch !== undefined, lockHeld: true });
    recheck?.();
    const previous = plan.branch !== undefined ? currentBranch(top) : undefined;
    if (plan.branch !== undefined) {
      if (plan.start !== undefined) switchToNewBranch(top, plan.branch, plan.start);
      else createBranch(top, plan.branch);
    }
    let file: string;
    try {
      file = write();
    } catch (e) {
      if (plan.branch !== undefined) dropBranch(top, plan.branch, previous);
      throw e;
    }
    const inRepo = pathInRepo(top, root, file);
    try {
      const commit = commitFile(top, inRepo, message);
      return { commit, message, ...(plan.branch !== undefined ? { branch: plan.branch } : {}) };
    } catch (e) {
      if (!(e instanceof CommitRefusedError)) throw e;
      const hint = e.moved ? m.add.git.commitCheckHint : m.add.git.commitFailedHint(inRepo, message.split('\n')[0] ?? '', plan.existing === true);
      const err = new GitError(m.add.git.commitFailed(file, e.message), e.stderr, hint);
      if (e.stderr.trim() !== '') err.detail = e.stderr.trim();
      throw err;
    }
  } finally {
    lock.release();
  }
}

/** Text as the content loader gives it: without a BOM, with LF line ends. */
function asLoaded(s: string): string {
  return s.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
}

/** A recheck for `writeAndCommit`: refuse when `file` (under `root`) no longer holds `expected`, or has uncommitted changes. */
export function unchangedSince(root: string, file: string, expected: string | Uint8Array, top: string | undefined): () => void {
  return () => {
    let now: Buffer | undefined;
    try {
      now = readFileSync(join(root, file));
    } catch {
      now = undefined;
    }
    // a string is compared as the content loader gives it, bytes as bytes
    const same =
      now !== undefined &&
      (typeof expected === 'string' ? asLoaded(now.toString('utf8')) === asLoaded(expected) : now.equals(expected));
    if (!same || (top !== undefined && hasChanges(top, pathInRepo(top, root, file)))) {
      throw new GitError(m.git.changedMeanwhile(file), '', m.git.changedMeanwhileHint);
    }
  };
}
/** Lines that say what was committed and, on a new branch, how to push it and open the review. */
export function publishedLines(plan: GitPlan, published: Published): string[] {
  const lines: string[] = [];
  if (published.commit) lines.push(m.add.git.committed(published.commit.slice(0, 7), published.message?.split('\n')[0] ?? ''));
  else lines.push(m.add.git.notCommitted);
  if (published.branch && plan.top !== undefined) {
    lines.push(m.add.git.onBranch(published.branch), m.add.git.pushWith, `  git push -u origin ${published.branch}`);
    const review = reviewUrl(originUrl(plan.top), published.branch);
    if (review) lines.push(review.host === 'github' ? m.add.git.openPr : m.add.git.openMr, `  ${review.url}`);
  } else if (published.commit && plan.top !== undefined) {
    lines.push(...nextStepLines(plan.top));
  }
  return lines;
}

/** After a commit without `--branch`: how the commit gets online (push; on another branch: push and open the review). */
function nextStepLines(top: string): string[] {
  const current = currentBranch(top);
  if (current === undefined) return [];
  const remote = originUrl(top);
  if (current !== defaultBranch(top)) {
    const lines = [m.add.git.nextPushBranch, `  git push -u origin ${current}`];
    const review = reviewUrl(remote, current);
    if (review) lines.push(review.host === 'github' ? m.add.git.openPr : m.add.git.openMr, `  ${review.url}`);
    return lines;
  }
  const lines = [m.add.git.nextPush, '  git push', m.add.git.nextPushProtected(current)];
  const forge = remote === undefined ? undefined : parseRemote(remote);
  if (forge) lines.push(m.add.git.forgePage(`https://${forge.host}.com/${forge.path}`));
  return lines;
}
