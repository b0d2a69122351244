/**
 * Pure: the agenda at the start and at the end of the period, from git trees and blob contents, loaded with
 * the one content loader. A blob that is the same at both ends (same path, same object id) is parsed once and
 * shared. Only what the report can show is parsed: settings, every theme, action and topic, and the practices
 * (and misplaced files) that changed in the period; an unchanged practice cannot appear in the report.
 */
import { emptyEntries, loadContent, classify, type Content, type RawFile } from '../../content/load.js';
import type { Validators } from '../../content/schema.js';
import { ENTRY_KINDS } from '../../content/kinds.js';
import type { Entry } from '../../content/types.js';

/** A tree: agenda-relative path (`agenda/…`) → blob id. */
export type Tree = Map<string, string>;

export interface Snapshot {
  /** Every content file of the tree with its blob id (parsed or not). */
  tree: Tree;
  /** The parsed files: valid entries, settings, sources and messages. */
  content: Content;
}

/** Should this file of a tree be parsed? `unchanged`: same path and blob at both ends of the period. */
export function wanted(path: string, unchanged: boolean): boolean {
  const c = classify(path);
  if (c.type === 'ignored') return false;
  if (c.type === 'settings') return true;
  if (c.type === 'entry') return c.kind !== 'practice' || !unchanged;
  return !unchanged; // misplaced or badly named files: reported when they changed
}

/** Blob ids to read for the two trees. */
export function blobsToRead(start: Tree, end: Tree): Set<string> {
  const oids = new Set<string>();
  for (const [tree, other] of [[start, end], [end, start]] as const) {
    for (const [path, oid] of tree) {
      if (classify(path).type === 'invalid') continue; // reported without reading
      if (wanted(path, other.get(path) === oid)) oids.add(oid);
    }
  }
  return oids;
}

/** Load both ends; `blobs` holds the contents of `blobsToRead(start, end)`. */
export function loadSnapshots(
  start: Tree,
  end: Tree,
  blobs: ReadonlyMap<string, Uint8Array>,
  validators: Validators,
): { start: Snapshot; end: Snapshot } {
  const shared: RawFile[] = [];
  const startOnly: RawFile[] = [];
  const endOnly: RawFile[] = [];
  const raw = (path: string, oid: string): RawFile => ({ path, bytes: blobs.get(oid) ?? new Uint8Array(0) });
  for (const [path, oid] of start) {
    const same = end.get(path) === oid;
    if (!wanted(path, same)) continue;
    (same ? shared : startOnly).push(raw(path, oid));
  }
  for (const [path, oid] of end) {
    if (start.get(path) !== oid && wanted(path, false)) endOnly.push(raw(path, oid));
  }
  const both = loadContent(shared, validators);
  const startContent = start.size === 0 ? emptyContent() : merge(both, loadContent(startOnly, validators), start);
  const endContent = merge(both, loadContent(endOnly, validators), end);
  if (start.size > 0) {
    // settings missing at the start do not matter to the report; at the end they are reported
    startContent.messages = startContent.messages.filter((x) => x.rule !== 'file-missing');
  }
  return { start: { tree: start, content: startContent }, end: { tree: end, content: endContent } };
}

function emptyContent(): Content {
  return { entries: emptyEntries(), settings: undefined, framework: undefined, sources: new Map(), messages: [], files: 0 };
}

/** Two partial loads of one tree as one Content (`file-missing` only when the tree really lacks the file). */
function merge(a: Content, b: Content, tree: Tree): Content {
  const entries = emptyEntries();
  for (const kind of ENTRY_KINDS) {
    const all = [...a.entries[kind], ...b.entries[kind]] as Entry[];
    all.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    (entries[kind] as Entry[]) = all;
  }
  const seen = new Set<string>();
  const messages = [...a.messages, ...b.messages].filter((x) => {
    if (x.rule !== 'file-missing') return true;
    if (tree.has(x.file) || seen.has(x.file)) return false;
    seen.add(x.file);
    return true;
  });
  return {
    entries,
    settings: a.settings ?? b.settings,
    framework: a.framework ?? b.framework,
    sources: new Map([...a.sources, ...b.sources]),
    messages,
    files: a.files + b.files,
  };
}
