/**
 * Pure: everything the site holds, as output path → text, one file after the other (so that a page can be
 * written and let go before the next is made); the archive's pages and the home page last, as the archive may
 * still be in the making. The loaded agenda, its history, the archive's rendered reports,
 * the map's shapes and the search library's source come in; nothing is read or written here.
 */
import type { Content } from '../../content/load.js';
import type { Entry } from '../../content/types.js';
import { buildModel, newestFirst } from './model.js';
import type { SiteHistory } from './history.js';
import { renderBody, type RenderedBody } from './markdown.js';
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

/** The search index's script over `practices` (in the site's order), from their rendered bodies. */
function searchIndex(practices: ReadonlyArray<Entry<'practice'>>, bodies: ReadonlyMap<string, RenderedBody>): string {
  const docs: SearchDocument[] = [...practices].sort(newestFirst).map((p) => ({
    id: p.id,
    title: p.data.title,
    summary: p.data.summary,
    text: (bodies.get(p.id) ?? renderBody(p.body)).text,
    municipality: p.data.municipality,
    tags: (p.data.tags ?? []).join(' '),
  }));
  return searchIndexScript(docs);
}

export interface SiteInput {
  content: Content;
  history: Pick<SiteHistory, 'statusChanges' | 'practiceUpdated' | 'practiceAdded'>;
  /** Newest first; awaited only after the other pages (it may still be in the making). */
  archive: readonly ArchiveReport[] | Promise<readonly ArchiveReport[]>;
  shapes: readonly MapShape[];
  /** The practices' bodies, rendered (by id); a missing one is rendered here. */
  bodies?: ReadonlyMap<string, RenderedBody> | undefined;
  /** minisearch's browser build (UMD). */
  searchLibrary: string;
  baseUrl?: string | undefined;
  /** YYYY-MM-DD. */
  today: string;
}

export async function* buildSite(input: SiteInput): AsyncGenerator<[string, string]> {
  const model = buildModel(input.content, input.history);
  const shell: Shell = { name: model.name };
  /** The paths made so far, for the sitemap. */
  const paths: string[] = [];
  const file = (path: string, text: string): [string, string] => {
    paths.push(path);
    return [path, text];
  };
  const members: MapMember[] = model.members.map((mem) => ({ name: mem.name, slug: mem.slug, practices: mem.practices.length }));
  // the home page links the latest terugkoppeling: it is made when the archive is there, but stays first in the sitemap
  paths.push(PATHS.home);

  for (const theme of model.themes) yield file(PATHS.theme(theme.id), themePage(shell, model, theme));

  for (const p of model.practices) {
    yield file(PATHS.practice(p.id), practicePage(shell, model, p, input.bodies?.get(p.id) ?? renderBody(p.body)));
  }
  yield file(PATHS.catalogue, cataloguePage(shell, model));
  yield file(SEARCH_FILES.script, searchScript());
  yield file(SEARCH_FILES.library, input.searchLibrary);

  yield file(PATHS.municipalities, municipalitiesPage(shell, input.shapes, members));
  for (const member of model.members) yield file(PATHS.municipality(member.slug), municipalityPage(shell, model, member));
  yield file(PATHS.topics, topicsPage(shell, model));
  // the search index last of what needs no archive: until here the archive's git work has the second core to itself
  yield file(SEARCH_FILES.index, searchIndex(input.content.entries.practice, input.bodies ?? new Map()));
  const archive = await input.archive;
  yield [PATHS.home, homePage(shell, model, input.shapes, members, archive[0])];
  yield file(PATHS.archive, archivePage(shell, archive));
  for (const report of archive) yield file(PATHS.report(report.tag), report.html);
  yield file(PATHS.accessibility, accessibilityPage(shell, input.today));
  yield file(PATHS.notFound, notFoundPage(shell, input.baseUrl));
  yield file(PATHS.css, SITE_STYLE);
  yield file(PATHS.feed, atomFeed(model.name, model.practices, model.practiceAdded, input.baseUrl));
  if (input.baseUrl !== undefined) yield file(PATHS.sitemap, sitemap(input.baseUrl, paths));
}
