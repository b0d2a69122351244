/**
 * GitLab Code Quality report (a JSON array GitLab shows in a merge request): per message its description,
 * check_name (the rule), a fingerprint that stays the same when unrelated lines move, severity and
 * location (repository-relative path, first line).
 */
import { createHash } from 'node:crypto';
import type { ValidateResult } from '../check-content.js';

export function gitlab(result: ValidateResult): string {
  const seen = new Map<string, number>();
  const issues = result.messages.map((x) => {
    const key = `${x.file}\0${x.rule}\0${x.message}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      description: x.suggestion ? `${x.message} (${x.suggestion})` : x.message,
      check_name: x.rule,
      fingerprint: createHash('sha256').update(`${key}\0${n}`).digest('hex'),
      severity: x.severity === 'error' ? 'major' : 'minor',
      location: { path: x.file, lines: { begin: x.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
