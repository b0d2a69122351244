/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=k80 <rule>::<message>` per message
 * (`::warning` for warnings), so that a pull request shows them on the changed lines. Then the summary.
 */
import type { ValidateResult } from '../check-content.js';
import { summary } from './pretty.js';
import { printable } from '../../../core/printable.js';

/** Escaping of a command's data (after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (`file=…`, `title=…`): also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function github(result: ValidateResult, options: { strict: boolean }): string {
  let out = '';
  for (const x of result.messages) {
    const props = [
      `file=${escapeProperty(printable(x.file))}`,
      `line=${x.line}`,
      `col=${x.column}`,
      `title=${escapeProperty(`k80 ${x.rule}`)}`,
    ].join(',');
    const text = printable(x.suggestion ? `${x.message} (${x.suggestion})` : x.message);
    out += `::${x.severity} ${props}::${escapeData(text)}\n`;
  }
  // the summary, as plain log text
  return out + summary(result, { strict: options.strict }) + '\n';
}
