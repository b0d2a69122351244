/** A date in the future is almost always a typo in the year: a warning. */
import { m } from '../../../i18n/index.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import type { EntryKind } from '../../../content/kinds.js';
import type { CheckContext } from './types.js';
import { parsedEntries, stringsAt } from './entries.js';
import { isDay } from '../../../core/day.js';

const DATE_PLACES: Record<EntryKind, ReadonlyArray<readonly string[]>> = {
  theme: [],
  foreword: [],
  action: [['updated']],
  practice: [['date']],
  topic: [['date'], ['assessment', 'date']],
};

/** A real date after `today` (both YYYY-MM-DD): the `date-future` warning; also asked about in `k80 add`'s form. */
export function isFutureDate(value: string, today: string): boolean {
  return value > today && isDay(value);
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
