/**
 * Pure parsing of content files: bytes → text → frontmatter (YAML 1.2, with positions) + body.
 * No file system, no git. Never throws for bad content: every problem becomes a Message.
 *
 * Safety: the file is split by our own small splitter (the same rules as gray-matter: the block ends at the
 * first line that starts with `---`), so no front-matter "engine" is ever called. Any language after the
 * opening fence other than yaml/yml (`---js`, `---javascript`, `---JSON`, …) is refused before anything else.
 *
 * Speed: every file is parsed once, by js-yaml 4 (core schema, YAML 1.2: no implicit dates, `no` is a string,
 * duplicate keys refused; chosen over js-yaml 5 and `yaml` by measurement, see bench/README.md). Only when
 * that fails, or when a later check needs a position, is the text parsed again by the position-rich `yaml`
 * package, which then has the last word on the messages.
 */
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node as YamlNode, Pair } from 'yaml';
import { m } from '../i18n/index.js';
import { message, START, type Message, type PathSegment, type Position } from '../core/message.js';

// The position-rich parser (CommonJS) is loaded on first use: files without problems never need it.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
const Y = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

/** Limits that keep hostile files from hanging or crashing the tool. */
export const LIMITS = {
  /** Bytes of a whole entry file. */
  fileBytes: 512 * 1024,
  /** Characters of the frontmatter block. */
  frontmatterChars: 64 * 1024,
  /** Nesting depth of the frontmatter (maps and sequences). */
  depth: 32,
} as const;

export interface ParsedSource {
  /** Decoded text, BOM removed, or '' when the bytes are not UTF-8. */
  text: string;
  /** Frontmatter (or the whole YAML file) as plain data; `undefined` when it could not be parsed. */
  data: unknown;
  /** Markdown body after the closing fence ('' for YAML files). */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Problems found while decoding and parsing. */
  messages: Message[];
  /** Position of the value (or the key) at `path` in the source; falls back to the nearest ancestor. */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): Position;
}

/** Decode UTF-8 strictly; on failure, report the position of the first invalid byte. */
export function decode(file: string, bytes: Uint8Array | string): { text: string; messages: Message[] } {
  if (typeof bytes === 'string') return { text: stripBom(bytes), messages: [] };
  try {
    const text = UTF8.decode(bytes);
    return { text: stripBom(text), messages: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const pos = positionAt(before, before.length);
    return { text: '', messages: [message(file, pos, 'error', 'encoding', m.content.notUtf8)] };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Remove a byte-order mark and turn CRLF line ends into LF (lines and columns stay the same). */
function stripBom(s: string): string {
  const t = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  return t.includes('\r\n') ? t.replace(/\r\n/g, '\n') : t;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), found by a plain scan. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}

/** 1-based line/column of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

interface YamlResult {
  data: unknown;
  messages: Message[];
  locate: ParsedSource['locate'];
}

/**
 * Parse YAML 1.2 (core schema: no implicit dates, `no` stays a string) with positions.
 * `lineOffset` is added to every line (frontmatter starts below the opening fence).
 *
 * The fast path (js-yaml) gives the data; positions are computed lazily, on the first `locate` call, by the
 * position-rich parse. When js-yaml refuses the text, the position-rich parse decides and gives the messages.
 */
export function parseYaml(file: string, source: string, lineOffset = 0): YamlResult {
  if (source.length <= LIMITS.frontmatterChars && !source.includes('*') && !source.includes('0b')) {
    let data: unknown;
    let ok = true;
    try {
      data = loadYaml(source, FAST_OPTIONS);
    } catch {
      ok = false;
    }
    if (ok) {
      let rich: YamlResult | undefined;
      let lines: string[] | undefined;
      let tabFree: boolean | undefined;
      const locate: ParsedSource['locate'] = (path, at) => {
        // quickLocate reads no line with a tab: one look at the whole text instead of one per line and position
        tabFree ??= !source.includes('\t');
        const quick = tabFree ? quickLocate((lines ??= source.split('\n')), path, at, true) : undefined;
        if (quick) return { line: quick.line + lineOffset, column: quick.column };
        rich ??= parseYamlRich(file, source, lineOffset);
        return rich.locate(path, at);
      };
      return { data, messages: [], locate };
    }
  }
  return parseYamlRich(file, source, lineOffset);
}

/** The indentation of a line that holds content (not blank, not a comment), or -1. */
const contentIndent = (line: string): number => {
  // what trimStart() would remove (white space and line terminators), counted in place
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(line[i]!))) i++;
    else break;
  }
  return i === line.length || line.charCodeAt(i) === 0x23 ? -1 : i;
};

/** A plain key and its colon, at the position `lastIndex` is set to. */
const PLAIN_KEY = /[A-Za-z_][\w-]* *:(?: +|$)/y;
/** What a plain key is made of (PLAIN_KEY's `[\w-]`). */
const KEY_CHARS = /^[\w-]+$/;

