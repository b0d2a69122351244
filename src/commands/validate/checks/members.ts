/** A municipality that is not in k80.yaml's member list: allowed, with a warning (and the nearest member). */
import { m } from '../../../i18n/index.js';
import { closest } from '../../../core/suggest.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { parsedEntries, stringsAt } from './entries.js';
import { MUNICIPALITY_PLACES } from './people.js';

/**
 * The warning for a municipality that is not in the member list, with the nearest member as a suggestion;
 * undefined for a member. Also shown at the municipality question of `k80 add`.
 */
export function notMember(name: string, list: readonly string[]): { message: string; suggestion?: string } | undefined {
  if (list.includes(name)) return undefined;
  const guess = closest(name, list);
  return { message: m.validate.notMember(name), ...(guess === undefined ? {} : { suggestion: m.common.didYouMean(`\`${guess}\``) }) };
}

export function members(content: Content): Message[] {
  const list = content.settings?.members;
  if (!list) return []; // k80.yaml itself has an error, reported by the loader
  const set = new Set(list);
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    for (const pattern of MUNICIPALITY_PLACES[entry.kind]) {
      for (const [path, name] of stringsAt(entry.data, pattern)) {
        if (set.has(name)) continue;
        const warning = notMember(name, list)!;
        out.push(message(entry.file, entry.source.locate(path), 'warning', 'municipality-not-member', warning.message,
          { path, ...(warning.suggestion === undefined ? {} : { candidate: closest(name, list)!, suggestion: warning.suggestion }) }));
      }
    }
  }
  return out;
}
