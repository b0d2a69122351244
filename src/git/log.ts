/**
 * History for the report: ONE streaming `git log --first-parent --raw -z -M` pass over a range, parsed as it
 * arrives, plus the few small look-ups the period needs (a commit's date, ancestry, tags). Every function
 * takes the repository path first; revisions passed in are full commit ids (checked with `checkRef`).
 */
import { GitError } from '../core/errors.js';
import { m } from '../i18n/index.js';
import { git, gitMaybe, spawnGit } from './run.js';
import { finished, gitBuffer, NulSplitter } from './stream.js';

export interface LogRename {
  from: string;
  to: string;
}

export interface LogCommit {
  id: string;
  /** Committer date, epoch seconds. */
  time: number;
  author: string;
  /** Renames in this commit (against its first parent), paths relative to the repository top. */
  renames: LogRename[];
  /** Every file this commit changed (only with `LogOptions.files`). */
  files?: LogFile[];
}

/** One changed file of a commit, from `--raw`. */
export interface LogFile {
  /** Git's status letter: A, M, D, R (rename), C (copy), T (type change). */
  status: string;
  /** The blob id after the change (all zeros for a deletion). */
  oid: string;
  /** Path after the change, relative to the repository top. */
  path: string;
  /** Path before a rename or copy. */
  from?: string;
}

export interface LogOptions {
  /** Commit the walk starts at (the newest commit considered). */
  tip: string;
  /** Leave out this commit and everything reachable from it (`^exclude`). */
  exclude?: string | undefined;
  /** Stop at the first commit with a committer date before this instant (epoch seconds); it is left out. */
  since?: number | undefined;
  /** Pathspec (repository-top relative): only commits that change these paths against their first parent. */
  paths: readonly string[];
  /** Stops the walk (the result then holds what arrived so far). */
  signal?: AbortSignal | undefined;
  /** Also collect every changed file of each commit (`LogCommit.files`). */
  files?: boolean | undefined;
  /** Stop at the first commit for which this says true; it is left out (a stretch of a first-parent line). */
  stopAt?: ((id: string) => boolean) | undefined;
}

const HEADER = 0x01;
const FORMAT = '--format=%x01%H%x02%ct%x02%an';

function logArgs(opts: LogOptions): string[] {
  return [
    '--literal-pathspecs',
    '-c', 'log.showSignature=false',
    '-c', 'diff.relative=false',
    'log', '--first-parent', '--raw', '-z', '--no-abbrev', '-M', '--diff-merges=first-parent',
    '--no-color', '--no-ext-diff', FORMAT,
    '--end-of-options',
    opts.tip,
    ...(opts.exclude !== undefined ? [`^${opts.exclude}`] : []),
    '--',
    ...opts.paths,
  ];
}

