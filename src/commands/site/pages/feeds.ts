/** Pure: the Atom feed of new practices and sitemap.xml (both need absolute addresses: `--base-url`). */
import type { Entry } from '../../../content/types.js';
import { m } from '../../../i18n/index.js';
import { esc, PATHS } from './layout.js';

const t = m.site;

/** Base URL with exactly one trailing slash. */
export function normalBase(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The newest practices (by the day they were added to the repository, else their date) as Atom. Without a
 * base URL the links are relative to the feed (which sits at the site's top) and the ids are URNs.
 */
export function atomFeed(
  name: string,
  practices: ReadonlyArray<Entry<'practice'>>,
  added: ReadonlyMap<string, string>,
  baseUrl: string | undefined,
  limit = 50,
): string {
  const base = baseUrl === undefined ? '' : normalBase(baseUrl);
  const day = (p: Entry<'practice'>): string => added.get(p.id) ?? p.data.date;
  const newest = [...practices].sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : a.id < b.id ? -1 : 1)).slice(0, limit);
  const updated = newest[0] ? day(newest[0]) : '1970-01-01';
  const entries = newest
    .map((p) => {
      const link = `${base}${PATHS.practice(p.id)}`;
      return `<entry>
<title>${esc(p.data.title)}</title>
<id>${esc(base === '' ? `urn:k80:practice:${p.id}` : link)}</id>
<link rel="alternate" type="text/html" href="${esc(link)}"/>
<updated>${day(p)}T00:00:00Z</updated>
<author><name>${esc(p.data.municipality)}</name></author>
<summary>${esc(p.data.summary)}</summary>
</entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>${esc(t.feedTitle(name))}</title>
<id>${esc(base === '' ? 'urn:k80:practices' : `${base}${PATHS.feed}`)}</id>
${base === '' ? '' : `<link rel="self" href="${esc(`${base}${PATHS.feed}`)}"/>\n<link rel="alternate" type="text/html" href="${esc(`${base}${PATHS.catalogue}`)}"/>\n`}<updated>${updated}T00:00:00Z</updated>
<generator>k80</generator>
${entries}
</feed>
`;
}

/** sitemap.xml of every HTML page but the 404. */
export function sitemap(baseUrl: string, pages: readonly string[]): string {
  const base = normalBase(baseUrl);
  const urls = pages
    .filter((p) => p.endsWith('.html') && p !== PATHS.notFound)
    .map((p) => `<url><loc>${esc(base + (p === PATHS.home ? '' : p))}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}
