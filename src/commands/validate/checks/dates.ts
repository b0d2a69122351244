/** A date in the future is almost always a typo in the year: a warning. */
import { m } from '../../../i18n/index.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import type { EntryKind } from '../../../content/kinds.js';
import type { CheckContext } from './types.js';
import { parsedEntries, stringsAt } from './entries.js';

const DATE_PLACES: Record<EntryKind, ReadonlyArray<readonly string[]>> = {
  theme: [],
  foreword: [],
  action: [['updated']],
  practice: [['date']],
  topic: [['date'], ['assessment', 'date']],
};

/** A YYYY-MM-DD that exists on the calendar (the schema reports the others). */
function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A real date after `today` (both YYYY-MM-DD): the `date-future` warning; also asked about in `k80 add`'s form. */
export function isFutureDate(value: string, today: string): boolean {
  return value > today && isRealDate(value);
}

export function dates(content: Content, context: CheckContext): Message[] {
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    for (const pattern of DATE_PLACES[entry.kind]) {
      for (const [path, value] of stringsAt(entry.data, pattern)) {
        if (isFutureDate(value, context.today)) {
          out.push(message(entry.file, entry.source.locate(path), 'warning', 'date-future', m.validate.dateFuture(value), { path }));
        }
      }
    }
  }
  return out;
}
