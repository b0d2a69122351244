/**
 * A topic's status against its weighing: `assessed` needs an `assessment` (error); `declined` while the
 * stored verdict says take it up, or `taken-up` while it says decline, is a warning (the board may decide
 * otherwise, but then it should be a conscious choice).
 */
import { m } from '../../../i18n/index.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { isRecord, parsedEntries } from './entries.js';

const t = m.validate.topicStatus;

export function topicStatus(content: Content): Message[] {
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    if (entry.kind !== 'topic') continue;
    const { status, assessment } = entry.data;
    const at = entry.source.locate(['status']);
    if (status === 'assessed' && assessment === undefined) {
      out.push(message(entry.file, at, 'error', 'topic-assessed-without-assessment', t.assessedWithout, { path: ['status'] }));
      continue;
    }
    const verdict = isRecord(assessment) ? assessment.verdict : undefined;
    if (status === 'declined' && verdict === 'take-up') {
      out.push(message(entry.file, at, 'warning', 'topic-status-verdict', t.declinedAgainst, { path: ['status'] }));
    } else if (status === 'taken-up' && verdict === 'decline') {
      out.push(message(entry.file, at, 'warning', 'topic-status-verdict', t.takenUpAgainst, { path: ['status'] }));
    }
  }
  return out;
}
