/** The timelines and dates from the scripted history: one git log pass, renames followed. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusChanges, walkHistory } from '../../../src/commands/site/history.js';
import { timeline } from '../../../src/commands/site/pages/theme.js';
import { buildScripted, type Built } from './fixture.js';
import { cli, k80 } from '../../helpers/cli.js';

let built: Built;
beforeAll(async () => {
  built = await buildScripted('https://k80.example.org/agenda');
}, 60_000);
afterAll(() => built?.cleanup());

const page = (path: string): string => readFileSync(join(built.out, path), 'utf8');
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('k80 site on a scripted history', () => {
  it('shows an action planned → active → done with the dates from history and its Voortgang notes, in order', async () => {
    const html = page('themas/nabijheid.html');
    const start = html.indexOf('id="actie-gemeenschapsinitiatieven-op-de-kaart-zetten"');
    expect(start).toBeGreaterThan(0);
    const article = html.slice(start, html.indexOf('</article>', start));
    const events = [...article.matchAll(/<li class="event-(status|note)"><time datetime="([\d-]+)">[^<]*<\/time><div>([\s\S]*?)<\/div><\/li>/g)]
      .map((x) => `${x[2]} ${x[1]} ${text(x[3] ?? '').trim()}`);
    expect(events).toEqual([
      '2026-01-05 status Opgenomen met status Gepland',
      '2026-03-02 status Status: Gepland → Lopend',
      '2026-03-02 note Eerste kaart met twintig initiatieven gemaakt.',
      '2026-09-10 status Status: Lopend → Afgerond',
      '2026-09-10 note De kaart staat online.',
    ]);
    expect(text(article)).toContain('Beleidsadviseur, Asten');
  });

  it('dates a practice by its history, following a rename', async () => {
    const html = text(page('voorbeelden/asten-starterswoning.html'));
    expect(html).toContain('Laatst bijgewerkt 1 april 2026');
    const feed = page('feed.xml');
    // added under its old name on 20 February 2026: the rename does not make it new
    expect(feed).toMatch(/<title>Woning voor starters<\/title>\s*<id>https:\/\/k80\.example\.org\/agenda\/voorbeelden\/asten-starterswoning\.html<\/id>[\s\S]*?<updated>2026-02-20T00:00:00Z<\/updated>/);
  });

  it('builds the archive page of a terugkoppeling tag with the report renderer', async () => {
    const html = page('terugkoppelingen/terugkoppeling-2026-H1.html');
    expect(html).toContain('<title>Terugkoppeling K80: 1 januari 2026 – 30 juni 2026</title>');
    // the same page as `k80 report --format html` of that period
    const report = await cli(['report', '--period', '2026-H1', '--format', 'html'], { cwd: built.repo.dir });
    expect(report.code).toBe(0);
    expect(html).toBe(report.stdout);
    expect(text(page('terugkoppelingen/index.html'))).toContain('Terugkoppeling K80: 1 januari 2026 – 30 juni 2026');
    expect(page('index.html')).toContain('href="terugkoppelingen/terugkoppeling-2026-H1.html"');
  });

  it('writes the same site from the built tool, whose history and archive are read on a worker thread', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'k80-site-bin-'));
    try {
      const out = join(parent, 'site');
      const run = k80(['site', '--out', out, '--base-url', 'https://k80.example.org/agenda'], { cwd: built.repo.dir });
      expect(run.code).toBe(0);
      const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/')).sort();
      expect(files(out)).toEqual(files(built.out));
      // the accessibility statement carries the day it was made; the search script holds the stemmer's own
      // source text, which differs between the compiled tool and the tests' transformed src/
      for (const f of files(out).filter((f) => f !== 'toegankelijkheid.html' && f !== 'assets/zoeken.js')) expect(readFileSync(join(out, f), 'utf8'), f).toBe(page(f));
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('writes sitemap.xml with absolute addresses from --base-url, without the 404', async () => {
    const xml = page('sitemap.xml');
    expect(xml).toContain('<loc>https://k80.example.org/agenda/</loc>');
    expect(xml).toContain('<loc>https://k80.example.org/agenda/themas/nabijheid.html</loc>');
    expect(xml).not.toContain('404');
    expect(built.result.warnings).toEqual([]);
  });

  it('shows the topic with its assessment and the afwegingskader', async () => {
    const html = text(page('actueel.html'));
    expect(html).toContain('Glasvezel in het buitengebied');
    expect(html).toContain('Totaal (0–100) 72');
    expect(html).toContain('Oordeel Oppakken');
    expect(html).toContain('Raakt het onderwerp kleine gemeenten en hun kernen in het bijzonder?');
  });

  it('sanitizes a practice body: no script, no external image', async () => {
    const html = page('voorbeelden/vaals-mantelzorg.html');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('logo');
  });
});

describe('walking the log (pure)', () => {
  const commit = (time: number, files: Array<{ status: string; path: string; from?: string }>) => ({
    id: String(time), time, author: 'x', renames: [], files: files.map((f) => ({ oid: 'a'.repeat(40), ...f })),
  });
  it('follows renames backwards and ignores an earlier entry under a name that was deleted', async () => {
    const walked = walkHistory([
      commit(400, [{ status: 'M', path: 'agenda/practices/b.md' }]),
      commit(300, [{ status: 'R', from: 'agenda/practices/a.md', path: 'agenda/practices/b.md' }]),
      commit(200, [{ status: 'A', path: 'agenda/practices/a.md' }]),
      commit(150, [{ status: 'D', path: 'agenda/practices/a.md' }]),
      commit(100, [{ status: 'A', path: 'agenda/practices/a.md' }]),
    ], '');
    expect(walked.practiceAdded.get('b')).toBe('1970-01-01');
    expect([...walked.practiceAdded.keys()]).toEqual(['b']);
  });
  it('keeps only real status changes', async () => {
    expect(statusChanges([
      { day: '2026-01-01', status: 'planned' },
      { day: '2026-01-02', status: 'planned' },
      { day: '2026-01-03', status: undefined },
      { day: '2026-01-04', status: 'done' },
    ])).toEqual([{ day: '2026-01-01', from: null, to: 'planned' }, { day: '2026-01-04', from: 'planned', to: 'done' }]);
  });
  it('puts a status change before a note of the same day', async () => {
    const events = timeline([{ day: '2026-03-02', from: 'planned', to: 'active' }], '## Voortgang\n\n- 2026-03-02: Gestart.\n- 2026-01-01: Eerder.\n');
    expect(events.map((e) => `${e.day} ${e.kind}`)).toEqual(['2026-01-01 note', '2026-03-02 status', '2026-03-02 note']);
  });
});
