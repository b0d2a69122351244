/**
 * Collecting the report from git history, top to bottom: resolve the period (the two end commits are found
 * with a cheap first-parent `rev-list`); then, side by side in git, ONE streaming first-parent `git log` pass
 * over exactly the period and the start and end trees (`ls-tree`) with their blobs read through ONE `git
 * cat-file --batch` process; then the blobs are parsed with the pure loader and the pure context builder runs.
 * Several collects in one run (the site's archive) share the history pass and the parsed files (`Shared`).
 */
import { m } from '../../i18n/index.js';
import { GitError, GitMissingError, UsageError } from '../../core/errors.js';
import { AGENDA_DIR, KIND_FOLDER } from '../../content/kinds.js';
import { checkRef, gitMaybe, isShallow } from '../../git/run.js';
import {
  authorsOfRange,
  commitTime,
  countChanges,
  firstParentLine,
  firstParentLog,
  isAncestor,
  logSlice,
  tagsMergedInto,
  type LineCommit,
  type LogCommit,
  type TagInfo,
} from '../../git/log.js';
import { BlobReader, listTree, type TreeEntry } from '../../git/blobs.js';
import type { PeriodCommit } from './build.js';
import type { ReportContext } from './context.js';
import {
  amsterdamDay,
  dayEnd,
  dayStart,
  halfYear,
  looksLikeDate,
  nextDay,
  tagName,
  tagPeriodEnd,
  TAG_PREFIX,
} from './period.js';
import { isDay } from '../../core/day.js';
import type { LoadCache, Tree } from './snapshot.js';
import { repoPath } from '../../core/paths.js';

export interface PeriodRequest {
  from?: string | undefined;
  to?: string | undefined;
  period?: string | undefined;
  /** "Now" for the default end of the period (tests); defaults to the current time. */
  now?: Date | undefined;
  /** Also collect the git authors (`--authors`); by default the report names no people. */
  authors?: boolean | undefined;
  /** The end will be tagged (`--tag`): a period that has not ended yet then ends on the day of its end commit. */
  tag?: boolean | undefined;
}

export interface Collected {
  context: ReportContext;
  /** The tag `--tag` would create, and the commit it would point at (null: no commit at all). */
  tag: { name: string; commit: string | null };
  /** The requested period has not ended yet: its last day as asked (the report ends on the end commit's day). */
  unfinished?: string;
  /** The foreword file this report shows first (agenda-relative), and whether it exists. */
  foreword: { file: string; found: boolean };
}

type Bound = { day: string } | { rev: string; id: string };

/** A `--from`/`--to` value: a strict date, or a revision that must exist. */
function bound(top: string, flag: string, value: string): Bound {
  if (isDay(value)) return { day: value };
  if (looksLikeDate(value)) throw new UsageError(m.report.badDate(flag, value), m.report.badDateHint);
  try {
    return { rev: value, id: checkRef(top, value) };
  } catch (e) {
    if (e instanceof GitMissingError) throw e;
    throw new UsageError(m.report.badRevision(flag, value), m.report.badRevisionHint);
  }
}

/**
 * The first day of a period that starts after `commit` (a revision, maybe a `terugkoppeling-*` tag) and ends
 * on `toDay`. A tag set early (its named period had not ended when the report that set it was made, so its
 * period has not ended by `toDay` either) starts the next period on the day of its commit.
 */
function dayAfterRevision(name: string, time: number, toDay: string): string {
  const day = amsterdamDay(time);
  const covered = tagPeriodEnd(name);
  if (covered === undefined || covered > toDay) return day;
  const next = nextDay(covered);
  return next > day ? next : day;
}

/**
 * Repository top, the path of `agenda/` relative to it (the root may be a subfolder of the repository) and
 * the current commit (null in a repository without commits), in one git call (two without commits). Without
 * git or outside a repository the hint says that the report needs the history (not the --no-commit of add).
 */
function locate(root: string): { top: string; agenda: string; prefix: string; head: string | null } {
  let out: string | null;
  try {
    out = gitMaybe(root, ['rev-parse', '--show-toplevel', '--show-prefix', 'HEAD^{commit}']);
  } catch (e) {
    if (e instanceof GitMissingError) throw new GitMissingError(m.report.gitMissingHint);
    throw e;
  }
  let head: string | null = null;
  if (out === null) {
    out = gitMaybe(root, ['rev-parse', '--show-toplevel', '--show-prefix']);
    if (out === null) throw new GitError(m.git.notARepo(root), '', m.report.notARepoHint);
  } else {
    head = out.split('\n')[2] ?? null;
  }
  const [top = root, prefix = ''] = out.split('\n');
  return { top, prefix, agenda: `${prefix}${AGENDA_DIR}/`, head };
}

