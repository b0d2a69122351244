/**
 * Collecting the report from git history: resolve the period, ONE streaming first-parent `git log` pass,
 * `ls-tree` of the start and end commits, ONE `git cat-file --batch` process for the blobs, then the pure
 * loader and context builder. The end state is fetched while the log is still streaming.
 */
import { m } from '../../i18n/index.js';
import { GitError, UsageError } from '../../core/errors.js';
import { validators } from '../../content/read.js';
import { AGENDA_DIR } from '../../content/kinds.js';
import { checkRef, gitMaybe, isShallow, topLevel } from '../../git/run.js';
import { commitTime, firstParentLog, isAncestor, tagsMergedInto, type LogCommit } from '../../git/log.js';
import { BlobReader, listTree, type TreeEntry } from '../../git/blobs.js';
import { buildContext, type PeriodCommit } from './build.js';
import type { ReportContext } from './context.js';
import {
  amsterdamDay,
  dayEnd,
  dayStart,
  halfYear,
  isDay,
  looksLikeDate,
  nextDay,
  tagName,
  tagPeriodEnd,
  TAG_PREFIX,
} from './period.js';
import { blobsToRead, loadSnapshots, wanted, type Tree } from './snapshot.js';

export interface PeriodRequest {
  from?: string | undefined;
  to?: string | undefined;
  period?: string | undefined;
  /** "Now" for the default end of the period (tests); defaults to the current time. */
  now?: Date | undefined;
}

export interface Collected {
  context: ReportContext;
  /** The tag `--tag` would create, and the commit it would point at (null: no commit at all). */
  tag: { name: string; commit: string | null };
}

type Bound = { day: string } | { rev: string; id: string };

/** A `--from`/`--to` value: a strict date, or a revision that must exist. */
function bound(top: string, flag: string, value: string): Bound {
  if (isDay(value)) return { day: value };
  if (looksLikeDate(value)) throw new UsageError(m.report.badDate(flag, value), m.report.badDateHint);
  try {
    return { rev: value, id: checkRef(top, value) };
  } catch (e) {
    if (e instanceof GitError && e.message === m.git.missing) throw e;
    throw new UsageError(m.report.badRevision(flag, value), m.report.badRevisionHint);
  }
}

/** The first day of a period that starts after `commit` (a revision, maybe a `terugkoppeling-*` tag). */
function dayAfterRevision(name: string, time: number): string {
  const day = amsterdamDay(time);
  const covered = tagPeriodEnd(name);
  const next = covered === undefined ? day : nextDay(covered);
  return next > day ? next : day;
}

/** Repository top and the path of `agenda/` relative to it (the root may be a subfolder of the repository). */
function locate(root: string): { top: string; agenda: string; prefix: string } {
  const out = gitMaybe(root, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (out === null) topLevel(root); // throws the right error: git missing or not a repository
  const [top = root, prefix = ''] = (out ?? '').split('\n');
  return { top, prefix, agenda: `${prefix}${AGENDA_DIR}/` };
}

export async function collect(root: string, request: PeriodRequest): Promise<Collected> {
  if (request.period !== undefined && (request.from !== undefined || request.to !== undefined)) {
    throw new UsageError(m.report.periodConflict, m.report.periodConflictHint);
  }
  const half = request.period === undefined ? undefined : halfYear(request.period);
  if (request.period !== undefined && !half) throw new UsageError(m.report.badPeriod(request.period), m.report.badPeriodHint);
  const { top, prefix, agenda } = locate(root);

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
    const head = gitMaybe(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])?.trim();
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
    fromDay = dayAfterRevision(from.rev, commitTime(top, from.id));
  } else {
    // the newest tag that leaves a period: its commit before the end, the day after its period not after the end
    const tag = tagsMergedInto(top, TAG_PREFIX, tip).find(
      (t) => (until === undefined || t.time < until) && dayAfterRevision(t.name, t.time) <= toDay,
    );
    if (tag) {
      exclude = tag.commit;
      fromDay = dayAfterRevision(tag.name, tag.time);
    }
  }
  if (fromDay !== undefined && fromDay > toDay) throw new UsageError(m.report.fromAfterTo(fromDay, toDay), m.report.fromAfterToHint);

  const relative = (path: string): string => (prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const reader = new BlobReader(top);
  const requested = new Map<string, Promise<Buffer | undefined>>();
  const read = (oid: string): Promise<Buffer | undefined> => {
    let p = requested.get(oid);
    if (!p) {
      p = reader.read(oid);
      requested.set(oid, p);
    }
    return p;
  };
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

  try {
    // the end state is listed (and its always-needed blobs requested) as soon as the newest commit is known
    let endTree: Promise<Tree> | undefined;
    const log = await firstParentLog(top, {
      tip,
      exclude,
      until,
      since,
      paths: [agenda],
      onCommit: (commit) => {
        endTree ??= listTree(top, commit.id, [agenda]).then((entries) => {
          const tree = treeOf(entries);
          for (const [path, oid] of tree) if (wanted(path, true)) void read(oid).catch(() => undefined);
          return tree;
        });
      },
    });
    if (log.exhausted && exclude === undefined && isShallow(top)) {
      throw new GitError(`${m.git.shallow} ${fromDay === undefined ? m.report.shallowFirst : m.report.shallowReach(fromDay)}`, '', m.git.shallowHint);
    }
    const fromCommit = exclude ?? log.before?.id ?? null;
    const startTree = fromCommit === null ? new Map<string, string>() : treeOf(await listTree(top, fromCommit, [agenda]));
    const end = endTree ? await endTree : startTree;
    const oids = [...blobsToRead(startTree, end)];
    const contents = await Promise.all(oids.map(read));
    const blobs = new Map<string, Buffer>();
    oids.forEach((oid, i) => {
      const bytes = contents[i];
      if (bytes !== undefined) blobs.set(oid, bytes);
    });
    await reader.close();

    const { start, end: last } = loadSnapshots(startTree, end, blobs, validators());
    const oldest = log.commits[log.commits.length - 1];
    fromDay ??= oldest ? amsterdamDay(oldest.time) : toDay;
    if (log.commits.length === 0) warnings.add(m.report.noCommits);
    const toCommit = log.commits[0]?.id ?? null;
    const context = buildContext({
      period: { from: fromDay, to: toDay, fromCommit, toCommit },
      start,
      end: last,
      commits: log.commits.map((c) => periodCommit(c, relative)),
      warnings: [...warnings],
    });
    return { context, tag: { name: tagName(request.period, toDay), commit: toCommit ?? fromCommit } };
  } finally {
    await reader.close().catch(() => undefined);
  }
}

function periodCommit(c: LogCommit, relative: (path: string) => string): PeriodCommit {
  return { author: c.author, renames: c.renames.map((r) => ({ from: relative(r.from), to: relative(r.to) })) };
}
