/**
 * Pure: the theme ids of a repository and the "bedoelde je …?" for a theme given by a near-miss, by its title
 * or by one of its aliases (`Wonen` → `wonen`, `Landelijk Gebied` → `landelijk-gebied`). Used by
 * `k80 validate` (references) and by `k80 list --theme`.
 */
import { closest } from '../core/suggest.js';
import { slugify } from './id.js';
import type { Content } from './load.js';
import { AGENDA_DIR, KIND_FOLDER } from './kinds.js';
import { repoFolder } from '../core/paths.js';

export interface ThemeIndex {
  /** Every theme file's id, also of a theme whose frontmatter has errors. */
  ids: ReadonlySet<string>;
  /** The ids, sorted. */
  known: readonly string[];
  /** The id meant by `value`, or undefined when nothing is close. */
  suggest(value: string): string | undefined;
}

const THEMES_PREFIX = repoFolder(AGENDA_DIR, KIND_FOLDER.theme);

export function themeIndex(content: Content): ThemeIndex {
  const ids = new Set<string>();
  const byName = new Map<string, string>();
  for (const [file, source] of content.sources) {
    if (!file.startsWith(THEMES_PREFIX)) continue;
    const c = content.entryIds.get(file);
    if (c === undefined || c.kind !== 'theme') continue;
    ids.add(c.id);
    const data = source.data as { title?: unknown; aliases?: unknown } | undefined;
    const names = [data?.title, ...(Array.isArray(data?.aliases) ? data.aliases : [])];
    for (const name of names) if (typeof name === 'string') byName.set(slugify(name), c.id);
  }
  const known = [...ids].sort();
  return {
    ids,
    known,
    suggest(value) {
      const slug = slugify(value);
      if (ids.has(slug)) return slug;
      return byName.get(slug) ?? closest(value, known) ?? closest(slug, known);
    },
  };
}
