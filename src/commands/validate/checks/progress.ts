/**
 * Progress notes that the report would not read as meant: a list item under `## Voortgang` that looks dated but
 * is not `- YYYY-MM-DD: text` (suggestion: the line in that format), a date that does not exist, a date in the
 * future. Warnings at the item's line; the section is read by the one markdown-section module.
 */
import { m } from '../../../i18n/index.js';
import { didYouMean, message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { progressProblems } from '../../../content/sections.js';
import type { CheckContext } from './types.js';
import { parsedEntries } from './entries.js';

export function progress(content: Content, context: CheckContext): Message[] {
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    const { body, bodyLine } = entry.source;
    for (const p of progressProblems(body, context.today)) {
      const pos = { line: bodyLine + p.line - 1, column: p.column };
      if (p.problem === 'format') {
        out.push(message(entry.file, pos, 'warning', 'progress-format', m.validate.progressFormat(p.written), didYouMean(p.suggestion, '"')));
      } else if (p.problem === 'date') {
        // Stryker disable next-line StringLiteral: progressProblems always gives the date it read with a 'date' or 'future' problem
        out.push(message(entry.file, pos, 'warning', 'progress-format', m.validate.progressNoDate(p.date ?? '')));
      } else {
        // Stryker disable next-line StringLiteral: progressProblems always gives the date it read with a 'date' or 'future' problem
        out.push(message(entry.file, pos, 'warning', 'progress-future', m.validate.progressFuture(p.date ?? '')));
      }
    }
  }
  return out;
}
