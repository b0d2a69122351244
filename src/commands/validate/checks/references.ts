/**
 * References between entries: an action's `theme` and a practice's `themes[]` must name an existing theme.
 * "bedoelde je …?" also understands a theme's title or one of its aliases (`Wonen`, `Landelijk Gebied`).
 */
import { m } from '../../../i18n/index.js';
import { didYouMean, message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { themeIndex } from '../../../content/theme-index.js';
import { parsedEntries, stringsAt } from './entries.js';

/** Where entries name a theme, per kind. */
const THEME_REFS = {
  action: [['theme']],
  practice: [['themes', '*']],
} as const;

export function references(content: Content): Message[] {
  const themes = themeIndex(content);
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    // Stryker disable next-line ArrayDeclaration: a stray string as a pattern is a path of its letters, which no entry of another kind has
    const patterns = entry.kind === 'action' || entry.kind === 'practice' ? THEME_REFS[entry.kind] : [];
    for (const pattern of patterns) {
      for (const [path, value] of stringsAt(entry.data, pattern)) {
        if (themes.ids.has(value)) continue;
        const guess = themes.suggest(value);
        out.push(
          message(entry.file, entry.source.locate(path), 'error', 'ref-unknown-theme', m.validate.unknownTheme(value, themes.known),
            { path, ...didYouMean(guess) }),
        );
      }
    }
  }
  return out;
}
