/**
 * Pure: the agenda at the start and at the end of the period, from git trees and blob contents, loaded with
 * the one content loader. A blob that is the same at both ends (same path, same object id) is parsed once and
 * shared. Only what the report can show is parsed:
 *
 * - at the end: the settings, every theme, action and topic, and the practices that changed in the period;
 * - at the start, of the files that changed: settings, themes, actions, topics, and the practices that are
 *   gone at the end (removed or renamed). The start version of a practice that is still there is not needed:
 *   the report shows a practice as it is at the end.
 *
 * So an unchanged practice is never parsed (it cannot appear in the report; `k80 validate` reports its
 * problems), nor is the old version of an edited one.
 */
import { assembleContent, emptyEntries, loadFile, classify, type Classified, type Content, type LoadedFile } from '../../content/load.js';
import type { Validators } from '../../content/schema.js';
import { ENTRY_KINDS } from '../../content/kinds.js';
import type { Entry } from '../../content/types.js';

/** A tree: agenda-relative path (`agenda/…`) → blob id. */
export type Tree = Map<string, string>;

export interface TreeFile {
  path: string;
  oid: string;
}

export interface Snapshot {
  /** Every content file of the tree with its blob id (parsed or not). */
  tree: Tree;
  /** The parsed files: valid entries, settings, sources and messages. */
  content: Content;
}

/** The files to parse: the same at both ends (parsed once), only at the start, only at the end. */
export interface LoadPlan {
  shared: TreeFile[];
  start: TreeFile[];
  end: TreeFile[];
}

const classes = new Map<string, Classified>();
/** `classify` of the loader, remembered per path (the report asks about the same paths many times). */
export function classified(path: string): Classified {
  let c = classes.get(path);
  if (c === undefined) {
    c = classify(path);
    classes.set(path, c);
  }
  return c;
}

/** Should this file be parsed? `same`: same blob at the other end; `there`: the path exists at the other end. */
function wanted(path: string, side: 'start' | 'end', same: boolean, there: boolean): boolean {
  const c = classified(path);
  if (c.type === 'ignored') return false;
  if (c.type === 'settings') return true;
  if (c.type === 'invalid') return !same; // misplaced or badly named: reported when they changed
  if (c.kind !== 'practice') return true;
  return side === 'end' ? !same : !there;
}

export function planLoad(start: Tree, end: Tree): LoadPlan {
  const plan: LoadPlan = { shared: [], start: [], end: [] };
  for (const [path, oid] of end) {
    const same = start.get(path) === oid;
    if (wanted(path, 'end', same, start.has(path))) (same ? plan.shared : plan.end).push({ path, oid });
  }
  for (const [path, oid] of start) {
    if (end.get(path) !== oid && wanted(path, 'start', false, end.has(path))) plan.start.push({ path, oid });
  }
  return plan;
}

/**
 * Blob ids a plan needs. Misplaced files are reported without reading them; an entry file with a bad name is
 * read, because the loader checks its content too (a bad name hides none of its other messages).
 */
export function planBlobs(plan: LoadPlan): string[] {
  const oids = new Set<string>();
  for (const f of [...plan.end, ...plan.shared, ...plan.start]) {
    const c = classified(f.path);
    if (c.type !== 'invalid' || c.kind !== undefined) oids.add(f.oid);
  }
  return [...oids];
}

/**
 * Files parsed before, by blob id and path (a parse depends on both), so that collects in one run (the site's
 * archive, one report per tag, newest first) parse a blob once: each period starts where the one before it
 * ends. Only the files of the last two collects are kept (`next()` starts a collect).
 */
export class LoadCache {
  private older = new Map<string, LoadedFile | undefined>();
  private newer = new Map<string, LoadedFile | undefined>();

  has(key: string): boolean {
    return this.newer.has(key) || this.older.has(key);
  }

