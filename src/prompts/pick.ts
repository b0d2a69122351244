/**
 * Pick one entry by typing part of its title (or id): the one picker of the tool, used by `k80 score`
 * without a topic and `k80 update` without an id. Pure apart from the prompt it asks through.
 */
import { m } from '../i18n/index.js';
import type { Choice, Prompter } from './index.js';

/** Lowercase, without accents: what typing in a search compares. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One entry that can be picked. */
export interface Pickable<T> {
  value: T;
  id: string;
  title: string;
  /** Shown below the list for the active entry (municipality, date, status). */
  description?: string;
}

/**
 * The entries whose title or id contains every word of `term` (case and accents ignored), in the given
 * order, shown as `title (id)`; nothing typed: all of them. Nothing found: a line saying so, which Enter
 * cannot pick.
 */
export function pickChoices<T>(items: ReadonlyArray<Pickable<T>>, term: string): Array<Choice<T | undefined>> {
  const words = fold(term).split(/\s+/).filter((w) => w !== '');
  const found = items.filter((x) => {
    const text = fold(`${x.title} ${x.id}`);
    return words.every((w) => text.includes(w));
  });
  if (found.length === 0) return [{ value: undefined, name: m.prompts.nothingFound(term.trim()), separator: true }];
  return found.map((x) => ({ value: x.value, name: `${x.title} (${x.id})`, ...(x.description ? { description: x.description } : {}) }));
}

/** Ask for one of `items` (there must be at least one): type to search, ↑↓ and Enter to pick. */
export async function pickOne<T>(p: Prompter, message: string, items: ReadonlyArray<Pickable<T>>): Promise<T> {
  const picked = await p.search<T | undefined>({ message, source: (term) => pickChoices(items, term) });
  // a separator line cannot be picked; the prompt never returns its value
  return picked as T;
}
