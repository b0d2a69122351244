/**
 * Pure: the shell every site page shares — `lang="nl"`, a skip link, header with the site's name and the main
 * navigation, one `main`, a footer — and the helpers the pages are written with: HTML escaping and relative
 * links (every link is relative to the page, so the site works under a sub-path and opened from disk).
 */
import { language, m } from '../../../i18n/index.js';

const t = m.site;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Escape text for HTML content and attribute values. */
export function esc(value: string | number): string {
  const text = String(value);
  // most texts have nothing to escape: one test, no copy
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c] ?? c) : text;
}

/** The relative URL from the page at `from` to the file `to` (both output paths, forward slashes). */
export function rel(from: string, to: string): string {
  let depth = 0;
  for (let at = from.indexOf('/'); at >= 0; at = from.indexOf('/', at + 1)) depth++;
  return depth === 0 ? to : `${'../'.repeat(depth)}${to}`;
}

import { PATHS } from '../paths.js';

export { PATHS };

export type NavKey = 'home' | 'catalogue' | 'municipalities' | 'topics' | 'archive';

export interface PageSpec {
  /** Output path of the page. */
  path: string;
  /** The document title (the site's name is added). */
  title: string;
  /** The page's HTML inside `main` (starting with its one h1). */
  main: string;
  nav?: NavKey;
  /** Scripts (output paths) loaded at the end of the body. */
  scripts?: readonly string[];
  /** Extra lines inside `head`. */
  head?: string;
}

export interface Shell {
  /** The network's name (K80). */
  name: string;
}

const NAV: ReadonlyArray<[NavKey, string, string]> = [
  ['home', PATHS.home, t.nav.home],
  ['catalogue', PATHS.catalogue, t.nav.catalogue],
  ['municipalities', PATHS.municipalities, t.nav.municipalities],
  ['topics', PATHS.topics, t.nav.topics],
  ['archive', PATHS.archive, t.nav.archive],
];

/** A whole page. */
export function page(shell: Shell, spec: PageSpec): string {
  const r = (to: string): string => esc(rel(spec.path, to));
  const nav = NAV.map(([key, to, label]) =>
    `<li><a href="${r(to)}"${key === spec.nav ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`).join('');
  const scripts = (spec.scripts ?? []).map((s) => `<script src="${r(s)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="k80">
<title>${esc(spec.title === shell.name ? spec.title : `${spec.title} – ${shell.name}`)}</title>
<link rel="stylesheet" href="${r(PATHS.css)}">
<link rel="alternate" type="application/atom+xml" title="${esc(t.feedTitle(shell.name))}" href="${r(PATHS.feed)}">
${spec.head ?? ''}</head>
<body>
<a class="skip-link" href="#inhoud">${esc(t.skipLink)}</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="${r(PATHS.home)}">${esc(shell.name)}</a></p>
<nav aria-label="${esc(t.navLabel)}"><ul>${nav}</ul></nav>
</div>
</header>
<main id="inhoud" tabindex="-1">
<div class="wrap">
${spec.main}
</div>
</main>
<footer class="colophon">
<div class="wrap">
<p>${esc(t.footer(shell.name))}</p>
<ul class="footer-links">
<li><a href="${r(PATHS.accessibility)}">${esc(t.accessibilityTitle)}</a></li>
<li><a href="${r(PATHS.feed)}">${esc(t.feedLink)}</a></li>
</ul>
</div>
</footer>
${scripts}
</body>
</html>
`;
}

/** `2026-07-01` → `1 juli 2026` (the report's formatting). */
export { formatDate } from '../../report/render/labels.js';
