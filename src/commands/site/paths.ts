/** Pure: where the site's pages live in its output (forward slashes; also the web addresses below `site` in k80.yaml). */
/** One function per page type, so links, files and the report's links to the site agree. */
export const PATHS = {
  home: 'index.html',
  theme: (id: string) => `themas/${id}.html`,
  catalogue: 'voorbeelden/index.html',
  practice: (id: string) => `voorbeelden/${id}.html`,
  municipalities: 'gemeenten/index.html',
  municipality: (slug: string) => `gemeenten/${slug}.html`,
  topics: 'actueel.html',
  archive: 'terugkoppelingen/index.html',
  report: (tag: string) => `terugkoppelingen/${tag}.html`,
  accessibility: 'toegankelijkheid.html',
  notFound: '404.html',
  feed: 'feed.xml',
  sitemap: 'sitemap.xml',
  css: 'assets/site.css',
} as const;
