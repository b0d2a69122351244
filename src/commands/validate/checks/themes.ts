/** The themes as an agenda: every theme its own `order`, and the sections A, B, C in that order. */
import { m } from '../../../i18n/index.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { parsedEntries } from './entries.js';

export function themes(content: Content): Message[] {
  const out: Message[] = [];
  // Stryker disable StringLiteral: any text in place of '' for a section that is no string fails ^[ABC]$ just the same
  const list = parsedEntries(content)
    .filter((e) => e.kind === 'theme' && Number.isInteger(e.data.order))
    .map((e) => ({ entry: e, order: e.data.order as number, section: typeof e.data.section === 'string' ? e.data.section : '' }));
  // Stryker restore StringLiteral
  const byOrder = new Map<number, string>();
  for (const t of list) {
    const first = byOrder.get(t.order);
    if (first === undefined) byOrder.set(t.order, t.entry.file);
    else {
      out.push(message(t.entry.file, t.entry.source.locate(['order']), 'error', 'theme-order-duplicate',
        m.validate.orderDuplicate(t.order, first), { path: ['order'] }));
    }
  }
  // a theme of section A after one of section B: the agenda's sections are A, B, C in that order
  const sorted = list.filter((t) => /^[ABC]$/.test(t.section)).sort((a, b) => a.order - b.order);
  let highest: (typeof sorted)[number] | undefined;
  for (const t of sorted) {
    if (highest && t.section < highest.section) {
      out.push(message(t.entry.file, t.entry.source.locate(['order']), 'warning', 'theme-section-order',
        m.validate.sectionOrder(t.section, t.order, highest.entry.file, highest.section), { path: ['order'] }));
    }
    if (!highest || t.section >= highest.section) highest = t;
  }
  return out;
}
