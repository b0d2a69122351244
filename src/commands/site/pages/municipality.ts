/** Pure: the members' overview (map and table) and a page per member municipality. */
import { m } from '../../../i18n/index.js';
import type { SiteMember, SiteModel } from '../model.js';
import { esc, page, rel, PATHS, type Shell } from './layout.js';
import { practiceList, statusBadge } from './parts.js';
import { mapFigure, mapTable, type MapMember, type MapShape } from './map.js';
import { verdictLabel, topicStatusLabel } from '../../report/render/labels.js';

const t = m.site;

export function municipalitiesPage(shell: Shell, shapes: readonly MapShape[], members: readonly MapMember[]): string {
  const from = PATHS.municipalities;
  const main = `<h1>${esc(t.municipalitiesTitle)}</h1>
<p class="lead">${esc(t.municipalitiesLead(members.length))}</p>
<div class="map-layout">
${mapFigure(from, shapes, members)}
${mapTable(from, members, t.map.tableCaption)}
</div>`;
  return page(shell, { path: from, title: t.municipalitiesTitle, main, nav: 'municipalities' });
}

export function municipalityPage(shell: Shell, model: SiteModel, member: SiteMember): string {
  const from = PATHS.municipality(member.slug);
  const actions = member.actions.length === 0
    ? `<p class="muted">${esc(t.noLeadActions)}</p>`
    : `<ul>${member.actions
        .map((a) => `<li><a href="${esc(rel(from, PATHS.theme(a.data.theme)))}#actie-${esc(a.id)}">${esc(a.data.title)}</a> ${statusBadge(a.data.status)}</li>`)
        .join('')}</ul>`;
  const topics = member.topics.length === 0
    ? `<p class="muted">${esc(t.noRaisedTopics)}</p>`
    : `<ul>${member.topics
        .map((tp) => {
          const verdict = tp.data.assessment ? ` · ${esc(verdictLabel(tp.data.assessment.verdict))}` : '';
          return `<li><a href="${esc(rel(from, PATHS.topics))}#onderwerp-${esc(tp.id)}">${esc(tp.data.title)}</a> (${esc(topicStatusLabel(tp.data.status))}${verdict})</li>`;
        })
        .join('')}</ul>`;
  const main = `<p class="kicker">${esc(t.memberKicker)}</p>
<h1>${esc(member.name)}</h1>
<section aria-labelledby="voorbeelden">
<h2 id="voorbeelden">${esc(t.practicesHeading(member.practices.length))}</h2>
${practiceList(from, model, member.practices)}
</section>
<section aria-labelledby="acties">
<h2 id="acties">${esc(t.leadActions)}</h2>
${actions}
</section>
<section aria-labelledby="onderwerpen">
<h2 id="onderwerpen">${esc(t.raisedTopics)}</h2>
${topics}
</section>
<p><a href="${esc(rel(from, PATHS.municipalities))}">${esc(t.backToMunicipalities)}</a></p>`;
  return page(shell, { path: from, title: member.name, main, nav: 'municipalities' });
}
