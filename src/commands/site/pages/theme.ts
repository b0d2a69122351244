/**
 * Pure: a theme's page — its text and central question, its actions in agenda order with status, lead and a
 * timeline (status changes dated from history, and the `## Voortgang` notes), and its practices.
 */
import { m } from '../../../i18n/index.js';
import type { Entry } from '../../../content/types.js';
import { sectionName, statusLabel, typeLabel } from '../../report/render/labels.js';
import { progressNotes } from '../../../content/sections.js';
import type { StatusChange } from '../history.js';
import type { SiteModel } from '../model.js';
import { renderBody, renderNote } from '../markdown.js';
import { esc, formatDate, page, PATHS, type Shell } from './layout.js';
import { person, practiceList, statusBadge } from './parts.js';

const t = m.site;

export interface TimelineEvent {
  day: string;
  /** HTML of the event's text. */
  html: string;
  kind: 'status' | 'note';
}

/** Pure: status changes and progress notes of one action as one timeline, oldest first (status before notes on a day). */
export function timeline(changes: readonly StatusChange[], body: string): TimelineEvent[] {
  const events: TimelineEvent[] = changes.map((c) => ({
    day: c.day,
    kind: 'status',
    html: esc(c.from === null ? t.statusStart(statusLabel(c.to)) : t.statusChange(statusLabel(c.from), statusLabel(c.to))),
  }));
  for (const note of progressNotes(body)) events.push({ day: note.date, kind: 'note', html: renderNote(note.text) });
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.kind === b.kind ? 0 : a.kind === 'status' ? -1 : 1));
}

/** The action's body without its `## Voortgang` section (the notes are in the timeline). */
function withoutProgress(body: string): string {
  const lines = body.split(/\r?\n/);
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    if (/^ {0,3}##[ \t]+voortgang[ \t]*#*[ \t]*$/i.test(line)) {
      skipping = true;
      continue;
    }
    if (skipping && /^ {0,3}#{1,2}(?:[ \t]|$)/.test(line)) skipping = false;
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

function actionBlock(from: string, model: SiteModel, a: Entry<'action'>): string {
  const events = timeline(model.statusChanges.get(a.id) ?? [], a.body);
  const list = events.length === 0
    ? `<p class="muted">${esc(t.noTimeline)}</p>`
    : `<ol class="timeline">\n${events
        .map((e) => `<li class="event-${e.kind}"><time datetime="${esc(e.day)}">${esc(formatDate(e.day))}</time><div>${e.html}</div></li>`)
        .join('\n')}\n</ol>`;
  const lead = a.data.lead ? `<dt>${esc(t.lead)}</dt><dd>${person(from, model, a.data.lead)}</dd>` : '';
  const body = renderBody(withoutProgress(a.body), 4).html;
  return `<article class="action" id="actie-${esc(a.id)}" aria-labelledby="titel-${esc(a.id)}">
<h3 id="titel-${esc(a.id)}">${esc(a.data.title)}</h3>
<dl class="facts">
<dt>${esc(t.status)}</dt><dd>${statusBadge(a.data.status)}</dd>
<dt>${esc(t.type)}</dt><dd>${esc(typeLabel(a.data.type))}</dd>
${lead}
</dl>
${body}
<h4>${esc(t.timeline)}</h4>
${list}
</article>`;
}

export function themePage(shell: Shell, model: SiteModel, theme: Entry<'theme'>): string {
  const from = PATHS.theme(theme.id);
  const actions = model.actionsByTheme.get(theme.id) ?? [];
  const practices = model.practicesByTheme.get(theme.id) ?? [];
  const question = theme.data.question ? `<p class="question"><strong>${esc(t.question)}</strong> ${esc(theme.data.question)}</p>` : '';
  const leads = [
    theme.data.portfolio_holder ? `<dt>${esc(t.portfolioHolder)}</dt><dd>${person(from, model, theme.data.portfolio_holder)}</dd>` : '',
    theme.data.official_lead ? `<dt>${esc(t.officialLead)}</dt><dd>${person(from, model, theme.data.official_lead)}</dd>` : '',
  ].join('');
  const main = `<p class="kicker">${esc(`${theme.data.section}. ${sectionName(theme.data.section)}`)}</p>
<h1>${esc(theme.data.title)}</h1>
<p class="lead">${esc(theme.data.tagline)}</p>
${leads === '' ? '' : `<dl class="facts">${leads}</dl>`}
${question}
<div class="body">
${renderBody(theme.body, 2).html}
</div>
<section aria-labelledby="acties">
<h2 id="acties">${esc(t.actionsHeading(actions.length))}</h2>
${actions.length === 0 ? `<p class="muted">${esc(t.noActions)}</p>` : actions.map((a) => actionBlock(from, model, a)).join('\n')}
</section>
<section aria-labelledby="voorbeelden">
<h2 id="voorbeelden">${esc(t.practicesHeading(practices.length))}</h2>
${practiceList(from, model, practices)}
</section>`;
  return page(shell, { path: from, title: theme.data.title, main, nav: 'home' });
}
