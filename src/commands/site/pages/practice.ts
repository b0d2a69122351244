/** Pure: a practice's page — every field, the sanitized body, contact, links and "laatst bijgewerkt". */
import { m } from '../../../i18n/index.js';
import type { Entry } from '../../../content/types.js';
import { isSafeUrl } from '../../report/render/note.js';
import type { SiteModel } from '../model.js';
import type { RenderedBody } from '../markdown.js';
import { esc, formatDate, page, rel, PATHS, type Shell } from './layout.js';
import { municipalityLink } from './parts.js';

const t = m.site;

export function practicePage(shell: Shell, model: SiteModel, p: Entry<'practice'>, body: RenderedBody): string {
  const from = PATHS.practice(p.id);
  const d = p.data;
  const themes = d.themes
    .map((id) => {
      const theme = model.themeById.get(id);
      return theme ? `<a href="${esc(rel(from, PATHS.theme(id)))}">${esc(theme.data.title)}</a>` : esc(id);
    })
    .join(', ');
  const updated = model.practiceUpdated.get(p.id);
  const tags = d.tags && d.tags.length > 0
    ? `<dt>${esc(t.tags)}</dt><dd><ul class="tags">${d.tags
        .map((tag) => `<li><a href="${esc(rel(from, PATHS.catalogue))}#tag=${encodeURIComponent(tag)}">${esc(tag)}</a></li>`)
        .join('')}</ul></dd>`
    : '';
  const contact = d.contact
    ? `<section aria-labelledby="contact"><h2 id="contact">${esc(t.contact)}</h2><p>${[
        d.contact.name ? esc(d.contact.name) : '',
        esc(d.contact.role),
        d.contact.municipality ? municipalityLink(from, model, d.contact.municipality) : '',
        d.contact.email ? `<a href="mailto:${esc(d.contact.email)}">${esc(d.contact.email)}</a>` : '',
      ].filter((x) => x !== '').join(', ')}</p></section>`
    : '';
  const links = (d.links ?? []).filter(isSafeUrl);
  const linkList = links.length > 0
    ? `<section aria-labelledby="links"><h2 id="links">${esc(t.links)}</h2><ul>${links
        .map((url) => `<li><a href="${esc(url)}" rel="noopener">${esc(url)}</a></li>`)
        .join('')}</ul></section>`
    : '';
  const main = `<p class="kicker">${esc(t.practiceKicker)}</p>
<h1>${esc(d.title)}</h1>
<p class="lead">${esc(d.summary)}</p>
<dl class="facts">
<dt>${esc(t.municipality)}</dt><dd>${municipalityLink(from, model, d.municipality)}</dd>
<dt>${esc(t.themes)}</dt><dd>${themes}</dd>
<dt>${esc(t.date)}</dt><dd><time datetime="${esc(d.date)}">${esc(formatDate(d.date))}</time></dd>
${tags}
${updated ? `<dt>${esc(t.updated)}</dt><dd><time datetime="${esc(updated)}">${esc(formatDate(updated))}</time></dd>` : ''}
</dl>
<div class="body">
${body.html}
</div>
${contact}
${linkList}
<p><a href="${esc(rel(from, PATHS.catalogue))}">${esc(t.backToCatalogue)}</a></p>`;
  return page(shell, { path: from, title: d.title, main, nav: 'catalogue' });
}
