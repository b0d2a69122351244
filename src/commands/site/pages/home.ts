/** Pure: the home page — the agenda, its sections with the eight themes, the newest practices, the map. */
import { m } from '../../../i18n/index.js';
import type { Section } from '../../../content/types.js';
import { sectionName } from '../../report/render/labels.js';
import type { SiteModel } from '../model.js';
import { esc, formatDate, page, rel, PATHS, type Shell } from './layout.js';
import { actionCounts, practiceList } from './parts.js';
import { mapFigure, type MapMember, type MapShape } from './map.js';

const t = m.site;

export interface ArchiveLink {
  tag: string;
  title: string;
}

export function homePage(shell: Shell, model: SiteModel, shapes: readonly MapShape[], members: readonly MapMember[], latest: ArchiveLink | undefined): string {
  const from = PATHS.home;
  const sections = (['A', 'B', 'C'] as Section[])
    .map((section) => {
      const themes = model.themes.filter((th) => th.data.section === section);
      if (themes.length === 0) return '';
      const cards = themes
        .map((th) => {
          const actions = model.actionsByTheme.get(th.id) ?? [];
          const practices = model.practicesByTheme.get(th.id)?.length ?? 0;
          return `<li class="card">
<h3 class="card-title"><a href="${esc(rel(from, PATHS.theme(th.id)))}">${esc(th.data.title)}</a></h3>
<p>${esc(th.data.tagline)}</p>
<p class="meta">${esc(actionCounts(actions))} · ${esc(t.practiceCount(practices))}</p>
</li>`;
        })
        .join('\n');
      return `<section aria-labelledby="sectie-${section}">
<h2 id="sectie-${section}">${esc(`${section}. ${sectionName(section)}`)}</h2>
<ul class="cards">
${cards}
</ul>
</section>`;
    })
    .join('\n');
  const newest = model.practices.slice(0, 6);
  const latestHtml = latest
    ? `<p><a href="${esc(rel(from, PATHS.report(latest.tag)))}">${esc(latest.title)}</a> · <a href="${esc(rel(from, PATHS.archive))}">${esc(t.allReports)}</a></p>`
    : `<p class="muted">${esc(t.noReports)}</p>`;
  const main = `<h1>${esc(model.agendaTitle || model.name)}</h1>
<p class="lead">${esc(t.homeLead(model.name, model.adopted === '' ? '' : formatDate(model.adopted)))}</p>
<div id="themas">
${sections}
</div>
<section aria-labelledby="nieuwste">
<h2 id="nieuwste">${esc(t.newestPractices)}</h2>
${practiceList(from, model, newest)}
<p><a href="${esc(rel(from, PATHS.catalogue))}">${esc(t.allPractices(model.practices.length))}</a></p>
</section>
<section aria-labelledby="leden">
<h2 id="leden">${esc(t.membersHeading)}</h2>
${mapFigure(from, shapes, members)}
<p><a href="${esc(rel(from, PATHS.municipalities))}">${esc(t.membersLink)}</a></p>
</section>
<section aria-labelledby="laatste-terugkoppeling">
<h2 id="laatste-terugkoppeling">${esc(t.latestReport)}</h2>
${latestHtml}
</section>`;
  return page(shell, { path: from, title: model.agendaTitle || model.name, main, nav: 'home' });
}
