/**
 * Pure: loaded content → the result of `k80 validate`. The loader's messages (YAML, schema, file names),
 * then the repository checks; a reference message replaces the schema's pattern message at the same place
 * (`themes: [Wonen]` is best explained as an unknown theme with "bedoelde je `wonen`?").
 */
import type { Content } from '../../content/load.js';
import { hasErrors, sortMessages, type Message } from '../../core/message.js';
import { runChecks, type CheckContext } from './checks/index.js';

export interface ValidateResult {
  /** No errors (with `strict`: no warnings either). */
  ok: boolean;
  /** Number of content files looked at. */
  files: number;
  /** Sorted by file, line, column. */
  messages: Message[];
}

/** Rules of the second pass that say more than a schema message at the same position. */
const SUPERSEDES: Record<string, string[]> = {
  'ref-unknown-theme': ['schema-pattern', 'schema-format'],
};

export function checkContent(content: Content, context: CheckContext, strict = false): ValidateResult {
  const extra = runChecks(content, context);
  const superseded = new Set<string>();
  for (const x of extra) {
    for (const rule of SUPERSEDES[x.rule] ?? []) superseded.add(`${x.file}:${x.line}:${x.column}:${rule}`);
  }
  const first = content.messages.filter((x) => !superseded.has(`${x.file}:${x.line}:${x.column}:${x.rule}`));
  let messages = sortMessages([...first, ...extra]);
  if (strict) messages = messages.map((x) => (x.severity === 'warning' ? { ...x, severity: 'error' } : x));
  return { ok: !hasErrors(messages, strict), files: content.files, messages };
}
