/**
 * Human output: messages grouped per file (`  12:3  fout  <message>`), the suggestion on the next line,
 * then a Dutch summary. No rule ids (they are in json and github). A message's own lines (an example) and,
 * given a width, its long lines wrap between words under the message's first column. Colour only when a
 * Style is given (the edge decides).
 */
import { m } from '../../../i18n/index.js';
import type { Message } from '../../../core/message.js';
import { printable } from '../../../core/printable.js';
import { PLAIN, type Style } from '../../../core/style.js';
import type { ValidateResult } from '../check-content.js';

export interface FormatOptions {
  /** Colours (PLAIN for none). */
  style?: Style;
  strict: boolean;
  /** The terminal's width in columns: long lines wrap between words. Without it nothing is wrapped. */
  width?: number;
}

/** Lines of `text` (its own newlines kept) no longer than `width` where words allow; undefined width: as is. */
export function wrap(text: string, width: number | undefined): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (width === undefined || line.length <= width) {
      out.push(line);
      continue;
    }
    const indent = /^ */.exec(line)![0];
    let current = '';
    for (const word of line.slice(indent.length).split(' ')) {
      if (current !== '' && indent.length + current.length + 1 + word.length > width) {
        out.push(indent + current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(indent + current);
  }
  return out;
}

export function pretty(result: ValidateResult, options: FormatOptions): string {
  const c = options.style ?? PLAIN;
  const byFile = new Map<string, Message[]>();
  for (const x of result.messages) byFile.set(x.file, [...(byFile.get(x.file) ?? []), x]);

  let out = '';
  for (const [file, messages] of byFile) {
    out += `${c.underline(printable(file))}\n`;
    const positions = messages.map((x) => `${x.line}:${x.column}`);
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...messages.map((x) => m.validate.severity[x.severity].length));
    messages.forEach((x, i) => {
      const label = m.validate.severity[x.severity];
      const sev = x.severity === 'error' ? c.red(label.padEnd(sevWidth)) : c.yellow(label.padEnd(sevWidth));
      const margin = 2 + posWidth + 2 + sevWidth + 2;
      const room = options.width === undefined ? undefined : Math.max(20, options.width - margin);
      const pad = ' '.repeat(margin);
      const lines = printableLines(x.message).flatMap((l) => wrap(l, room));
      out += `  ${c.dim(positions[i]!.padEnd(posWidth))}  ${sev}  ${lines[0] ?? ''}\n`;
      for (const l of lines.slice(1)) out += `${pad}${l}\n`;
      if (x.suggestion) for (const l of wrap(printable(x.suggestion), room)) out += `${pad}${c.cyan(l)}\n`;
    });
    out += '\n';
  }
  return out + summary(result, options) + '\n';
}

/** A message's own lines, each made printable (a newline in a message is the message's layout). */
function printableLines(text: string): string[] {
  return text.split('\n').map(printable);
}

/** The closing line: "✔ 30 bestanden gecontroleerd, geen fouten." or "✖ 3 fouten en 1 waarschuwing in …". */
export function summary(result: ValidateResult, options: FormatOptions): string {
  const c = options.style ?? PLAIN;
  const errors = result.messages.filter((x) => x.severity === 'error').length;
  const warnings = result.messages.length - errors;
  const inFiles = new Set(result.messages.map((x) => x.file)).size;
  if (errors > 0) {
    const line = c.red(m.validate.summaryErrors(errors, warnings, inFiles, result.files));
    return options.strict ? `${line} ${m.validate.strictNote}` : line;
  }
  if (warnings > 0) return c.yellow(m.validate.summaryWarnings(warnings, inFiles, result.files));
  return c.green(m.validate.summaryOk(result.files));
}
