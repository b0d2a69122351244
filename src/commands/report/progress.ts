/**
 * Pure: the dated progress notes under an entry body's `## Voortgang` heading. Understood forms (one note each):
 *
 *   - 2026-03-04: text            (what `k80 update --note` writes: `appendProgress` in content/entry-text.ts)
 *   - **2026-03-04** — text       (also `–`, `-`, `:` or nothing after the date; `__…__`, `*…*`, `_…_` too)
 *   ### 2026-03-04                (a sub-heading; the text is everything up to the next sub-heading)
 *
 * A list item may continue on following indented lines. Items or headings without a real date are skipped.
 */
import { isDay } from './period.js';

export interface ProgressNote {
  date: string;
  text: string;
}

const SECTION = /^ {0,3}##[ \t]+voortgang[ \t]*#*[ \t]*$/i;
const SECTION_END = /^ {0,3}#{1,2}(?:[ \t]|$)/;
const SUB_HEADING = /^ {0,3}#{3,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
/** A date at the start of a text, optionally emphasised, with its separator. */
const DATED = /^(\*\*|__|\*|_)?(\d{4}-\d{2}-\d{2})(:?)(\*\*|__|\*|_)?[ \t]*(?:[:—–-](?=[ \t]|$))?[ \t]*([\s\S]*)$/;

/** Every dated note in the body's `## Voortgang` section, in document order. */
export function progressNotes(body: string): ProgressNote[] {
  const lines = body.split(/\r?\n/);
  const notes: ProgressNote[] = [];
  let inSection = false;
  let inFence = false;
  /** The note being collected: its date and lines; `heading` notes end only at the next heading. */
  let open: { date: string | undefined; lines: string[]; heading: boolean } | undefined;
  let blank = false;

  const flush = (): void => {
    if (open?.date !== undefined) {
      const text = open.lines.join('\n').trim();
      notes.push({ date: open.date, text });
    }
    open = undefined;
  };

  for (const line of lines) {
    if (!inSection) {
      if (SECTION.test(line)) inSection = true;
      continue;
    }
    if (FENCE.test(line)) inFence = !inFence;
    if (!inFence && SECTION_END.test(line)) {
      flush();
      inSection = SECTION.test(line);
      continue;
    }
    const sub = inFence ? null : SUB_HEADING.exec(line);
    if (sub) {
      flush();
      const dated = datedText(sub[1] ?? '');
      open = { date: dated?.date, lines: dated && dated.text !== '' ? [dated.text] : [], heading: true };
      blank = false;
      continue;
    }
    const item = inFence || open?.heading ? null : ITEM.exec(line);
    if (item) {
      flush();
      const dated = datedText(item[1] ?? '');
      open = { date: dated?.date, lines: [dated?.text ?? ''], heading: false };
      blank = false;
      continue;
    }
    if (line.trim() === '') {
      blank = true;
      if (open?.heading) open.lines.push('');
      continue;
    }
    if (open && (open.heading || !blank || /^[ \t]{2,}/.test(line))) {
      if (!open.heading && blank) open.lines.push(''); // a paragraph break inside the item
      open.lines.push(open.heading ? line : line.trim());
      blank = false;
      continue;
    }
    flush();
    blank = false;
  }
  flush();
  return notes;
}

/** `2026-03-04: text` and its emphasised variants → date and text; undefined without a real date. */
function datedText(text: string): { date: string; text: string } | undefined {
  const match = DATED.exec(text.trim());
  if (!match) return undefined;
  const [, open = '', date = '', , close = ''] = match;
  if (open !== close || !isDay(date)) return undefined;
  return { date, text: (match[5] ?? '').trim() };
}
