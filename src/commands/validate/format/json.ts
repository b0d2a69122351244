/** Machine output: `{ ok, files, messages: [{ file, line, column, severity, rule, message, path?, candidate?, suggestion? }] }`. */
import type { ValidateResult } from '../check-content.js';

export function json(result: ValidateResult): string {
  const messages = result.messages.map((x) => {
    const out: Record<string, unknown> = {
      file: x.file,
      line: x.line,
      column: x.column,
      severity: x.severity,
      rule: x.rule,
      message: x.message,
    };
    if (x.path !== undefined) out.path = x.path;
    if (x.candidate !== undefined) out.candidate = x.candidate;
    if (x.suggestion !== undefined) out.suggestion = x.suggestion;
    return out;
  });
  return JSON.stringify({ ok: result.ok, files: result.files, messages }, null, 2) + '\n';
}
