/**
 * Pure: the one markdown-section module. Sections of an entry body (`## Voortgang`, the template's headings) are
 * found on the markdown tree (remark-parse), so a heading inside a fenced code block is no heading, an indented
 * heading (up to three spaces) is one and the heading's case does not matter. The report's reader of progress
 * notes, `k80 update --note`'s writer and `k80 validate`'s check of badly dated notes all use it, so they agree.
 *
 * The one format of a progress note, as `k80 update --note` writes it:   - 2026-03-04: Brief gestuurd.
 * The reader also understands `- **2026-03-04** — text` (and `–`, `-`, `:` or nothing after the date; `__…__`,
 * `*…*`, `_…_`) and dated sub-headings (`### 2026-03-04`, the text up to the next sub-heading); validate warns on
 * those with the one format as suggestion.
 */
import { createRequire } from 'node:module';
import type { Processor } from 'unified';
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { isDay } from '../core/day.js';

export const PROGRESS_HEADING = 'Voortgang';

export interface ProgressNote {
  /** YYYY-MM-DD. */
  date: string;
  /** The note's markdown text. */
  text: string;
}

/** A list item under `## Voortgang` that looks like a dated note but is not in the one format. */
export interface ProgressProblem {
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  /** The item's first line as written (without the list marker). */
  written: string;
  /** The item's first line in the one format (`- YYYY-MM-DD: text`), when the date can be read. */
  suggestion?: string;
  /** `format`: not the one format; `date`: a date that does not exist; `future`: dated after today. */
  problem: 'format' | 'date' | 'future';
  /** The date as read (YYYY-MM-DD), when there is one. */
  date?: string;
}

// The markdown parser (unified + remark-parse, some sixty modules) is loaded on first use: `k80 validate` reads
// the body of an action only when a line scan finds a note that may be a problem, so most runs never need it.
const require = createRequire(import.meta.url);
let parser: Processor<Root> | undefined;

function parse(body: string): Root {
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    parser = unified().use(remarkParse) as unknown as Processor<Root>;
  }
  return parser.parse(body);
}

/** Plain text of a node (headings: `## Voortgang ##` → `Voortgang`). */
function plain(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plain).join('');
  return '';
}

/** A section of the body: its heading and the nodes under it (up to the next heading of the same or a higher level). */
export interface Section {
  heading: Heading;
  nodes: RootContent[];
  /** Offset in the body where the section ends (the next such heading, or the end of the body). */
  end: number;
}

/** Every level-2 section whose heading reads `name` (case-insensitive), in document order. */
export function sections(body: string, name: string, tree: Root = parse(body)): Section[] {
  const wanted = name.trim().toLowerCase();
  const out: Section[] = [];
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'heading' || node.depth !== 2 || plain(node).trim().toLowerCase() !== wanted) continue;
    const nodes: RootContent[] = [];
    let j = i + 1;
    for (; j < children.length; j++) {
      const next = children[j]!;
      if (next.type === 'heading' && next.depth <= 2) break;
      nodes.push(next);
    }
    out.push({ heading: node, nodes, end: children[j]?.position?.start.offset ?? body.length });
  }
  return out;
}

/** A date at the start of a text, optionally emphasised, with its separator. */
const DATED = /^(\*\*|__|\*|_)?(\d{4}-\d{2}-\d{2})(:?)(\*\*|__|\*|_)?[ \t]*(?:[:—–-](?=[ \t]|$))?[ \t]*([\s\S]*)$/;
/** The one format of a note's first line. */
const CANONICAL = /^(\d{4}-\d{2}-\d{2}): \S/;

/** `2026-03-04: text` and its emphasised variants → date and text; undefined without a real date. */
function datedText(text: string): { date: string; text: string } | undefined {
  const match = DATED.exec(text.trim());
  if (!match) return undefined;
  const [, open = '', date = '', , close = ''] = match;
  if (open !== close || !isDay(date)) return undefined;
  return { date, text: (match[5] ?? '').trim() };
}

const slice = (body: string, from: number, to: number): string => body.slice(from, to).replace(/\r\n?/g, '\n');

/** Remove up to `n` leading spaces from every line but the first. */
function dedent(text: string, n: number): string {
  const lines = text.split('\n');
  return lines.map((line, i) => (i === 0 ? line : line.replace(new RegExp(`^[ \\t]{0,${n}}`), ''))).join('\n');
}

/** The source of a list item's content (after its marker), dedented to the item's content column. */
function itemText(body: string, item: ListItem): string {
  const first = item.children[0];
  const start = first?.position?.start.offset;
  const end = item.position?.end.offset;
  if (first === undefined || start === undefined || end === undefined) return '';
  return dedent(slice(body, start, end), Math.max(0, (first.position?.start.column ?? 1) - 1)).trim();
}