/** Stream the first-parent log of a range, newest first; see LogOptions. */
export async function firstParentLog(repo: string, opts: LogOptions): Promise<LogCommit[]> {
  const child = spawnGit(repo, logArgs(opts));
  child.stdin.end();
  const commits: LogCommit[] = [];
  let stopped = false;
  let current: LogCommit | undefined;
  /** Paths still expected after a raw entry: 1, or 2 for a rename or copy. */
  let pathsDue = 0;
  let renameFrom: string | undefined;
  let isRename = false;
  /** The raw entry whose path(s) are due (with `opts.files`). */
  let file: LogFile | undefined;

  const stop = (): void => {
    stopped = true;
    child.stdout.removeAllListeners('data');
    child.kill();
  };

  if (opts.signal?.aborted) stop();
  opts.signal?.addEventListener('abort', stop, { once: true });

  const splitter = new NulSplitter((token) => {
    if (stopped) return;
    if (pathsDue > 0) {
      pathsDue--;
      if (file && current) {
        const path = token.toString('utf8');
        if (pathsDue === 1) file.from = path;
        else {
          file.path = path;
          (current.files ??= []).push(file);
          file = undefined;
        }
      }
      if (!isRename || !current) return;
      const path = token.toString('utf8');
      if (pathsDue === 1) renameFrom = path;
      else current.renames.push({ from: renameFrom ?? '', to: path });
      return;
    }
    let start = 0;
    while (start < token.length && token[start] === 0x0a) start++; // the newline between header and raw lines
    if (start === token.length) return;
    if (token[start] === HEADER) {
      // the author comes last and may itself hold any character but NUL (\x02 too): it is the whole rest
      const [id = '', time = '0', ...rest] = token.toString('utf8', start + 1).split('\x02');
      const author = rest.join('\x02');
      const commit: LogCommit = { id, time: Number(time), author, renames: [] };
      if (opts.files) commit.files = [];
      if ((opts.since !== undefined && commit.time < opts.since) || opts.stopAt?.(id) === true) {
        stop();
        return;
      }
      commits.push(commit);
      current = commit;
      return;
    }
    if (token[start] === 0x3a /* ':' */) {
      // ":<old mode> <new mode> <old id> <new id> <status>": R and C carry two paths
      const status = token[token.lastIndexOf(0x20) + 1] ?? 0;
      isRename = status === 0x52; /* 'R' */
      pathsDue = isRename || status === 0x43 /* 'C' */ ? 2 : 1;
      if (opts.files) {
        const fields = token.toString('latin1', start + 1).split(' ');
        file = { status: String.fromCharCode(status), oid: fields[3] ?? '', path: '' };
      }
    }
  });
  child.stdout.on('data', (chunk: Buffer) => splitter.push(chunk));
  child.stdout.on('end', () => splitter.end());
  try {
    await finished(child, 'git log', () => stopped);
  } finally {
    opts.signal?.removeEventListener('abort', stop);
  }
  return commits;
}

/**
 * `firstParentLog` of the whole first-parent line of `opts.tip` (`line`: its `firstParentLine`), read by `parts`
 * git processes side by side, each over its own stretch of the line: the newest from the tip down to the first
 * commit of the next stretch, and so on. A commit's entry in the log depends only on the commit and its first
 * parent, so the stretches put together are the one log; on a machine with more than one core it is read sooner.
 */
export async function firstParentLogParts(
  repo: string,
  opts: LogOptions,
  line: readonly LineCommit[],
  parts: number,
  minStretch = MIN_STRETCH,
): Promise<LogCommit[]> {
  const n = Math.min(Math.floor(parts), Math.floor(line.length / minStretch));
  if (n < 2 || opts.exclude !== undefined || opts.since !== undefined || opts.stopAt !== undefined || line[0]?.id !== opts.tip) {
    return firstParentLog(repo, opts);
  }
  const index = new Map<string, number>();
  line.forEach((c, i) => index.set(c.id, i));
  const cuts = Array.from({ length: n }, (_, k) => Math.floor((k * line.length) / n));
  const stretches = cuts.map((from, k) => {
    const to = cuts[k + 1] ?? line.length;
    return firstParentLog(repo, { ...opts, tip: line[from]!.id, stopAt: (id) => (index.get(id) ?? line.length) >= to });
  });
  return (await Promise.all(stretches)).flat();
}

/** Below this many commits of the line per process one `git log` is as quick. */
const MIN_STRETCH = 2000;

export interface LineCommit {
  id: string;
  /** Committer date, epoch seconds. */
  time: number;
}

/**
 * Every commit of the first-parent line of `tip`, newest first, with its committer date. Cheap (no pathspec,
 * no trees): the report chooses its boundaries from this list, so that a commit with a wrong clock (a date out
 * of order with its parent) cannot cut a period short.
 */
export async function firstParentLine(repo: string, tip: string): Promise<LineCommit[]> {
  const out = (await gitBuffer(repo, ['rev-list', '--first-parent', '--timestamp', '--end-of-options', tip])).toString('utf8');
  const line: LineCommit[] = [];
  for (const row of out.split('\n')) {
    const space = row.indexOf(' ');
    if (space < 0) continue;
    line.push({ id: row.slice(space + 1), time: Number(row.slice(0, space)) });
  }
  return line;
}

