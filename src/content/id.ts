/**
 * Pure: ids from titles. An id is lowercase ASCII kebab-case (`[a-z0-9-]`), at most 60 characters, never
 * empty and never a name Windows reserves, so that it can always be a file name inside its kind's folder.
 */
import { ID_MAX_LENGTH, WINDOWS_RESERVED } from './kinds.js';

/** Letters that Unicode decomposition (NFKD) does not fold to ASCII. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  '&': ' en ',
  '+': ' plus ',
};

/** Fold a text to lowercase ASCII words separated by single hyphens (possibly empty, not cut). */
function fold(text: string): string {
  const decomposed = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return Array.from(decomposed, (c) => FOLD[c] ?? c)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // the step before leaves at most one hyphen at either end
}

/** Cut `id` to at most `max` characters, on a word (hyphen) boundary when there is one. */
function cut(id: string, max: number): string {
  if (id.length <= max) return id;
  // a folded id has single hyphens between words only, so the cut never leaves one at the end
  const boundary = id.lastIndexOf('-', max);
  return boundary === -1 ? id.slice(0, max) : id.slice(0, boundary);
}

/** `con` → `con-1`: a reserved Windows device name gets a suffix. */
function unreserve(id: string): string {
  return WINDOWS_RESERVED.has(id) ? `${id}-1` : id;
}

/**
 * The id for a title: diacritics folded (`Financiën` → `financien`), lowercase kebab-case, at most 60
 * characters cut on a word boundary, never a Windows reserved name. A title without any letter or digit
 * gets `fallback` (itself slugified; `item` when that is empty too).
 */
export function slugify(title: string, fallback?: string): string {
  let id = cut(fold(title), ID_MAX_LENGTH);
  if (id === '') id = cut(fold(fallback ?? ''), ID_MAX_LENGTH) || 'item';
  return unreserve(id);
}

/**
 * `base` when it is not in `existing`, else `base-2`, `base-3`, …, each cut so that the id stays within
 * 60 characters. Compared case-insensitively (Windows and macOS file systems are).
 */
export function uniqueId(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const e of existing) taken.add(e.toLowerCase());
  const start = slugify(base); // a valid id slugifies to itself
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const head = start.slice(0, ID_MAX_LENGTH - suffix.length).replace(/-$/, ''); // a valid id has single hyphens
    const candidate = `${head}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
