/**
 * Human output: messages grouped per file, one line each (`  12:3  fout  <message>  <rule>`), the
 * suggestion on the next line, then a Dutch summary. Colour only when a Style is given (the edge decides).
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
      out += `  ${c.dim(positions[i]!.padEnd(posWidth))}  ${sev}  ${printable(x.message)}  ${c.dim(x.rule)}\n`;
      if (x.suggestion) out += `${' '.repeat(2 + posWidth + 2 + sevWidth + 2)}${c.cyan(printable(x.suggestion))}\n`;
    });
    out += '\n';
  }
  return out + summary(result, options) + '\n';
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