/**
 * Pure: the part of a first-parent log that `firstParentLog({ tip, exclude })` would give, taken from the log of
 * a whole line (`log`: `firstParentLog` of the line's newest commit, same paths; `line`: `firstParentLine` of
 * it). The commits of a first-parent line after `exclude` are exactly those not reachable from it, so this is
 * the same walk without a second git pass. Undefined when `tip` or `exclude` is not on the line.
 */
export function logSlice(log: readonly LogCommit[], line: readonly LineCommit[], tip: string, exclude: string | null): LogCommit[] | undefined {
  const top = line.findIndex((c) => c.id === tip);
  const bottom = exclude === null ? line.length : line.findIndex((c) => c.id === exclude);
  if (top < 0 || bottom < 0 || bottom < top) return undefined;
  const inside = new Set<string>();
  for (let i = top; i < bottom; i++) inside.add(line[i]!.id);
  return log.filter((c) => inside.has(c.id));
}

/** How many first-parent commits after `since` up to `tip` change `paths`. */
export function countChanges(repo: string, tip: string, since: string, paths: readonly string[]): number {
  const out = git(repo, ['--literal-pathspecs', 'rev-list', '--first-parent', '--count', '--end-of-options', tip, `^${since}`, '--', ...paths]);
  return Number(out.trim()) || 0;
}

/**
 * Authors of the work that landed between `exclude` (left out, may be null) and `tip`: every commit that is
 * not a merge and changes `paths`, the commits of merged branches included, so that work from a pull request
 * is credited to the pull request's own commits, not to whoever merged it. Name → number of commits.
 */
