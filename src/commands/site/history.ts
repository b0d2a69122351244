/**
 * I/O: the history the site shows, from ONE streaming first-parent `git log --raw` pass over the agenda
 * (renames followed), and the action versions read through ONE `git cat-file --batch` process. Never a git
 * call per file. The same pass serves the archive: each terugkoppeling's period is a part of it (`shared`).
 * The pure part (`walkHistory`, `statusChanges`) turns the log into dates.
 */
import { AGENDA_DIR, KIND_FOLDER } from '../../content/kinds.js';
import { parseEntrySource } from '../../content/frontmatter.js';
import { availableParallelism } from 'node:os';
import { firstParentLine, firstParentLogParts, folderLogParts, type LineCommit, type LogCommit } from '../../git/log.js';
import { BlobReader } from '../../git/blobs.js';
import { gitMaybe, isShallow } from '../../git/run.js';
import { GitError } from '../../core/errors.js';
import { m } from '../../i18n/index.js';
import { amsterdamDay } from '../report/period.js';
import type { ActionStatus } from '../../content/types.js';
import { repoFolder, repoPath } from '../../core/paths.js';

/** One version of an entry file: the commit's day and the blob. */
export interface Version {
  day: string;
  oid: string;
}

/** What the log says about the entries that exist now (keyed by their current id). */
export interface Walked {
  /** Versions of each action, newest first. */
  actions: Map<string, Version[]>;
  /** Day of the newest commit that changed the practice. */
  practiceUpdated: Map<string, string>;
  /** Day of the commit that added the practice (under any earlier name). */
  practiceAdded: Map<string, string>;
}

/** A status change of an action: `from` is null for the version that added it. */
export interface StatusChange {
  day: string;
  from: ActionStatus | null;
  to: ActionStatus;
}

export interface SiteHistory {
  /** Status changes per action id, oldest first. */
  statusChanges: Map<string, StatusChange[]>;
  practiceUpdated: Map<string, string>;
  practiceAdded: Map<string, string>;
  /** Git repository top (for the archive), or null outside git. */
  top: string | null;
  /** The current commit, its first-parent line and the log of the agenda along it (newest first), for the archive. */
  line?: { head: string; commits: LineCommit[]; log: LogCommit[] } | undefined;
  warnings: string[];
}

const ZERO = /^0+$/;

/**
 * Pure: the log (newest commit first, with files) → versions per current id. `prefix` is the root's path
 * inside the repository. Renames are followed backwards: older versions under the old name belong to the
 * new id. A path that was added (or deleted) is closed: older changes under that name were another entry.
 */
export function walkHistory(commits: readonly LogCommit[], prefix: string): Walked {
  const actionsDir = repoFolder(prefix, AGENDA_DIR, KIND_FOLDER.action);
  const practicesDir = repoFolder(prefix, AGENDA_DIR, KIND_FOLDER.practice);
  const walked: Walked = { actions: new Map(), practiceUpdated: new Map(), practiceAdded: new Map() };
  /** path → the current id it is an older name of */
  const alias = new Map<string, string>();
  const closed = new Set<string>();
  const idOf = (path: string, dir: string): string | undefined => {
    if (!path.startsWith(dir) || !path.endsWith('.md')) return undefined;
    const name = path.slice(dir.length, -3);
    return name.includes('/') ? undefined : name;
  };
  for (const commit of commits) {
    const day = amsterdamDay(commit.time);
    for (const file of commit.files ?? []) {
      if (closed.has(file.path)) continue;
      const dir = file.path.startsWith(actionsDir) ? actionsDir : file.path.startsWith(practicesDir) ? practicesDir : undefined;
      if (dir === undefined) continue;
      if (file.status === 'D' || ZERO.test(file.oid)) {
        closed.add(file.path); // gone: what came before under this name is not an entry of today
        continue;
      }
      const id = alias.get(file.path) ?? idOf(file.path, dir);
      if (id === undefined) continue;
      if (dir === actionsDir) {
        let list = walked.actions.get(id);
        if (!list) walked.actions.set(id, (list = []));
        list.push({ day, oid: file.oid });
      } else {
        if (!walked.practiceUpdated.has(id)) walked.practiceUpdated.set(id, day);
        walked.practiceAdded.set(id, day); // the oldest wins
      }
      if (file.status === 'A' || file.status === 'C') closed.add(file.path);
      if (file.status === 'R' && file.from !== undefined) {
        closed.add(file.path);
        if (!closed.has(file.from)) alias.set(file.from, id);
      }
    }
  }
  return walked;
}

