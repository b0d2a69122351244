/** Pure: small pieces several site pages share (status badges, a practice in a list, a person's role). */
import type { ActionStatus, Entry, PersonRef } from '../../../content/types.js';
import { m } from '../../../i18n/index.js';
import { statusLabel } from '../../report/render/labels.js';
import type { SiteModel } from '../model.js';
import { esc, formatDate, rel, PATHS } from './layout.js';

const t = m.site;

export function statusBadge(status: ActionStatus): string {
  return `<span class="badge status-${esc(status)}">${esc(statusLabel(status))}</span>`;
}

/** A municipality's name, linked to its page when it is a member. */
export function municipalityLink(from: string, model: SiteModel, name: string): string {
  const member = model.memberByName.get(name);
  return member ? `<a href="${esc(rel(from, PATHS.municipality(member.slug)))}">${esc(name)}</a>` : esc(name);
}

/** "Beleidsadviseur, Asten" (a name only when the file gives one). */
export function person(from: string, model: SiteModel, ref: PersonRef): string {
  const parts = [ref.name, ref.role].filter((x): x is string => typeof x === 'string' && x !== '').map(esc);
  const who = parts.length > 0 ? `${parts.join(', ')}, ` : '';
  return `${who}${municipalityLink(from, model, ref.municipality)}`;
}

/** A practice in a list: title (linked), municipality, date and summary. */
export function practiceItem(from: string, model: SiteModel, p: Entry<'practice'>, headingLevel = 3): string {
  return `<li class="card">
<h${headingLevel} class="card-title"><a href="${esc(rel(from, PATHS.practice(p.id)))}">${esc(p.data.title)}</a></h${headingLevel}>
<p class="meta">${municipalityLink(from, model, p.data.municipality)} · <time datetime="${esc(p.data.date)}">${esc(formatDate(p.data.date))}</time></p>
<p>${esc(p.data.summary)}</p>
</li>`;
}

export function practiceList(from: string, model: SiteModel, list: ReadonlyArray<Entry<'practice'>>, headingLevel = 3): string {
  if (list.length === 0) return `<p class="muted">${esc(t.noPractices)}</p>`;
  return `<ul class="cards">\n${list.map((p) => practiceItem(from, model, p, headingLevel)).join('\n')}\n</ul>`;
}

/** "3 acties: 1 gepland, 2 lopend" */
export function actionCounts(actions: ReadonlyArray<Entry<'action'>>): string {
  const counts = new Map<ActionStatus, number>();
  for (const a of actions) counts.set(a.data.status, (counts.get(a.data.status) ?? 0) + 1);
  const order: ActionStatus[] = ['planned', 'active', 'done', 'dropped'];
  const parts = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s) ?? 0} ${statusLabel(s).toLowerCase()}`);
  return t.actionCount(actions.length, parts.join(', '));
}
