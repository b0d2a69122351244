/**
 * Our own link checker: every relative href and src of every HTML page of the output resolves to a file of
 * the output (anchors too), and nothing points to another host except the links contributors gave.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScripted, type Built } from './fixture.js';

let built: Built;
beforeAll(async () => {
  built = await buildScripted();
}, 60_000);
afterAll(() => built?.cleanup());

function walk(dir: string, base = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = base === '' ? name : `${base}/${name}`;
    return statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), rel) : [rel];
  });
}

describe('links of the site', () => {
  it('every relative href and src resolves to a file (and its #anchor to an id) of the output', () => {
    const files = walk(built.out);
    const set = new Set(files);
    const ids = new Map<string, Set<string>>();
    const pages = files.filter((f) => f.endsWith('.html'));
    for (const p of pages) ids.set(p, new Set([...readFileSync(join(built.out, p), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((x) => x[1] ?? '')));
    const broken: string[] = [];
    let checked = 0;
    for (const p of pages) {
      if (p === '404.html') continue; // relative to the site's top wherever it is served; checked below
      const html = readFileSync(join(built.out, p), 'utf8');
      for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const value = (raw ?? '').replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(value)) continue;
        checked++;
        const [path = '', anchor] = value.split('#');
        const target = path === '' ? p : posix.normalize(posix.join(posix.dirname(p), path));
        if (!set.has(target)) broken.push(`${p}: ${attr}="${value}"`);
        else if (anchor && !anchor.includes('=') && target.endsWith('.html') && !ids.get(target)?.has(anchor)) broken.push(`${p}: #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'themas/nabijheid.html', 'voorbeelden/index.html', 'voorbeelden/asten-dorpsbudget.html', 'gemeenten/index.html', 'gemeenten/asten.html', 'actueel.html', 'terugkoppelingen/index.html', 'terugkoppelingen/terugkoppeling-2026-H1.html', 'toegankelijkheid.html', '404.html']));
  });

  it('loads nothing from another host: no absolute src, stylesheet or script', () => {
    for (const f of walk(built.out).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(built.out, f), 'utf8');
      expect(html, f).not.toMatch(/\ssrc="(https?:)?\/\//);
      expect(html, f).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
      expect(html, f).not.toMatch(/@import|url\((https?:)?\/\//);
    }
  });
});