export function authorsOfRange(repo: string, tip: string, exclude: string | null, paths: readonly string[]): Map<string, number> {
  const out = git(repo, [
    '--literal-pathspecs',
    'log',
    '--no-merges',
    '--format=%an',
    '--end-of-options',
    tip,
    ...(exclude !== null ? [`^${exclude}`] : []),
    '--',
    ...paths,
  ]);
  const counts = new Map<string, number>();
  for (const name of out.split('\n')) if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Committer date (epoch seconds) of a commit. */
export function commitTime(repo: string, commit: string): number {
  return Number(git(repo, ['show', '-s', '--format=%ct', '--end-of-options', commit]).trim());
}

/** Is `ancestor` reachable from `commit` (or the same commit)? */
export function isAncestor(repo: string, ancestor: string, commit: string): boolean {
  return gitMaybe(repo, ['merge-base', '--is-ancestor', ancestor, commit]) !== null;
}

export interface TagInfo {
  name: string;
  /** The commit the tag points to (annotated tags dereferenced). */
  commit: string;
  /** Committer date of that commit, epoch seconds. */
  time: number;
}

const TAG_FORMAT = '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(committerdate:unix)%00%(*committerdate:unix)';

function readTags(repo: string, args: readonly string[], prefix: string): TagInfo[] {
  const out = git(repo, ['for-each-ref', ...args, TAG_FORMAT, `refs/tags/${prefix}*`]);
  const tags: TagInfo[] = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name = '', object = '', deref = '', time = '', derefTime = ''] = line.split('\0');
    tags.push({ name, commit: deref || object, time: Number(derefTime || time) });
  }
  return tags.sort((a, b) => b.time - a.time || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Tags `refs/tags/<prefix>*` whose commit is reachable from `tip`, newest commit first (then by name, descending). */
export function tagsMergedInto(repo: string, prefix: string, tip: string): TagInfo[] {
  return readTags(repo, [`--merged=${tip}`], prefix);
}

/**
 * `tagsMergedInto` of the newest commit of a first-parent `line` (as `firstParentLine` gives it), without git's
 * walk of the whole history when every such tag lies on the line (a commit of the line is reached from its
 * newest commit); when one does not (a tag on a merged branch, or one that is not reached), git is asked.
 */
export function tagsOnLine(repo: string, prefix: string, line: readonly LineCommit[]): TagInfo[] {
  const tags = readTags(repo, [], prefix);
  const on = new Set(line.map((c) => c.id));
  return tags.every((tag) => on.has(tag.commit)) ? tags : tagsMergedInto(repo, prefix, line[0]?.id ?? 'HEAD');
}

/** Does `refs/tags/<name>` exist? */
export function tagExists(repo: string, name: string): boolean {
  return gitMaybe(repo, ['show-ref', '--verify', '--quiet', `refs/tags/${name}`]) !== null;
}

/** Create the lightweight tag `name` at `commit`; refuses (GitError) when it exists. */
export function createTag(repo: string, name: string, commit: string): void {
  if (name.startsWith('-')) throw new GitError(m.git.badRef(name), '', m.git.badRefHint);
  git(repo, ['-c', 'tag.gpgSign=false', 'tag', name, commit]);
}

/**
 * Pure: a log read without a pathspec, cut to the files under `folder` (repository-top relative, with its
 * trailing `/`) as `git log -- folder` would give it. Commits that change nothing under it are left out.
 * `redo`: the commits for which the cut might not be what git gives with the pathspec, because git's rename
 * detection pairs added and deleted files over the whole commit: a rename across the folder's edge, or files
 * added or deleted both inside and outside it. Those are few; they are read again with the pathspec.
 */
export function cutToFolder(commits: readonly LogCommit[], folder: string): { commits: LogCommit[]; redo: Set<string> } {
  const inFolder = (path: string | undefined): boolean => path !== undefined && path.startsWith(folder);
  const out: LogCommit[] = [];
  const redo = new Set<string>();
  for (const commit of commits) {
    const files: LogFile[] = [];
    let insidePairing = false;
    let outsidePairing = false;
    for (const file of commit.files ?? []) {
      const pairing = file.status !== 'M' && file.status !== 'T';
      const inside = inFolder(file.path);
      if (file.from !== undefined && inFolder(file.from) !== inside) redo.add(commit.id);
      if (inside) {
        files.push(file);
        insidePairing ||= pairing;
      } else outsidePairing ||= pairing;
    }
    if (insidePairing && outsidePairing) redo.add(commit.id);
    if (files.length === 0 && !redo.has(commit.id)) continue;
    out.push({ ...commit, files, renames: commit.renames.filter((r) => inFolder(r.to)) });
  }
  return { commits: out, redo };
}

/**
 * `firstParentLogParts` of the files under one `folder` (repository-top relative, trailing `/`), with
 * `LogCommit.files`, read WITHOUT a pathspec and cut here (`cutToFolder`). Where the folder is nearly the
 * whole repository this halves git's work: with a pathspec git compares every commit's trees twice (once to
 * decide whether it touches the folder, once for the changes it shows). The few commits `cutToFolder` cannot
 * be sure of are read again with the pathspec, one `git log -1` each, so the result is exactly that log.
 */
export async function folderLogParts(
  repo: string,
  folder: string,
  opts: Omit<LogOptions, 'paths' | 'files'>,
  line: readonly LineCommit[],
  parts: number,
): Promise<LogCommit[]> {
  const whole = await firstParentLogParts(repo, { ...opts, paths: [], files: true }, line, parts);
  const { commits, redo } = cutToFolder(whole, folder);
  if (redo.size === 0) return commits;
  const again = new Map<string, LogCommit | undefined>();
  for (const id of redo) {
    const [commit] = await firstParentLog(repo, { tip: id, paths: [folder], files: true, signal: opts.signal, stopAt: (other) => other !== id });
    again.set(id, commit);
  }
  return commits.flatMap((c) => (again.has(c.id) ? (again.get(c.id) ?? []) : [c]));
}
