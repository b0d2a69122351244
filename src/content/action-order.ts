/** Pure: the one order of actions within a theme, used by `list` and the report. */

const collator = new Intl.Collator('nl');

/** By `order` (the agenda's "Wat gaan we doen?" order; actions without one last), then by title, then by id. */
export function byActionOrder(
  a: { order?: number | undefined; title: string; id: string },
  b: { order?: number | undefined; title: string; id: string },
): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