/** A character of a plain key (`\w` or `-`); false past the end of the line. */
const isKeyChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;

/**
 * The position of `path` in plain block-style YAML (what k80 writes, and what most people write), found by a
 * scan of its lines instead of a second parse: a warning on every file must not make validate parse every file
 * twice. Undefined — the position-rich parse then answers — when the path is not there, or anything on the way
 * is not plain: tabs, flow collections, quoted or complex keys, anchors, tags, a quoted value that goes on
 * to the next line, a sequence not indented under its key. Same answers as the rich locator (a test compares).
 * `tabFree`: the caller knows that no line holds a tab (then the lines are not looked at for one).
 */
export function quickLocate(
  source: readonly string[],
  path: readonly PathSegment[],
  where: 'key' | 'value' = 'value',
  tabFree = false,
): Position | undefined {
  if (path.length === 0) return undefined;
  // a map item of a sequence (`- role: …`) is read again as its own line, the `- ` as spaces: one line replaced
  let replaced = -1;
  let replacement = '';
  const lineAt = (i: number): string => (i === replaced ? replacement : source[i]!);
  const count = source.length;
  let from = 0;
  let to = count;
  let parentIndent = -1;
  let keyPos: Position | undefined;
  let valuePos: Position | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth]!;
    let indent = -1;
    let hit = -1;
    let after = 0;
    let count = 0;
    for (let i = from; i < to && hit < 0; i++) {
      const line = lineAt(i);
      if (!tabFree && line.includes('\t')) return undefined;
      const ind = contentIndent(line);
      if (ind < 0) continue;
      if (indent < 0) {
        if (ind <= parentIndent) return undefined;
        indent = ind;
      }
      if (ind < indent) return undefined;
      if (ind > indent) continue;
      if (typeof seg === 'number') {
        if (line.charCodeAt(ind) !== 0x2d || (ind + 1 < line.length && line.charCodeAt(ind + 1) !== 0x20)) return undefined;
        if (count++ === seg) {
          hit = i;
          let next = ind + 1;
          while (line.charCodeAt(next) === 0x20) next++;
          after = next;
        }
      } else {
        PLAIN_KEY.lastIndex = ind;
        if (!PLAIN_KEY.test(line)) return undefined;
        // the line's key is the run of key characters from `ind`: `seg` when the line holds `seg` there with no
        // key character after it, and `seg` is made of key characters (a test, not a match: no array per line)
        if (line.startsWith(seg, ind) && !isKeyChar(line.charCodeAt(ind + seg.length)) && KEY_CHARS.test(seg)) {
          hit = i;
          after = PLAIN_KEY.lastIndex;
          keyPos = { line: i + 1, column: ind + 1 };
        }
      }
    }
    if (hit < 0) return undefined;
    let end = hit + 1;
    while (end < to) {
      const ind = contentIndent(lineAt(end));
      if (ind >= 0 && ind <= indent) break;
      end++;
    }
    const rest = lineAt(hit).slice(after);
    if (rest === '' || rest.startsWith('#')) {
      // the value is the block on the next lines: its first content line
      let first = hit + 1;
      while (first < end && contentIndent(lineAt(first)) < 0) first++;
      if (first >= end) return undefined;
      valuePos = { line: first + 1, column: contentIndent(lineAt(first)) + 1 };
      from = first;
    } else {
      if (/^[&!*|>?%@`[{]/.test(rest) && depth < path.length - 1) return undefined;
      if (/^[&!*|>?%@`]/.test(rest)) return undefined;
      const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined;
      if (quote !== undefined && (rest.trimEnd().length < 2 || !rest.trimEnd().endsWith(quote))) return undefined;
      valuePos = { line: hit + 1, column: after + 1 };
      if (depth < path.length - 1) {
        // only a map item of a sequence (`- role: …`) goes deeper on the same line
        if (typeof seg !== 'number' || !/^[A-Za-z_][\w-]* *:(?: |$)/.test(rest)) return undefined;
        replacement = ' '.repeat(after) + rest;
        replaced = hit;
        from = hit;
      }
    }
    to = end;
    parentIndent = indent;
  }
  return where === 'key' && typeof path.at(-1) === 'string' ? keyPos : valuePos;
}

/**
 * js-yaml 4: YAML 1.2 core schema, bounded nesting, duplicate keys are errors. It has no switch to refuse
 * aliases, so a text with a `*` (an alias, or a `*` in a value) is left to the position-rich parse, which
 * refuses aliases with a message; so is a text with `0b`, because js-yaml 4 reads `0b101` as a number (YAML 1.1),
 * where YAML 1.2 has a string.
 */
const FAST_OPTIONS = { schema: CORE_SCHEMA, maxDepth: LIMITS.depth, json: false } as const;

