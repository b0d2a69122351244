/**
 * Pure: everything the site holds, as output path → text. The loaded agenda, its history, the archive's
 * rendered reports, the map's shapes and the search library's source come in; nothing is read or written here.
 */
import type { Content } from '../../content/load.js';
import { buildModel } from './model.js';
import type { SiteHistory } from './history.js';
import { renderBody } from './markdown.js';
import { PATHS, type Shell } from './pages/layout.js';
import { homePage } from './pages/home.js';
import { themePage } from './pages/theme.js';
import { practicePage } from './pages/practice.js';
import { municipalitiesPage, municipalityPage } from './pages/municipality.js';
import { topicsPage } from './pages/topics.js';
import { accessibilityPage, archivePage, notFoundPage, type ArchiveEntry } from './pages/static.js';
import { atomFeed, sitemap } from './pages/feeds.js';
import { cataloguePage, searchIndexScript, searchScript, SEARCH_FILES, type SearchDocument } from './pages/catalogue.js';
import type { MapMember, MapShape } from './pages/map.js';
import { SITE_STYLE } from './style.js';

export interface ArchiveReport extends ArchiveEntry {
  /** The report's own HTML page (`k80 report --format html` of that period). */
  html: string;
}

export interface SiteInput {
  content: Content;
  history: Pick<SiteHistory, 'statusChanges' | 'practiceUpdated' | 'practiceAdded'>;
  /** Newest first. */
  archive: readonly ArchiveReport[];
  shapes: readonly MapShape[];
  /** minisearch's browser build (UMD). */
  searchLibrary: string;
  baseUrl?: string | undefined;
  /** YYYY-MM-DD. */
  today: string;
}

export function buildSite(input: SiteInput): Map<string, string> {
  const model = buildModel(input.content, input.history);
  const shell: Shell = { name: model.name };
  const files = new Map<string, string>();
  const members: MapMember[] = model.members.map((mem) => ({ name: mem.name, slug: mem.slug, practices: mem.practices.length }));
  const latest = input.archive[0];

  files.set(PATHS.home, homePage(shell, model, input.shapes, members, latest));
  for (const theme of model.themes) files.set(PATHS.theme(theme.id), themePage(shell, model, theme));

  const docs: SearchDocument[] = [];
  for (const p of model.practices) {
    const body = renderBody(p.body);
    files.set(PATHS.practice(p.id), practicePage(shell, model, p, body));
    docs.push({ id: p.id, title: p.data.title, summary: p.data.summary, text: body.text, municipality: p.data.municipality, tags: (p.data.tags ?? []).join(' ') });
  }
  files.set(PATHS.catalogue, cataloguePage(shell, model));
  files.set(SEARCH_FILES.index, searchIndexScript(docs));
  files.set(SEARCH_FILES.script, searchScript());
  files.set(SEARCH_FILES.library, input.searchLibrary);

  files.set(PATHS.municipalities, municipalitiesPage(shell, input.shapes, members));
  for (const member of model.members) files.set(PATHS.municipality(member.slug), municipalityPage(shell, model, member));
  files.set(PATHS.topics, topicsPage(shell, model));
  files.set(PATHS.archive, archivePage(shell, input.archive));
  for (const report of input.archive) files.set(PATHS.report(report.tag), report.html);
  files.set(PATHS.accessibility, accessibilityPage(shell, input.today));
  files.set(PATHS.notFound, notFoundPage(shell, input.baseUrl));
  files.set(PATHS.css, SITE_STYLE);
  files.set(PATHS.feed, atomFeed(model.name, model.practices, model.practiceAdded, input.baseUrl));
  if (input.baseUrl !== undefined) files.set(PATHS.sitemap, sitemap(input.baseUrl, [...files.keys()]));
  return files;
}
