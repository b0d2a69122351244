/**
 * The archive of terugkoppelingen: one report per `terugkoppeling-*` tag on the current line, built from
 * history with the report's own collector and HTML renderer — the same page as `k80 report --format html`
 * for that period (a half-year tag: that half year, as `--period`; a day tag: up to that day; another tag: up
 * to the tag).
 * Newest first. The reports share the site's one history pass and each other's parsed files.
 */
import { tagsMergedInto, tagsOnLine } from '../../git/log.js';
import { collect, type Shared } from '../report/collect.js';
import { LoadCache } from '../report/snapshot.js';
import { renderHtml } from '../report/render/html.js';
import { tagPeriodEnd, TAG_PREFIX } from '../report/period.js';
import { documentTitle } from '../report/render/document.js';
import type { ArchiveReport } from './build.js';
import type { SiteHistory } from './history.js';

/** A tag name usable as a file name of the site (tags may hold characters a file name may not). */
export function safeTag(name: string): boolean {
  return /^[A-Za-z0-9._-]+$/.test(name) && !name.startsWith('.');
}

export async function readArchive(root: string, top: string, line: SiteHistory['line'], signal?: AbortSignal): Promise<ArchiveReport[]> {
  const all = line ? tagsOnLine(top, TAG_PREFIX, line.commits) : tagsMergedInto(top, TAG_PREFIX, 'HEAD');
  const tags = all.filter((tag) => safeTag(tag.name));
  const shared: Shared | undefined = line && { head: line.head, line: line.commits, log: line.log, loaded: new LoadCache(), signal, tags: all };
  const one = async (tag: (typeof tags)[number]): Promise<ArchiveReport> => {
    const half = /^terugkoppeling-(\d{4}-H[12])$/.exec(tag.name)?.[1];
    const request = half !== undefined ? { period: half } : { to: tagPeriodEnd(tag.name) ?? tag.name };
    signal?.throwIfAborted();
    shared?.loaded.next();
    const { context } = await collect(root, request, shared);
    return { tag: tag.name, title: documentTitle(context), from: context.period.from, to: context.period.to, html: renderHtml(context) };
  };
  // one after the other, newest first: each start is the previous end, mostly parsed already
  const reports: ArchiveReport[] = [];
  for (const tag of tags) reports.push(await one(tag));
  return reports;
}
