/** Pure: the rows of `k80 list` as Dutch text for the terminal, or as JSON. */
import { m } from '../../i18n/index.js';
import { printable } from '../../core/printable.js';
import { PLAIN, type Style } from '../../core/style.js';
import type { ListResult } from './list.js';
import { ACTION_STATUSES, type ActionRow, type PracticeRow, type ThemeRow, type TopicRow } from './rows.js';

const L = m.common.labels;

export function renderJson(result: ListResult): string {
  return JSON.stringify(result.rows, null, 2) + '\n';
}

export function renderText(result: ListResult, options: { style?: Style } = {}): string {
  const c = options.style ?? PLAIN;
  const p = printable;
  let body: string;
  if (result.rows.length === 0) return `${result.filtered ? m.list.noneMatch : m.list.empty[result.kind]}\n`;
  const titles = new Map(result.themes.map((t) => [t.id, t.title]));
  const themeName = (id: string): string => p(titles.get(id) ?? id);
  switch (result.kind) {
    case 'themes': {
      const rows = result.rows as ThemeRow[];
      const summary = m.list.themesSummary(result.themes.length, result.totals.actions, result.totals.practices);
      const head = `${c.bold(p(result.title ?? m.list.agendaTitle))} (${summary})\n\n`;
      body = head + rows.map((t) => {
        const counts = ACTION_STATUSES.filter((s) => t.actions[s] > 0).map((s) => m.list.countOf(L.status[s], t.actions[s]));
        return `${t.section}${t.order}  ${c.bold(p(t.title))} — ${p(t.tagline)}\n` +
          `${' '.repeat(String(t.order).length + 3)}${m.list.themeCounts(counts.length > 0 ? counts.join(', ') : m.list.noActions, t.practices)}\n`;
      }).join('');
      break;
    }
    case 'actions': {
      const rows = result.rows as ActionRow[];
      // themes in agenda order; an action naming an unknown theme comes last, under that name
      const order = result.themes.map((t) => t.id);
      for (const r of rows) if (!order.includes(r.theme)) order.push(r.theme);
      const groups: string[] = [];
      for (const id of order) {
        const inTheme = rows.filter((r) => r.theme === id);
        if (inTheme.length === 0) continue;
        const t = result.themes.find((x) => x.id === id);
        let group = `${t ? `${t.section}${t.order}  ` : ''}${c.bold(themeName(id))}\n`;
        for (const r of inTheme) {
          const facts = [L.type[r.type], L.status[r.status], ...(r.municipality ? [p(r.municipality)] : []), r.id];
          group += `  - ${p(r.title)}\n    ${c.dim(facts.join(' · '))}\n`;
        }
        groups.push(group);
      }
      body = groups.join('\n');
      break;
    }
    case 'practices':
      body = (result.rows as PracticeRow[]).map((r) =>
        `${r.date}  ${c.bold(p(r.title))}\n${' '.repeat(12)}${c.dim([p(r.municipality), r.themes.map(themeName).join(', '), r.id].join(' · '))}\n`).join('');
      break;
    case 'topics':
      body = (result.rows as TopicRow[]).map((r) => {
        const facts = [L.topicStatus[r.status], p(r.municipality)];
        if (r.total !== undefined) facts.push(m.list.total(r.total));
        if (r.verdict !== undefined) facts.push(L.verdict[r.verdict]);
        return `${r.date}  ${c.bold(p(r.title))}\n${' '.repeat(12)}${c.dim([...facts, r.id].join(' · '))}\n`;
      }).join('');
      break;
  }
  const shown = m.list.count[result.kind](result.rows.length);
  if (!result.filtered) return result.kind === 'themes' ? body : `${body}\n${m.list.countAll(shown)}\n`; // themes: counted in the heading
  return `${body}\n${m.list.countFiltered(shown, result.total)}\n`;
}