/** What the collects of one run share (the site's archive, one report per `terugkoppeling-*` tag). */
export interface Shared {
  /** The current commit and its first-parent line (newest first). */
  head: string;
  line: LineCommit[];
  /** `firstParentLog` of `head` over the agenda (`<prefix>agenda/`): every period on the line is a part of it. */
  log: LogCommit[];
  /** The files parsed so far, by blob and path. */
  loaded: LoadCache;
  /** Stops every git process of the collect (the run failed elsewhere). */
  signal?: AbortSignal | undefined;
  /** `tagsMergedInto(top, TAG_PREFIX, head)`: the tags of a tip on the line are those of them that it reaches. */
  tags?: TagInfo[] | undefined;
}

/**
 * Is `ancestor` reachable from `commit`? Read from the shared first-parent line when both lie on it (an older
 * commit of the line is an ancestor, a newer one is not), else asked of git.
 */
function reaches(top: string, shared: Shared | undefined, ancestor: string, commit: string): boolean {
  if (ancestor === commit) return true;
  const at = shared ? shared.line.findIndex((c) => c.id === commit) : -1;
  const of = at < 0 || !shared ? -1 : shared.line.findIndex((c) => c.id === ancestor);
  return of >= 0 ? of > at : isAncestor(top, ancestor, commit);
}

/** The `terugkoppeling-*` tags reachable from `tip`, newest first: from the shared tags when `tip` is on the line. */
function tagsOf(top: string, shared: Shared | undefined, tip: string): TagInfo[] {
  if (!shared?.tags || !shared.line.some((c) => c.id === tip)) return tagsMergedInto(top, TAG_PREFIX, tip);
  return shared.tags.filter((t) => reaches(top, shared, t.commit, tip));
}

/** The first-parent line of `tip` when it lies on the shared line (its lower part). */
function lineOf(shared: Shared, tip: string): LineCommit[] | undefined {
  if (tip === shared.head) return shared.line;
  const at = shared.line.findIndex((c) => c.id === tip);
  return at < 0 ? undefined : shared.line.slice(at);
}

