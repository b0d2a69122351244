/** A municipality that is not in k80.yaml's member list: allowed, with a warning (and the nearest member). */
import { m } from '../../../i18n/index.js';
import { closest } from '../../../core/suggest.js';
import { didYouMean, message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { parsedEntries, stringsAt } from './entries.js';
import { MUNICIPALITY_PLACES } from './people.js';

export function members(content: Content): Message[] {
  const list = content.settings?.members;
  if (!list) return []; // k80.yaml itself has an error, reported by the loader
  const set = new Set(list);
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    for (const pattern of MUNICIPALITY_PLACES[entry.kind]) {
      for (const [path, name] of stringsAt(entry.data, pattern)) {
        if (set.has(name)) continue;
        const guess = closest(name, list);
        out.push(message(entry.file, entry.source.locate(path), 'warning', 'municipality-not-member', m.validate.notMember(name),
          { path, ...didYouMean(guess) }));
      }
    }
  }
  return out;
}