  /** The parsed file (undefined: nothing to load, or not known; see `has`). */
  get(key: string): LoadedFile | undefined {
    if (!this.newer.has(key) && this.older.has(key)) this.newer.set(key, this.older.get(key));
    return this.newer.get(key);
  }

  set(key: string, file: LoadedFile | undefined): void {
    this.newer.set(key, file);
  }

  next(): void {
    this.older = this.newer;
    this.newer = new Map();
  }
}

const cacheKey = (f: TreeFile): string => `${f.oid}\0${f.path}`;

/** The blob ids of `oids` that `cache` does not answer for the files of a plan (all of them without a cache). */
export function uncached(plan: LoadPlan, oids: readonly string[], cache: LoadCache | undefined): string[] {
  if (cache === undefined) return [...oids];
  const needed = new Set<string>();
  for (const f of [...plan.end, ...plan.shared, ...plan.start]) if (!cache.has(cacheKey(f))) needed.add(f.oid);
  return oids.filter((oid) => needed.has(oid));
}

/** Parse some files of a plan (a missing blob reads as empty), each at most once per cache. */
export function loadFiles(files: readonly TreeFile[], blobs: ReadonlyMap<string, Uint8Array>, validators: Validators, cache?: LoadCache): Content {
  const loaded: LoadedFile[] = [];
  for (const f of files) {
    const key = cacheKey(f);
    const known = cache?.has(key) === true;
    let file = known ? cache?.get(key) : undefined;
    if (!known) {
      file = loadFile({ path: f.path, bytes: blobs.get(f.oid) ?? new Uint8Array(0) }, validators);
      cache?.set(key, file);
    }
    if (file) loaded.push(file);
  }
  return assembleContent(loaded);
}

/** Both ends from the loaded parts of a plan. */
export function snapshots(start: Tree, end: Tree, parts: { shared: Content[]; start: Content[]; end: Content[] }): { start: Snapshot; end: Snapshot } {
  const startContent = start.size === 0 ? combine([], start) : combine([...parts.shared, ...parts.start], start);
  // settings missing at the start do not matter to the report; at the end they are reported
  startContent.messages = startContent.messages.filter((x) => x.rule !== 'file-missing');
  const endContent = combine([...parts.shared, ...parts.end], end);
  return { start: { tree: start, content: startContent }, end: { tree: end, content: endContent } };
}

/** Load both ends in one go (pure). */
export function loadSnapshots(
  start: Tree,
  end: Tree,
  blobs: ReadonlyMap<string, Uint8Array>,
  validators: Validators,
  cache?: LoadCache,
): { start: Snapshot; end: Snapshot } {
  const plan = planLoad(start, end);
  const load = (files: TreeFile[]): Content[] => [loadFiles(files, blobs, validators, cache)];
  return snapshots(start, end, { shared: load(plan.shared), start: load(plan.start), end: load(plan.end) });
}

/**
 * Partial loads of one tree as one Content (`file-missing` only when the tree really lacks the file; every
 * load, even of no files, reports the settings files it did not see).
 */
function combine(parts: readonly Content[], tree: Tree): Content {
  const entries = emptyEntries();
  for (const kind of ENTRY_KINDS) {
    const all = parts.flatMap((p) => p.entries[kind] as Entry[]);
    all.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    (entries[kind] as Entry[]) = all;
  }
  const seen = new Set<string>();
  const messages = parts.flatMap((p) => p.messages).filter((x) => {
    if (x.rule !== 'file-missing') return true;
    if (tree.has(x.file) || seen.has(x.file)) return false;
    seen.add(x.file);
    return true;
  });
  const sources = new Map(parts.flatMap((p) => [...p.sources]));
  const entryIds = new Map(parts.flatMap((p) => [...p.entryIds]));
  return {
    entries,
    settings: parts.find((p) => p.settings)?.settings,
    framework: parts.find((p) => p.framework)?.framework,
    sources,
    entryIds,
    messages,
    files: parts.reduce((n, p) => n + p.files, 0),
  };
}
