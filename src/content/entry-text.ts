/**
 * Pure: the text of entry files. Serialises frontmatter + body with the `yaml` package (YAML 1.2, keys in
 * schema order, quoting where another YAML reader could misread a value), patches the frontmatter of an
 * existing file while keeping its comments and layout. (Progress notes under `## Voortgang`: content/sections.ts.)
 * Used by add, update and score. No file system, no git.
 */
import { Document, isMap, isScalar, parseDocument, visit, Pair, Scalar, type YAMLMap } from 'yaml';
import type { EntryKind } from './kinds.js';
import { splitFrontmatter } from './frontmatter.js';
import { keyOrder, nestedKeyOrder } from './schema-facts.js';

type Data = Record<string, unknown>;

function ordered(obj: Data, order: readonly string[]): Data {
  const out: Data = {};
  const keys = [...order.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !order.includes(k))];
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

function orderData(kind: EntryKind, data: Data): Data {
  const top = ordered(data, keyOrder(kind));
  for (const [key, order] of Object.entries(nestedKeyOrder(kind))) {
    const v = top[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) top[key] = ordered(v as Data, order);
  }
  return top;
}

/**
 * Strings a YAML 1.1 reader (GitHub's preview, js-yaml, older tools) would read as something else: dates,
 * booleans (`no`, `on`, `y`), null, numbers (octal, sexagesimal, `1_000`), the merge and value keys.
 */
export function isAmbiguousScalar(s: string): boolean {
  return (
    s === '' ||
    /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/.test(s) ||
    /^(?:y|yes|n|no|true|false|on|off|null|~)$/i.test(s) ||
    /^[-+]?(?:[0-9][0-9_]*)?(?:[.:][0-9_]*)*(?:[eE][-+]?[0-9]+)?$/.test(s) ||
    /^[-+]?0[xob]/i.test(s) ||
    /^[-+]?\.(?:inf|nan)$/i.test(s) ||
    s === '<<' ||
    s === '='
  );
}

function quoteAmbiguous(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key') return;
      if (typeof node.value === 'string' && isAmbiguousScalar(node.value) && node.type !== 'BLOCK_LITERAL') {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
}

const STRINGIFY = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false } as const;

/** The frontmatter block (without fences) for `data`, keys in schema order. */
export function stringifyFrontmatter(kind: EntryKind, data: Data): string {
  const doc = new Document(orderData(kind, data), { version: '1.2' });
  quoteAmbiguous(doc);
  return doc.toString(STRINGIFY);
}

/** A whole entry file: `---`, the frontmatter, `---`, a blank line and the body (ending in one newline). */
export function serializeEntry(kind: EntryKind, data: Data, body = ''): string {
  const text = normalizeBody(body);
  return `---\n${stringifyFrontmatter(kind, data)}---\n${text === '' ? '' : `\n${text}`}`;
}

/** LF line ends, no trailing blank lines, one final newline ('' stays ''). */
export function normalizeBody(body: string): string {
  const text = body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return text === '' ? '' : `${text}\n`;
}

/**
 * One line of user text for a frontmatter value: Unicode NFC, no control characters, no bidirectional
 * formatting characters (they can make text read differently than it is stored), whitespace collapsed.
 */
export function cleanLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multi-line user text (a body or a note): LF line ends, no control characters other than newline and tab. */
export function cleanText(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[^\P{Cc}\n\t]/gu, '');
  return trimLineEnds(cleaned);
}

/** A character that ends a line for a multiline `$`, besides the newline (CR is gone by now). */
const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x2028 || c === 0x2029;

/**
 * Spaces and tabs at the end of every line removed, in one pass. (`/[ \t]+$/gm` retries from every space of a
 * long run that does not end a line: 40,000 spaces between two words took 20 seconds.)
 */
function trimLineEnds(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) end++;
    if (end === text.length || isLineEnd(text.charCodeAt(end))) {
      out += text.slice(copied, i);
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export interface SplitText {
  /** The YAML between the fences, each line ending in a newline. */
  frontmatter: string;
  /** Everything after the closing fence line. */
  body: string;
}

/**
 * Split an entry file's text at its fences (BOM and CRLF removed), by the same rules the loader reads it
 * (`splitFrontmatter`); undefined without a YAML frontmatter block.
 */
export function splitEntryText(text: string): SplitText | undefined {
  const parts = splitFrontmatter(text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n'));
  if (!parts || parts.block === undefined || !/^(ya?ml)?$/i.test(parts.language)) return undefined;
  // the block starts with the newline of the opening fence line and stops before the closing one
  const frontmatter = parts.block.slice(1);
  return { frontmatter: frontmatter === '' ? '' : `${frontmatter}\n`, body: parts.body };
}

/**
 * Set (or, with `undefined`, remove) top-level frontmatter keys of an existing entry file, keeping comments,
 * quoting and layout of everything else. A new key is placed at its schema position. Nested objects given
 * in `patch` replace the old value whole, their keys in schema order. `body`, when given, replaces the body.
 */
export function patchEntryText(kind: EntryKind, text: string, patch: Data, body?: string): string {
  const split = splitEntryText(text);
  if (!split) throw new Error('entry text without frontmatter');
  const doc = parseDocument(split.frontmatter, { version: '1.2', keepSourceTokens: false });
  if (!isMap(doc.contents)) throw new Error('frontmatter is not a mapping');
  const map = doc.contents as YAMLMap;
  const order = keyOrder(kind);
  const nestedOrder = nestedKeyOrder(kind);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      map.delete(key);
      continue;
    }
    const nested = nestedOrder[key];
    const plain = nested && value && typeof value === 'object' && !Array.isArray(value) ? ordered(value as Data, nested) : value;
    const node = doc.createNode(plain);
    const existing = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (existing) {
      // a comment on the old value (`status: active # since March`) stays with the new one
      const before = existing.value;
      if (isScalar(before) && isScalar(node)) {
        node.comment = before.comment;
        node.commentBefore = before.commentBefore;
      }
      existing.value = node;
      continue;
    }
    const rank = order.indexOf(key);
    let at = map.items.length;
    if (rank >= 0) {
      const after = map.items.findIndex((p) => {
        const r = order.indexOf(String(isScalar(p.key) ? p.key.value : ''));
        return r > rank;
      });
      if (after >= 0) at = after;
    }
    map.items.splice(at, 0, new Pair(doc.createNode(key), node));
  }
  quoteAmbiguous(doc);
  const fm = doc.toString(STRINGIFY);
  return `---\n${fm}---\n${body === undefined ? split.body : body}`;
}

/** Today's date (YYYY-MM-DD) in Europe/Amsterdam (in core/, so that commands can have it without `yaml`). */
export { today } from '../core/today.js';