/** The position-rich parse (the `yaml` package): every problem as a message at its position. */
export function parseYamlRich(file: string, source: string, lineOffset = 0): YamlResult {
  const messages: Message[] = [];
  const at = (p: Position): Position => ({ line: p.line + lineOffset, column: p.column });
  const fail = (pos: Position, rule: string, text: string): YamlResult => {
    messages.push(message(file, at(pos), 'error', rule, text));
    return { data: undefined, messages, locate: () => at(pos) };
  };

  if (source.length > LIMITS.frontmatterChars) {
    return fail(START, 'yaml-too-large', m.content.yamlTooLarge(LIMITS.frontmatterChars));
  }
  const depth = flowDepth(source);
  if (depth.depth > LIMITS.depth) {
    return fail(positionAt(source, depth.offset), 'yaml-too-deep', m.content.yamlTooDeep(LIMITS.depth));
  }

  const { LineCounter, parseDocument, visit } = Y();
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      lineCounter,
      prettyErrors: false,
      strict: true,
      logLevel: 'error',
    });
  } catch (e) {
    // a stack overflow on pathological block nesting ends here
    return fail(START, 'yaml-too-deep', m.content.yamlTooDeep(LIMITS.depth) + ` (${String(e)})`);
  }
  const pos = (offset: number): Position => at(posIn(lineCounter, offset));

  for (const err of doc.errors) {
    const rule = err.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    const text =
      err.code === 'DUPLICATE_KEY'
        ? m.content.duplicateKey(keyAt(source, err.pos[0]))
        : m.content.yamlSyntax(m.content.yamlErrors[err.code] ?? firstLine(err.message));
    messages.push(message(file, pos(err.pos[0]), 'error', rule, text));
  }
  // a tag outside the core schema (`!foo`, `!!js/function`, `!!binary`) is refused, not read as a string
  for (const w of doc.warnings) {
    if (w.code !== 'TAG_RESOLVE_FAILED') continue;
    const offset = w.pos[0];
    const tag = /^!\S*/.exec(source.slice(offset))?.[0] ?? '!';
    messages.push(message(file, pos(offset), 'error', 'yaml-tag', m.content.yamlTag(tag)));
  }
  const locate = makeLocator(doc, pos, at);
  if (messages.length > 0) return { data: undefined, messages, locate };

  // Anchors and aliases have no place in our content, and they are how alias bombs work.
  let aliasOffset = -1;
  if (source.includes('*')) {
    visit(doc, {
      Alias(_, node) {
        aliasOffset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
  }
  if (aliasOffset >= 0) {
    messages.push(message(file, pos(aliasOffset), 'error', 'yaml-alias', m.content.yamlAlias));
    return { data: undefined, messages, locate };
  }
  const deep = tooDeep(doc.contents);
  if (deep) {
    const offset = (deep as YamlNode).range?.[0];
    return fail(offset === undefined ? START : posIn(lineCounter, offset), 'yaml-too-deep', m.content.yamlTooDeep(LIMITS.depth));
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return fail(START, 'yaml-syntax', m.content.yamlSyntax(String(e)));
  }
  return { data, messages, locate };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function keyAt(source: string, offset: number): string {
  const rest = source.slice(offset);
  const match = /^["']?([^"':\n]*)/.exec(rest);
  return (match?.[1] ?? '').trim();
}

/** Deepest nesting of flow collections ([ and {) outside quotes, found without recursion. */
function flowDepth(source: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let offset = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1] ?? ''))) {
      const nl = source.indexOf('\n', i);
      i = nl < 0 ? source.length : nl;
      continue;
    }
    if (c === '"' || (c === "'" && /[\s[{,:]/.test(source[i - 1] ?? ' '))) quote = c;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        offset = i;
        if (max > LIMITS.depth) break; // report where the limit is first exceeded
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return { depth: max, offset };
}

/** The first node nested deeper than the limit, found iteratively; undefined when there is none. */
function tooDeep(root: unknown): unknown {
  const { isMap, isSeq, isPair } = Y();
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (d > LIMITS.depth) return node;
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return undefined;
}

function posIn(lineCounter: LineCounter, offset: number): Position {
  const lp = lineCounter.linePos(offset);
  return { line: lp.line, column: lp.col };
}

function makeLocator(
  doc: Document.Parsed,
  pos: (offset: number) => Position,
  at: (p: Position) => Position,
): ParsedSource['locate'] {
  const { isMap, isSeq, isScalar, isAlias } = Y();
  return (path, where = 'value') => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    let best: Position = node && (node as YamlNode).range ? pos((node as YamlNode).range![0]) : at(START);
    for (const seg of path) {
      if (isMap(node)) {
        const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!found) return best;
        pair = found;
        node = found.value;
        const keyNode = found.key as YamlNode;
        const valueNode = found.value as YamlNode | null;
        best = valueNode?.range ? pos(valueNode.range[0]) : keyNode.range ? pos(keyNode.range[0]) : best;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)] as YamlNode | undefined;
        if (!item) return best;
        pair = undefined;
        node = item;
        if (item.range) best = pos(item.range[0]);
      } else if (isAlias(node)) {
        return best;
      } else {
        return best;
      }
    }
    if (where === 'key' && pair && (pair.key as YamlNode).range) return pos((pair.key as YamlNode).range![0]);
    return best;
  };
}