const ONE_HEADING = /^## voortgang$/i;
const NOTE_LINE = /^- [\p{L}\p{N}]/u;
const SECTION_END = /^#{1,2}(?:[ \t]|$)/;

/**
 * The notes of a body whose only mention of `Voortgang` is a plain `## Voortgang` line, followed (up to the next
 * `#` or `##` heading, or the end) by nothing but `- ` items of one line each and empty lines, with nothing before
 * the heading that could hide it (fenced code, HTML, a link definition whose address may be on the next line):
 * read from the lines, as the markdown tree would give them. Undefined for any other body. Thousands of action
 * versions (the site's archive, every report) are written like this by `k80 update --note`.
 */
export function quickNotes(body: string): ProgressNote[] | undefined {
  if (body.includes('\r')) return undefined;
  const lines = body.split('\n');
  const at = lines.findIndex((line) => ONE_HEADING.test(line));
  if (at < 0) return undefined;
  const before = lines.slice(0, at).join('\n');
  if (/voortgang/i.test(before) || /^ {0,3}(?:`{3}|~{3}|<)/m.test(before) || before.includes(']:')) return undefined;
  const notes: ProgressNote[] = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    if (SECTION_END.test(line)) break;
    if (line === '') continue;
    if (!NOTE_LINE.test(line)) return undefined;
    const dated = datedText(line.slice(2).trim());
    if (dated) notes.push(dated);
  }
  if (/voortgang/i.test(lines.slice(end).join('\n'))) return undefined;
  return notes;
}

/** Every dated note in the body's `## Voortgang` sections, in document order. */
export function progressNotes(body: string): ProgressNote[] {
  if (!/voortgang/i.test(body)) return [];
  return quickNotes(body) ?? treeNotes(body);
}

/** `progressNotes` read from the markdown tree, whatever the body holds (what `quickNotes` must agree with). */
export function treeNotes(body: string): ProgressNote[] {
  const notes: ProgressNote[] = [];
  for (const section of sections(body, PROGRESS_HEADING)) {
    const nodes = section.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type === 'list') {
        for (const item of node.children) {
          const dated = datedText(itemText(body, item));
          if (dated) notes.push(dated);
        }
        continue;
      }
      if (node.type !== 'heading') continue;
      const dated = datedText(plain(node));
      if (!dated) continue;
      // a dated sub-heading: its text is everything up to the next heading
      let j = i + 1;
      while (j < nodes.length && nodes[j]!.type !== 'heading') j++;
      const from = nodes[i + 1]?.position?.start.offset;
      const to = j < nodes.length ? nodes[j]!.position?.start.offset : section.end;
      const rest = j > i + 1 && from !== undefined && to !== undefined ? slice(body, from, to).trim() : '';
      notes.push({ date: dated.date, text: [dated.text, rest].filter((t) => t !== '').join('\n') });
      i = j - 1;
    }
  }
  return notes;
}

// ------------------------------------------------------------------------------------------- dated-looking lines

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const EMPHASIS = /^(\*\*|__|\*|_)?/;
const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
const DUTCH = /^(\d{1,2})\.?[ \t]+([a-z]+)\.?[ \t]+(\d{4})(?!\d)/i;
/** What may stand between a date and the note's text. */
const SEPARATOR = /^(?:\*\*|__|\*|_)?[ \t]*(?:[:—–-](?:[ \t]|$))?[ \t]*/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A text that starts with something meant as a date: the date (maybe not a real one) and the rest. */
function readDate(text: string): { date: string; rest: string } | undefined {
  const open = EMPHASIS.exec(text)?.[0] ?? '';
  const s = text.slice(open.length);
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  let length = 0;
  let match = ISO_LIKE.exec(s);
  if (match) [y, mo, d, length] = [Number(match[1]), Number(match[2]), Number(match[3]), match[0].length];
  else if ((match = DMY.exec(s))) [d, mo, y, length] = [Number(match[1]), Number(match[2]), Number(match[3]), match[0].length];
  else if ((match = DUTCH.exec(s)) && MONTHS[match[2]!.toLowerCase()] !== undefined) {
    [d, mo, y, length] = [Number(match[1]), MONTHS[match[2]!.toLowerCase()], Number(match[3]), match[0].length];
  }
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const after = s.slice(length);
  const rest = after.slice(SEPARATOR.exec(after)?.[0].length ?? 0);
  return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, rest };
}

/**
 * The body from its first `## Voortgang` line on, with the number of lines left out, when nothing before that
 * line can change how the rest is read: no other mention of the heading, no fenced code, no HTML block.
 * A heading at the start of a line ends every list, quote and indented code before it, so the section reads the
 * same: validate then parses a few lines of every action instead of all of it. Otherwise the whole body.
 */
