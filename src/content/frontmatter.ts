/**
 * Pure parsing of content files: bytes → text → frontmatter (YAML 1.2, with positions) + body.
 * No file system, no git. Never throws for bad content: every problem becomes a Message.
 *
 * Safety: gray-matter is used only to split the file. Its JavaScript engines (`---js`, `---javascript`,
 * any case) would evaluate code, so every engine is replaced: `yaml` by our YAML 1.2 parser, all others by
 * a function that refuses. The language after the opening fence is checked before gray-matter is called.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, visit } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { m } from '../i18n/index.js';
import { message, START, type Message, type Position } from '../core/message.js';

/** Limits that keep hostile files from hanging or crashing the tool. */
export const LIMITS = {
  /** Bytes of a whole entry file. */
  fileBytes: 512 * 1024,
  /** Characters of the frontmatter block. */
  frontmatterChars: 64 * 1024,
  /** Nesting depth of the frontmatter (maps and sequences). */
  depth: 32,
} as const;

export type PathSegment = string | number;

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

const REFUSE = (): never => {
  throw new RefusedLanguage();
};
class RefusedLanguage extends Error {}

/** gray-matter options: every engine refuses except the YAML one we pass per call. */
type Split = (text: string, options: object) => { content: string };
const split: Split = matter as unknown as Split;

function matterOptions(yamlEngine: (s: string) => object): object {
  return {
    language: 'yaml',
    engines: {
      yaml: yamlEngine,
      yml: yamlEngine,
      js: REFUSE,
      javascript: REFUSE,
      json: REFUSE,
      coffee: REFUSE,
      coffeescript: REFUSE,
      cson: REFUSE,
      toml: REFUSE,
    },
  };
}

/** Decode UTF-8 strictly; on failure, report the position of the first invalid byte. */
export function decode(file: string, bytes: Uint8Array | string): { text: string; messages: Message[] } {
  if (typeof bytes === 'string') return { text: stripBom(bytes), messages: [] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: stripBom(text), messages: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const pos = positionAt(before, before.length);
    return { text: '', messages: [message(file, pos, 'error', 'encoding', m.content.notUtf8)] };
  }
}

/** Remove a byte-order mark and turn CRLF line ends into LF (lines and columns stay the same). */
function stripBom(s: string): string {
  const t = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  return t.includes('\r\n') ? t.replace(/\r\n/g, '\n') : t;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // binary search for the shortest invalid prefix (a truncated sequence at the end counts as invalid,
  // so step back to the start of that sequence)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid + 1));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  let start = lo;
  while (start > 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start--;
  return start;
}

/** 1-based line/column of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
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
 */
export function parseYaml(file: string, source: string, lineOffset = 0): YamlResult {
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
    });
  } catch (e) {
    // a stack overflow on pathological block nesting ends here
    return fail(START, 'yaml-too-deep', m.content.yamlTooDeep(LIMITS.depth) + ` (${String(e)})`);
  }
  const pos = (offset: number): Position => {
    const lp = lineCounter.linePos(offset);
    return at({ line: lp.line, column: lp.col });
  };

  for (const err of doc.errors) {
    const rule = err.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    const text =
      err.code === 'DUPLICATE_KEY' ? m.content.duplicateKey(keyAt(source, err.pos[0])) : m.content.yamlSyntax(firstLine(err.message));
    messages.push(message(file, pos(err.pos[0]), 'error', rule, text));
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
  if (blockDepth(doc.contents) > LIMITS.depth) {
    return fail(START, 'yaml-too-deep', m.content.yamlTooDeep(LIMITS.depth));
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
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return { depth: max, offset };
}

/** Nesting depth of a parsed node, iteratively. */
function blockDepth(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (d > max) max = d;
      if (max > LIMITS.depth) return max;
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return max;
}

function makeLocator(
  doc: Document.Parsed,
  pos: (offset: number) => Position,
  at: (p: Position) => Position,
): ParsedSource['locate'] {
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

const OPEN_FENCE = /^---([^\r\n]*)\r?\n/;

/** Parse a markdown entry file: frontmatter between `---` fences, then the body. */
export function parseEntrySource(file: string, bytes: Uint8Array | string): ParsedSource {
  const decoded = decode(file, bytes);
  if (decoded.messages.length > 0) return failed(decoded.text, decoded.messages);
  const text = decoded.text;

  const open = OPEN_FENCE.exec(text);
  if (!open || text.startsWith('----')) {
    return failed(text, [message(file, START, 'error', 'frontmatter-missing', m.content.frontmatterMissing)]);
  }
  const language = (open[1] ?? '').trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return failed(text, [
      message(file, { line: 1, column: 4 }, 'error', 'frontmatter-language', m.content.frontmatterLanguage(language)),
    ]);
  }
  // gray-matter closes the block at the first line that starts with `---`
  if (text.indexOf('\n---', open[0].length - 1) < 0) {
    return failed(text, [message(file, START, 'error', 'frontmatter-unclosed', m.content.frontmatterUnclosed)]);
  }

  let yaml: YamlResult | undefined;
  let parts: { content: string };
  try {
    parts = split(text, matterOptions((block: string) => {
      // block starts with the newline that ends the opening fence line, so its line 1 is file line 1
      yaml = parseYaml(file, block);
      return {};
    }));
  } catch (e) {
    if (e instanceof RefusedLanguage) {
      return failed(text, [
        message(file, { line: 1, column: 4 }, 'error', 'frontmatter-language', m.content.frontmatterLanguage(language)),
      ]);
    }
    throw e;
  }

  const body = parts.content;
  const bodyLine = positionAt(text, text.length - body.length).line;
  if (!yaml) {
    // gray-matter saw an empty block (only blank lines or comments)
    return {
      text,
      data: undefined,
      body,
      bodyLine,
      messages: [message(file, { line: 2, column: 1 }, 'error', 'frontmatter-empty', m.content.frontmatterEmpty)],
      locate: () => START,
    };
  }
  const y: YamlResult = yaml;
  const messages = [...y.messages];
  if (messages.length === 0 && (y.data === null || typeof y.data !== 'object' || Array.isArray(y.data))) {
    messages.push(message(file, { line: 2, column: 1 }, 'error', 'frontmatter-not-map', m.content.frontmatterNotMap));
  }
  return { text, data: messages.length === 0 ? y.data : undefined, body, bodyLine, messages, locate: y.locate };
}
