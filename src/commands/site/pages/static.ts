/** Pure: the archive's index, the accessibility statement and the 404 page. */
import { m } from '../../../i18n/index.js';
import { esc, formatDate, page, rel, PATHS, type Shell } from './layout.js';

const t = m.site;

export interface ArchiveEntry {
  tag: string;
  title: string;
  from: string;
  to: string;
}

/** Newest first. */
export function archivePage(shell: Shell, entries: readonly ArchiveEntry[]): string {
  const from = PATHS.archive;
  const list = entries.length === 0
    ? `<p class="muted">${esc(t.noReports)}</p>`
    : `<ul>${entries
        .map((e) => `<li><a href="${esc(rel(from, PATHS.report(e.tag)))}">${esc(e.title)}</a> <span class="muted">(${esc(t.periodRange(formatDate(e.from), formatDate(e.to)))})</span></li>`)
        .join('\n')}</ul>`;
  const main = `<h1>${esc(t.archiveTitle)}</h1>
<p class="lead">${esc(t.archiveLead)}</p>
${list}`;
  return page(shell, { path: from, title: t.archiveTitle, main, nav: 'archive' });
}

export function accessibilityPage(shell: Shell, today: string): string {
  const paragraphs = t.accessibilityText(shell.name, formatDate(today)).map((p) => `<p>${esc(p)}</p>`).join('\n');
  const main = `<h1>${esc(t.accessibilityTitle)}</h1>
${paragraphs}`;
  return page(shell, { path: PATHS.accessibility, title: t.accessibilityTitle, main });
}

/**
 * The 404 page. A forge serves it at any address, where relative links do not resolve: with a base URL its
 * links are absolute (a `base` element), without one they are relative to the site's top.
 */
export function notFoundPage(shell: Shell, baseUrl: string | undefined): string {
  const head = baseUrl === undefined ? '' : `<base href="${esc(baseUrl)}">\n`;
  const main = `<h1>${esc(t.notFoundTitle)}</h1>
<p>${esc(t.notFoundText)}</p>
<p><a href="${esc(rel(PATHS.notFound, PATHS.home))}">${esc(t.notFoundHome)}</a> · <a href="${esc(rel(PATHS.notFound, PATHS.catalogue))}">${esc(t.nav.catalogue)}</a></p>`;
  return page(shell, { path: PATHS.notFound, title: t.notFoundTitle, main, head });
}