/** Parse a whole YAML file (k80.yaml, afwegingskader.yaml). */
export function parseYamlSource(file: string, bytes: Uint8Array | string): ParsedSource {
  const decoded = decode(file, bytes);
  if (decoded.messages.length > 0) return failed(decoded.text, decoded.messages);
  const y = parseYaml(file, decoded.text);
  return { text: decoded.text, data: y.data, body: '', bodyLine: 1, messages: y.messages, locate: y.locate };
}

function failed(text: string, messages: Message[], pos: Position = START): ParsedSource {
  return { text, data: undefined, body: '', bodyLine: 1, messages, locate: () => pos };
}

/** The parts of a markdown file with frontmatter, split by the rules gray-matter uses. */
export interface Split {
  /** Text after `---` on the opening line (trimmed), e.g. `yaml` or `js`; '' for a plain fence. */
  language: string;
  /** The frontmatter block, starting with the newline that ends the opening line (so its line 1 is file line 1). */
  block: string;
  /** Everything after the closing fence line. */
  body: string;
  /** Character offset of the body in the text. */
  bodyOffset: number;
}

/**
 * Split `---\n…\n---\n body`. The block ends at the first line that starts with `---` (as in gray-matter,
 * whose files other tools read the same way). `undefined` when the text does not open with a fence line
 * (`---`, optionally followed by a language, then a line end), e.g. when it opens with `----`. `block` is `undefined` when the fence is never closed.
 */
export function splitFrontmatter(text: string): (Omit<Split, 'block'> & { block: string | undefined }) | undefined {
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const eol = text.indexOf('\n', 3);
  if (eol < 0) return undefined;
  const language = text.slice(3, eol).trim();
  const close = text.indexOf('\n---', eol);
  if (close < 0) return { language, block: undefined, body: '', bodyOffset: text.length };
  let bodyOffset = close + 4;
  if (text.charAt(bodyOffset) === '\r') bodyOffset++;
  if (text.charAt(bodyOffset) === '\n') bodyOffset++;
  return { language, block: text.slice(eol, close), body: text.slice(bodyOffset), bodyOffset };
}

/** A block with nothing but blank lines and comments (gray-matter's rule for "empty"). */
function isEmptyBlock(block: string): boolean {
  const first = block.search(/\S/);
  if (first < 0) return true;
  if (block[first] !== '#') return false; // the common case: the block starts with a field
  return block.replace(/^\s*#[^\n]+/gm, '').trim() === '';
}

const lineCol = (line: number, column: number): Position => ({ line, column });

/** Parse a markdown entry file: frontmatter between `---` fences, then the body. */
export function parseEntrySource(file: string, bytes: Uint8Array | string): ParsedSource {
  const decoded = decode(file, bytes);
  if (decoded.messages.length > 0) return failed(decoded.text, decoded.messages);
  const text = decoded.text;

  const parts = splitFrontmatter(text);
  if (!parts) return failed(text, [message(file, START, 'error', 'frontmatter-missing', m.content.frontmatterMissing)]);
  if (parts.language !== '' && !/^ya?ml$/i.test(parts.language)) {
    return failed(text, [message(file, lineCol(1, 4), 'error', 'frontmatter-language', m.content.frontmatterLanguage(parts.language))]);
  }
  if (parts.block === undefined) {
    return failed(text, [message(file, START, 'error', 'frontmatter-unclosed', m.content.frontmatterUnclosed)]);
  }
  const bodyLine = positionAt(text, parts.bodyOffset).line;
  if (isEmptyBlock(parts.block)) {
    return {
      text,
      data: undefined,
      body: parts.body,
      bodyLine,
      messages: [message(file, lineCol(2, 1), 'error', 'frontmatter-empty', m.content.frontmatterEmpty)],
      locate: () => START,
    };
  }
  const y = parseYaml(file, parts.block);
  const messages = [...y.messages];
  if (messages.length === 0 && (y.data === null || typeof y.data !== 'object' || Array.isArray(y.data))) {
    messages.push(message(file, lineCol(2, 1), 'error', 'frontmatter-not-map', m.content.frontmatterNotMap));
  }
  return { text, data: messages.length === 0 ? y.data : undefined, body: parts.body, bodyLine, messages, locate: y.locate };
}
