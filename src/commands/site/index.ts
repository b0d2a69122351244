/**
 * `k80 site`: the agenda as a static website. `site()` reads the agenda (working tree), its history (one
 * git log pass) and the archive of terugkoppelingen, builds every page with the pure builders and writes the
 * folder as a whole (each page written as it is made); `main` reports what was written.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { m } from '../../i18n/index.js';
import { ContentError, UsageError } from '../../core/errors.js';
import { today as todayIn } from '../../core/today.js';
import { loadRepo } from '../../content/read.js';
import type { BaseOptions, Outcome } from '../types.js';
import type { SiteCliOptions } from './options.js';
import { background } from './background.js';
import { readTopology } from '../../content/geo.js';
import { mapShapes } from './pages/map.js';
import { buildSite } from './build.js';
import { renderBody } from './markdown.js';
import { writeSite } from './output.js';

export interface SiteOptions {
  root: string;
  /** Absolute output folder. */
  out: string;
  baseUrl?: string | undefined;
  /** YYYY-MM-DD, for the accessibility statement; defaults to today. */
  today?: string | undefined;
}

export interface SiteResult {
  out: string;
  files: number;
  pages: number;
  bytes: number;
  warnings: string[];
}

function checkBaseUrl(url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) throw new UsageError(m.site.badBaseUrl(url), m.site.badBaseUrlHint);
}

export async function site(options: SiteOptions): Promise<SiteResult> {
  checkBaseUrl(options.baseUrl);
  // git (history, then the archive) works beside this thread's reading and rendering; a failure here stops it
  // (no lingering git)
  const git = await background(options.root);
  try {
    const content = loadRepo(options.root);
    const errors = content.messages.filter((x) => x.severity === 'error');
    if (!content.settings) throw new ContentError(m.site.noSettings, m.site.contentHint);
    // all that needs no history first, while git works (the search index waits until the pages are made: build.ts)
    const bodies = new Map(content.entries.practice.map((p) => [p.id, renderBody(p.body)]));
    const shapes = mapShapes(readTopology());
    const require = createRequire(import.meta.url);
    // the browser build (UMD) beside the package's CommonJS entry (its `exports` do not name it)
    const searchLibrary = readFileSync(join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js'), 'utf8');
    const history = await git.history;
    const files = buildSite({
      content,
      history,
      archive: git.archive,
      bodies,
      shapes,
      searchLibrary,
      baseUrl: options.baseUrl,
      today: options.today ?? todayIn(),
    });
    const { paths, bytes } = await writeSite(options.root, options.out, files);
    const warnings = [...history.warnings];
    if (errors.length > 0) warnings.push(m.site.contentErrors(errors.length));
    if (options.baseUrl === undefined) warnings.push(m.site.noSitemap);
    return { out: options.out, files: paths.length, pages: paths.filter((f) => f.endsWith('.html')).length, bytes, warnings };
  } finally {
    await git.stop(); // a no-op when git is done
  }
}

export async function main(options: SiteCliOptions & BaseOptions): Promise<Outcome> {
  const result = await site({ root: options.root, out: resolve(options.cwd, options.out), baseUrl: options.baseUrl });
  const warnings = result.warnings.map((w) => `${m.common.warningPrefix} ${w}\n`).join('');
  return { stdout: `${m.site.written(result.out, result.pages, result.bytes)}\n`, stderr: warnings, exitCode: 0 };
}
