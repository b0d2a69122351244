/**
 * A member in k80.yaml that the map does not know (its CBS name `statnaam`, or its code such as `GM0743`):
 * a warning naming the nearest map name, because the member would be missing from the site's map.
 */
import { m } from '../../../i18n/index.js';
import { closest } from '../../../core/suggest.js';
import { didYouMean, message, START, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { AGENDA_DIR, SETTINGS_FILES } from '../../../content/kinds.js';
import type { CheckContext } from './types.js';
import { repoPath } from '../../../core/paths.js';

const FILE = repoPath(AGENDA_DIR, SETTINGS_FILES.settings);

export function mapMembers(content: Content, context: CheckContext): Message[] {
  const names = context.mapNames;
  const list = content.settings?.members;
  if (!names || names.length === 0 || !list) return [];
  const known = new Set<string>();
  for (const n of names) {
    known.add(n.name.toLowerCase());
    known.add(n.code.toLowerCase());
  }
  const source = content.sources.get(FILE);
  const out: Message[] = [];
  list.forEach((member, i) => {
    if (known.has(member.toLowerCase())) return;
    const guess = closest(member, names.map((n) => n.name));
    out.push(message(FILE, source?.locate(['members', i]) ?? START, 'warning', 'member-not-on-map', m.validate.notOnMap(member),
      { path: ['members', i], ...didYouMean(guess) }));
  });
  return out;
}
