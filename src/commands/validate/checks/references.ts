/**
 * References between entries: an action's `theme` and a practice's `themes[]` must name an existing theme.
 * "bedoelde je …?" also understands a theme's title or one of its aliases (`Wonen`, `Landelijk Gebied`).
 */
import { m } from '../../../i18n/index.js';
import { closest } from '../../../core/suggest.js';
import { message, type Message } from '../../../core/message.js';
import { slugify } from '../../../content/id.js';
import type { Content } from '../../../content/load.js';
import { parsedEntries, stringsAt } from './entries.js';

/** Where entries name a theme, per kind. */
const THEME_REFS = {
  action: [['theme']],
  practice: [['themes', '*']],
} as const;

export function references(content: Content): Message[] {
  const entries = parsedEntries(content);
  const themes = entries.filter((e) => e.kind === 'theme');
  const ids = new Set(themes.map((t) => t.id));
  // every theme file counts as existing, also one whose frontmatter has errors (it has its own messages)
  for (const file of content.sources.keys()) {
    const match = /^agenda\/themes\/([^/]+)\.md$/.exec(file);
    if (match) ids.add(match[1]!);
  }
  const known = [...ids].sort();
  const byName = new Map<string, string>();
  for (const t of themes) {
    for (const name of [t.data.title, ...(Array.isArray(t.data.aliases) ? t.data.aliases : [])]) {
      if (typeof name === 'string') byName.set(slugify(name), t.id);
    }
  }
  const suggest = (value: string): string | undefined => {
    const slug = slugify(value);
    if (ids.has(slug)) return slug;
    return byName.get(slug) ?? closest(value, known) ?? closest(slug, known);
  };

  const out: Message[] = [];
  for (const entry of entries) {
    const patterns = entry.kind === 'action' || entry.kind === 'practice' ? THEME_REFS[entry.kind] : [];
    for (const pattern of patterns) {
      for (const [path, value] of stringsAt(entry.data, pattern)) {
        if (ids.has(value)) continue;
        const guess = suggest(value);
        out.push(
          message(entry.file, entry.source.locate(path), 'error', 'ref-unknown-theme', m.validate.unknownTheme(value, known),
            guess === undefined ? undefined : m.common.didYouMean(`\`${guess}\``)),
        );
      }
    }
  }
  return out;
}