/** Pure: the statuses of an action's versions (oldest first; undefined: unreadable) → its status changes. */
export function statusChanges(versions: ReadonlyArray<{ day: string; status: ActionStatus | undefined }>): StatusChange[] {
  const out: StatusChange[] = [];
  let last: ActionStatus | null = null;
  for (const v of versions) {
    if (v.status === undefined || v.status === last) continue;
    out.push({ day: v.day, from: last, to: v.status });
    last = v.status;
  }
  return out;
}

const STATUSES = new Set(['planned', 'active', 'done', 'dropped']);
/** `status: active` as a top-level line of the frontmatter (quoted or not, a comment after it). */
const STATUS_LINE = /^status:[ \t]*(["']?)([a-z-]+)\1[ \t]*(?:#.*)?$/m;

/**
 * Pure: the status of one version of an action. A plain `status:` line of its frontmatter is read directly
 * (thousands of old versions: no YAML parser needed); anything else goes through the one YAML loader.
 */
export function statusOf(path: string, bytes: Uint8Array | undefined): ActionStatus | undefined {
  if (bytes === undefined) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const end = text.indexOf('\n---', 3);
  if (text.startsWith('---') && end > 0) {
    const match = STATUS_LINE.exec(text.slice(0, end));
    if (match && STATUSES.has(match[2] ?? '')) return match[2] as ActionStatus;
  }
  const source = parseEntrySource(path, bytes);
  const status = (source.data as { status?: unknown } | undefined)?.status;
  return typeof status === 'string' && STATUSES.has(status) ? (status as ActionStatus) : undefined;
}

/** The history of the repository at `root`; outside git (or without commits) an empty history and a warning. */
export async function readHistory(root: string, signal?: AbortSignal): Promise<SiteHistory> {
  const empty = (warning: string, top: string | null = null): SiteHistory => ({
    statusChanges: new Map(),
    practiceUpdated: new Map(),
    practiceAdded: new Map(),
    top,
    warnings: [warning],
  });
  let out: string | null;
  try {
    out = gitMaybe(root, ['rev-parse', '--show-toplevel', '--show-prefix', 'HEAD^{commit}']);
  } catch (e) {
    if (e instanceof GitError) return empty(m.site.noGit);
    throw e;
  }
  if (out === null) {
    const top = gitMaybe(root, ['rev-parse', '--show-toplevel'])?.trim();
    return empty(top === undefined ? m.site.noGit : m.site.noCommits, top ?? null);
  }
  const [top = root, prefix = '', head = ''] = out.split('\n');
  const warnings: string[] = [];
  if (isShallow(top)) warnings.push(m.site.shallow);
  // the line first (one quick rev-list), then the log of the agenda along it, in stretches side by side; an
  // agenda at the repository's top is read without a pathspec (it is most of the repository: half git's work)
  const line = await firstParentLine(top, head);
  const agenda = repoFolder(prefix, AGENDA_DIR);
  const log = { tip: head, signal };
  const commits = prefix === ''
    ? await folderLogParts(top, agenda, log, line, availableParallelism())
    : await firstParentLogParts(top, { ...log, paths: [agenda], files: true }, line, availableParallelism());
  signal?.throwIfAborted();
  const walked = walkHistory(commits, prefix);
  const reader = new BlobReader(top, signal);
  const statusChangesById = new Map<string, StatusChange[]>();
  try {
    const pending: Array<[string, Array<{ day: string; status: Promise<ActionStatus | undefined> }>]> = [];
    for (const [id, versions] of walked.actions) {
      const path = repoPath(AGENDA_DIR, KIND_FOLDER.action, `${id}.md`);
      const oldestFirst = [...versions].reverse();
      pending.push([id, oldestFirst.map((v) => ({ day: v.day, status: reader.read(v.oid).then((b) => statusOf(path, b)) }))]);
    }
    for (const [id, versions] of pending) {
      const resolved = await Promise.all(versions.map(async (v) => ({ day: v.day, status: await v.status })));
      statusChangesById.set(id, statusChanges(resolved));
    }
  } finally {
    await reader.close();
  }
  return {
    statusChanges: statusChangesById,
    practiceUpdated: walked.practiceUpdated,
    practiceAdded: walked.practiceAdded,
    top,
    line: { head, commits: line, log: commits },
    warnings,
  };
}