function fromProgressHeading(body: string): { text: string; lines: number } {
  const heading = /^#{1,6}[ \t][^\n]*voortgang/im.exec(body);
  if (!heading) return { text: body, lines: 0 };
  const before = body.slice(0, heading.index);
  if (/voortgang/i.test(before) || /^ {0,3}(?:`{3}|~{3}|<)/m.test(before)) return { text: body, lines: 0 };
  let lines = 0;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
  return { text: body.slice(heading.index), lines };
}

const LIST_ITEM = /^[ \t]*(?:([-*+])|\d{1,9}[.)])(?:[ \t]+(.*))?$/;

/**
 * Could any list item report a problem? Only an item whose first line reads as a date can, and not when it is
 * a bullet in the one format with a real date that is not in the future. A line scan: when it says no, the
 * markdown parse is not needed (most actions: every note written by k80 update).
 */
function mayHaveProblems(body: string, today: string): boolean {
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    // only a line that starts (after spaces) with a bullet or a digit can be a list item
    let i = start;
    while (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9) i++;
    const c = body.charCodeAt(i);
    if (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) {
      const item = LIST_ITEM.exec(body.slice(start, end));
      if (item && itemMayBeAProblem(item, today)) return true;
    }
    start = end + 1;
  }
  return false;
}

function itemMayBeAProblem(item: RegExpExecArray, today: string): boolean {
  const text = (item[2] ?? '').trim();
  if (text === '') return true; // the item's text starts on the next line
  // the one format (`- 2026-03-04: text`) reads its date as written: no need for the general reader
  if (item[1] !== undefined && CANONICAL.test(text)) {
    const date = text.slice(0, 10);
    return !isDay(date) || date > today;
  }
  return readDate(text) !== undefined;
}

/**
 * Every list item directly under `## Voortgang` that looks like a dated note but is not in the one format
 * (`- YYYY-MM-DD: text`), and every note dated after `today`, with the line in the one format as suggestion.
 */
export function progressProblems(whole: string, today: string): ProgressProblem[] {
  if (!/voortgang/i.test(whole)) return [];
  const { text: body, lines } = fromProgressHeading(whole);
  if (!mayHaveProblems(body, today)) return [];
  const problems: ProgressProblem[] = [];
  for (const section of sections(body, PROGRESS_HEADING)) {
    for (const node of section.nodes) {
      if (node.type !== 'list') continue;
      for (const item of (node as List).children) {
        const first = item.children[0];
        const start = first?.position?.start;
        if (!first || !start) continue;
        const written = (itemText(body, item).split('\n')[0] ?? '').trim();
        const read = readDate(written);
        if (!read) continue;
        const where = { line: lines + (item.position?.start.line ?? start.line), column: item.position?.start.column ?? start.column };
        const real = isDay(read.date);
        const suggestion = real && read.rest !== '' ? `- ${read.date}: ${read.rest}` : undefined;
        if (!real) problems.push({ ...where, written, problem: 'date', date: read.date });
        else if (!CANONICAL.test(written) || node.ordered) {
          problems.push({ ...where, written, problem: 'format', date: read.date, ...(suggestion ? { suggestion } : {}) });
        } else if (read.date > today) problems.push({ ...where, written, problem: 'future', date: read.date });
      }
    }
  }
  return problems;
}

// --------------------------------------------------------------------------------------------------- the writer

/**
 * Add a dated note (`- YYYY-MM-DD: note`) as the last item under the (first) `## Voortgang` section, creating
 * the heading at the end of the body when there is none. Continuation lines of a multi-line note are indented
 * into the item. The body's line endings (LF or CRLF) are kept. `note` is clean text (no control characters).
 */
export function appendProgress(body: string, date: string, note: string): string {
  const eol = /\r\n/.test(body) ? '\r\n' : '\n';
  const lf = body.replace(/\r\n/g, '\n');
  const lines = note.replace(/\r\n?/g, '\n').trim().split('\n');
  const item = [`- ${date}: ${lines[0] ?? ''}`, ...lines.slice(1).map((l) => (l === '' ? '' : `  ${l}`))].join('\n');
  const found = /voortgang/i.test(lf) ? sections(lf, PROGRESS_HEADING)[0] : undefined;
  let out: string;
  if (!found) {
    const text = lf.replace(/\s+$/, '');
    out = `${text === '' ? '' : `${text}\n\n`}## ${PROGRESS_HEADING}\n\n${item}\n`;
  } else {
    const head = lf.slice(0, found.end).replace(/\s+$/, '');
    const tail = lf.slice(found.end);
    const last = found.nodes[found.nodes.length - 1];
    // right after a list the note joins it; after a paragraph (or nothing) a blank line starts a new list
    const joins = last?.type === 'list' && !last.ordered;
    const after = tail.trim() === '' ? '' : `\n${tail.replace(/^\s+/, '')}`;
    out = `${head}\n${joins ? '' : '\n'}${item}\n${after}`;
  }
  return eol === '\n' ? out : out.replace(/\n/g, '\r\n');
}