export async function collect(root: string, request: PeriodRequest, shared?: Shared): Promise<Collected> {
  if (request.period !== undefined && (request.from !== undefined || request.to !== undefined)) {
    throw new UsageError(m.report.periodConflict, m.report.periodConflictHint);
  }
  const half = request.period === undefined ? undefined : halfYear(request.period);
  if (request.period !== undefined && !half) throw new UsageError(m.report.badPeriod(request.period), m.report.badPeriodHint);
  const { top, prefix, agenda, head } = locate(root);

  const from: Bound | undefined = half ? { day: half.from } : request.from === undefined ? undefined : bound(top, '--from', request.from);
  const to: Bound | undefined = half ? { day: half.to } : request.to === undefined ? undefined : bound(top, '--to', request.to);

  // the end: the tip of the walk and the last day
  let tip: string;
  let toDay: string;
  let until: number | undefined;
  if (to && 'id' in to) {
    tip = to.id;
    toDay = amsterdamDay(commitTime(top, tip));
  } else {
    if (!head) throw new UsageError(m.report.noHistory, m.report.noHistoryHint);
    tip = head;
    toDay = to ? to.day : amsterdamDay((request.now ?? new Date()).getTime() / 1000);
    until = dayEnd(toDay);
  }

  // the start: a date, a revision (the period starts after it), the newest terugkoppeling tag, or the first commit
  let since: number | undefined;
  let exclude: string | undefined;
  let fromDay: string | undefined;
  if (from && 'day' in from) {
    fromDay = from.day;
    since = dayStart(fromDay);
  } else if (from) {
    if (!isAncestor(top, from.id, tip)) throw new UsageError(m.report.fromNotAncestor(from.rev), m.report.fromNotAncestorHint);
    exclude = from.id;
    fromDay = dayAfterRevision(from.rev, commitTime(top, from.id), toDay);
  } else {
    // the newest tag that leaves a period: its commit before the end, the day after its period not after the end
    const tag = tagsOf(top, shared, tip).find(
      (t) => (until === undefined || t.time < until) && dayAfterRevision(t.name, t.time, toDay) <= toDay,
    );
    if (tag) {
      exclude = tag.commit;
      fromDay = dayAfterRevision(tag.name, tag.time, toDay);
    }
  }
  if (fromDay !== undefined && fromDay > toDay) throw new UsageError(m.report.fromAfterTo(fromDay, toDay), m.report.fromAfterToHint);

  const relative = (path: string): string => (prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const warnings = new Set<string>();
  const treeOf = (entries: TreeEntry[]): Tree => {
    const tree: Tree = new Map();
    for (const e of entries) {
      const path = relative(e.path);
      if (e.mode === '120000') warnings.add(m.report.symlink(path));
      if (e.type !== 'blob' || e.mode === '120000') continue;
      tree.set(path, e.oid);
    }
    return tree;
  };
  const listed = (commit: string | null): Promise<Tree> =>
    commit === null ? Promise.resolve(new Map<string, string>()) : listTree(top, commit, [agenda]).then(treeOf);

  // the boundaries, chosen from the first-parent line with its dates (no trees compared)
  const line = (shared && lineOf(shared, tip)) ?? (await firstParentLine(top, tip));
  const bounds = boundaries(line, { until, since, exclude });
  const { endCommit, fromCommit } = bounds;
  if (fromCommit === null && endCommit !== null && isShallow(top)) {
    throw new GitError(`${m.git.shallow} ${fromDay === undefined ? m.report.shallowFirst : m.report.shallowReach(fromDay)}`, '', m.git.shallowHint);
  }

  // git, all at once: the log of the period, both trees and their blobs (the loader is imported meanwhile)
  shared?.signal?.throwIfAborted();
  const abort = new AbortController();
  const stop = (): void => abort.abort();
  shared?.signal?.addEventListener('abort', stop, { once: true });
  const reader = new BlobReader(top, abort.signal);
  try {
    const known = endCommit === null ? [] : shared && logSlice(shared.log, shared.line, endCommit, fromCommit);
    const log = known ? Promise.resolve(known) : firstParentLog(top, { tip: endCommit ?? '', exclude: fromCommit ?? undefined, paths: [agenda], signal: abort.signal });
    const trees = Promise.all([listed(fromCommit), listed(endCommit), import('./snapshot.js')]).then(async ([startTree, endTree, snapshot]) => {
      const plan = snapshot.planLoad(startTree, endTree);
      const oids = snapshot.uncached(plan, snapshot.planBlobs(plan), shared?.loaded);
      const blobs = new Map<string, Uint8Array>();
      await Promise.all(oids.map(async (oid) => {
        const bytes = await reader.read(oid);
        if (bytes !== undefined) blobs.set(oid, bytes);
      }));
      return { startTree, endTree, blobs, snapshot };
    });
    const [commits, { startTree, endTree, blobs, snapshot }, { buildContext }, { validators }] = await Promise.all([
      log,
      trees,
      import('./build.js'),
      import('../../content/read.js'),
    ]);
    shared?.signal?.throwIfAborted(); // a stopped log holds only what arrived
    await reader.close();
    const { start, end } = snapshot.loadSnapshots(startTree, endTree, blobs, validators(), shared?.loaded);

    const oldest = commits[commits.length - 1];
    if (oldest && fromDay !== undefined && exclude !== undefined) {
      // after an early tag the period starts with the first change after it, not on the day its name suggests
      const first = amsterdamDay(oldest.time);
      if (first < fromDay && first >= amsterdamDay(commitTime(top, exclude))) fromDay = first;
    }
    fromDay ??= oldest ? amsterdamDay(oldest.time) : toDay;
    for (const skew of bounds.skewed) warnings.add(m.report.skewedCommit(skew.id.slice(0, 12), amsterdamDay(skew.time), amsterdamDay(skew.parentTime)));
    const gap = exclude === undefined && fromCommit !== null ? gapBefore(top, fromCommit, agenda, endCommit ?? tip, shared) : undefined;
    if (gap) warnings.add(m.report.gap(gap.tag, amsterdamDay(gap.time), fromDay, gap.changes));
    if (commits.length === 0) warnings.add(m.report.noCommits);
    const toCommit = commits[0]?.id ?? null;
    // a period that has not ended yet ends on the day of its end commit (what a tag set now marks)
    const asked = to && 'day' in to ? to.day : undefined;
    const today = amsterdamDay((request.now ?? new Date()).getTime() / 1000);
    const unfinished = request.tag && asked !== undefined && asked > today ? asked : undefined;
    if (unfinished !== undefined) {
      const last = commits[0] ? amsterdamDay(commits[0].time) : today;
      toDay = last < fromDay ? fromDay : last > today ? today : last;
    }
    const forewordId = request.period ?? toDay;
    const authors = request.authors && endCommit !== null && endCommit !== fromCommit
      ? authorsOfRange(top, endCommit, fromCommit, [agenda])
      : request.authors ? new Map<string, number>() : undefined;
    const context = buildContext({
      period: { from: fromDay, to: toDay, fromCommit, toCommit },
      start,
      end,
      commits: commits.map((c) => periodCommit(c, relative)),
      warnings: [...warnings],
      ...(authors ? { authors } : {}),
      forewordId,
    });
    return {
      context,
      tag: { name: tagName(request.period, toDay), commit: toCommit ?? fromCommit },
      ...(unfinished !== undefined ? { unfinished } : {}),
      foreword: { file: repoPath(AGENDA_DIR, KIND_FOLDER.foreword, `${forewordId}.md`), found: context.foreword !== undefined },
    };
  } finally {
    abort.abort(); // a no-op when git is done; stops the log and cat-file after a failure
    shared?.signal?.removeEventListener('abort', stop);
  }
}

function periodCommit(c: LogCommit, relative: (path: string) => string): PeriodCommit {
  return { renames: c.renames.map((r) => ({ from: relative(r.from), to: relative(r.to) })) };
}

export interface Boundaries {
  /** The state at the end (null: no commit at all). */
  endCommit: string | null;
  /** The state at the start: the period holds the first-parent commits after it (null: from the first commit). */
  fromCommit: string | null;
  /** Counted commits whose date is before their parent's (a wrong clock). */
  skewed: Array<{ id: string; time: number; parentTime: number }>;
}

/**
 * Pure: the two boundary commits of a period on the first-parent line (newest first). Every commit of the line
 * dated inside [since, until) is counted, with everything between the newest and the oldest of them, so that a
 * commit with a wrong clock between them cannot cut the period short; it is named in `skewed` instead. `exclude`
 * (a revision or tag the period starts after) ends the walk. Without commits inside, start and end are the newest
 * commit before the period.
 */
export function boundaries(
  line: readonly LineCommit[],
  { until, since, exclude }: { until?: number | undefined; since?: number | undefined; exclude?: string | undefined },
): Boundaries {
  let bottom = line.length;
  if (exclude !== undefined) {
    const at = line.findIndex((c) => c.id === exclude);
    if (at >= 0) bottom = at;
  }
  const inside = (t: number): boolean => (until === undefined || t < until) && (since === undefined || t >= since);
  let first = -1;
  let last = -1;
  for (let i = 0; i < bottom; i++) {
    if (!inside(line[i]!.time)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) {
    const before = line.findIndex((c, i) => i < bottom && (until === undefined || c.time < until));
    const start = exclude ?? (before >= 0 ? line[before]!.id : null);
    return { endCommit: start, fromCommit: start, skewed: [] };
  }
  const end = until === undefined ? 0 : first;
  const startIndex = exclude !== undefined ? bottom : since !== undefined ? last + 1 : line.length;
  const fromCommit = exclude ?? line[startIndex]?.id ?? null;
  const skewed: Boundaries['skewed'] = [];
  for (let i = end; i < startIndex && i < line.length - 1; i++) {
    const c = line[i]!;
    const parent = line[i + 1]!;
    if (c.time < parent.time) skewed.push({ id: c.id, time: c.time, parentTime: parent.time });
  }
  return { endCommit: line[end]?.id ?? null, fromCommit, skewed };
}

/**
 * The newest `terugkoppeling-*` tag on the first-parent line before `fromCommit`, when agenda commits lie between
 * it and the start of this period (they are in no terugkoppeling).
 */
function gapBefore(top: string, fromCommit: string, agenda: string, tip: string, shared?: Shared): { tag: string; time: number; changes: number } | undefined {
  const tag = tagsOf(top, shared, tip).find((t) => reaches(top, shared, t.commit, fromCommit));
  if (!tag || tag.commit === fromCommit) return undefined;
  const changes = countChanges(top, fromCommit, tag.commit, [agenda]);
  return changes > 0 ? { tag: tag.name, time: tag.time, changes } : undefined;
}
