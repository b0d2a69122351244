/**
 * Every parsed entry file with its frontmatter as a plain record, including files that have schema errors:
 * the cross-reference checks look at them too, so that one run shows every problem of a file.
 */
import type { Content } from '../../../content/load.js';
import type { ParsedSource } from '../../../content/frontmatter.js';
import type { EntryKind } from '../../../content/kinds.js';
import type { PathSegment } from '../../../core/message.js';

export interface ParsedEntry {
  file: string;
  kind: EntryKind;
  id: string;
  data: Record<string, unknown>;
  source: ParsedSource;
}

const cache = new WeakMap<Content, ParsedEntry[]>();

export function parsedEntries(content: Content): ParsedEntry[] {
  let list = cache.get(content);
  if (list) return list;
  list = [];
  for (const [file, source] of content.sources) {
    const entry = content.entryIds.get(file);
    if (entry === undefined || !isRecord(source.data)) continue;
    list.push({ file, kind: entry.kind, id: entry.id, data: source.data, source });
  }
  list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  cache.set(content, list);
  return list;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every string in frontmatter data, depth first, with its live path (copy it to keep it); `key` is true for a
 * mapping's key, which is visited before its value. The one walk for the checks that read every value.
 */
export function eachString(data: unknown, visit: (path: readonly PathSegment[], value: string, key: boolean) => void): void {
  const path: PathSegment[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') visit(path, v, false);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (isRecord(v)) {
      for (const k in v) {
        path.push(k);
        visit(path, k, true);
        walk(v[k]);
        path.pop();
      }
    }
  };
  walk(data);
}

/** Strings at the given paths (a '*' segment expands an array), with their paths. */
export function stringsAt(data: unknown, pattern: readonly (PathSegment | '*')[]): Array<[PathSegment[], string]> {
  const out: Array<[PathSegment[], string]> = [];
  collect(data, pattern, 0, [], out);
  return out;
}

/** The walk of `stringsAt`: follows plain keys in place and branches only at a '*'. */
function collect(data: unknown, pattern: readonly (PathSegment | '*')[], from: number, path: PathSegment[], out: Array<[PathSegment[], string]>): void {
  let v = data;
  let depth = path.length;
  for (let i = from; i < pattern.length; i++) {
    const seg = pattern[i]!;
    if (seg === '*') {
      if (!Array.isArray(v)) return;
      for (let j = 0; j < v.length; j++) {
        path.length = depth;
        path.push(j);
        collect(v[j], pattern, i + 1, path, out);
      }
      path.length = depth;
      return;
    }
    if (!isRecord(v) || typeof seg !== 'string') return;
    v = v[seg];
    path[depth++] = seg;
  }
  if (typeof v === 'string' && v.trim() !== '') out.push([path.slice(0, depth), v]);
}
