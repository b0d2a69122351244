import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../src/commands/report/render/html.js';
import { IMG_ONERROR, emptyContext, fixtureContext, hostileContext } from './fixture.js';

const html = renderHtml(fixtureContext());

describe('renderHtml: one self-contained, accessible page', () => {
  it('is a Dutch HTML document with landmarks', () => {
    expect(html.startsWith('<!doctype html><html lang="nl"><head><meta charset="utf-8">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).toContain('<title>Terugkoppeling K80: 1 januari 2026 – 30 juni 2026</title>');
    for (const landmark of ['<header', '<nav class="toc" aria-label="Inhoud"', '<main id="inhoud"', '<footer']) {
      expect(html).toContain(landmark);
    }
    expect(html.match(/<main[\s>]/g)).toHaveLength(1);
  });

  it('loads nothing and runs nothing: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|url\((?!#)/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
  });

  it('gives every table a caption and scoped header cells', () => {
    const tables = html.match(/<table[^>]*>/g) ?? [];
    expect(tables).toHaveLength(11);
    expect(html.match(/<table[^>]*><caption>[^<]+<\/caption>/g)).toHaveLength(11);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
    expect(html).toContain('<caption>Acties bij het thema Nabijheid</caption>');
  });

  it('shows statuses, changes and verdicts in Dutch', () => {
    expect(html).toContain('<span class="badge status-done">Afgerond</span>');
    expect(html).toContain('<span class="changed">Gepland → Lopend</span>');
    expect(html).toContain('<span class="changed">Nieuw (Gepland)</span>');
    expect(html).toContain('<span class="badge verdict-take-up">Oppakken</span>');
    expect(html).toContain('<a href="https://k80.example.nl/voorbeelden/dorpsbudgetten-ameland.html"><strong>Dorpsbudgetten op Ameland</strong></a> (Ameland, 12 februari 2026)');
    // a link that shows its own address is marked, so that print does not repeat the address after it
    expect(html).toContain('Contact: beleidsadviseur wonen, <a href="mailto:wonen@ameland.example" class="address">wonen@ameland.example</a>');
    expect(html).toContain('a[href^="http"]:not(.address)::after, a[href^="mailto"]:not(.address)::after');
  });

  it('includes both charts with their text equivalent, and the print rules for A4', () => {
    expect(html).toContain('<figure class="chart" id="grafiek-acties">');
    expect(html).toContain('<figure class="chart" id="grafiek-voorbeelden">');
    expect(html.indexOf('id="grafiek-voorbeelden"')).toBeLessThan(html.indexOf('<caption>Acties naar status en nieuwe goede voorbeelden per thema'));
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    // no forced page break per agenda section or theme in print (half-empty pages); only the appendix starts a page
    expect(html.match(/<section class="part new-page"><h2 id="([^"]+)"/g)).toEqual(['<section class="part new-page"><h2 id="wijzigingen"']);
    // on a narrow screen the actions stack: every cell names its column
    expect(html).toContain('<td align="left" data-label="Soort">Lobby / belangenbehartiging</td>');
  });

  it('renders an empty period: the charts stay, the warnings section goes', () => {
    const empty = renderHtml(emptyContext());
    expect(empty).toContain('Geen nieuwe goede voorbeelden in deze periode.');
    expect(empty).toContain('<figure class="chart" id="grafiek-acties">');
    expect(empty).not.toContain('id="waarschuwingen"');
  });
});

describe('renderHtml: sanitizing contributor content', () => {
  const hostile = renderHtml(hostileContext());

  it('contains no live script, no javascript: link and no event handler', () => {
    expect(hostile).not.toContain('<script');
    expect(hostile).not.toMatch(/javascript:/i);
    expect(hostile).not.toContain('onerror=');
    expect(hostile).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(hostile).not.toMatch(/<(img|iframe|div onmouseover)[\s>]/i);
    expect(hostile).not.toContain('evil.example');
    expect(hostile).not.toContain(IMG_ONERROR);
  });

  it('keeps plain-text titles and names visible, escaped', () => {
    const escaped = '&#x3C;script>alert(1)&#x3C;/script>';
    for (const text of [' Thorbecke', ' Nabijheid', ' praktijk', ' onderwerp', ' Hofstede', ' wijziging', ' waarschuwing', ' Agenda']) {
      expect(hostile).toContain(`${escaped}${text}`);
    }
    expect(hostile).toContain(`<title>Terugkoppeling K80: 1 januari 2026 – 30 juni 2026</title>`);
  });

  it('keeps the safe part of a note', () => {
    const start = hostile.indexOf('<strong>1 maart 2026:</strong>');
    const note = hostile.slice(start, hostile.indexOf('</li>', start));
    expect(note).toBe(
      '<strong>1 maart 2026:</strong> Voor alert(1) na x en  en vet en a.</p>\n' +
        // a destination with a tab is no link in CommonMark: it stays inert text
        '<p>plaatje verwijzing JaVaScRiPt [tab](java\tscript:alert(6))</p>\n' +
        '<p><a href="https://example.org/goed">goed</a></p>\n',
    );
  });

  it('escapes a title that looks like an image with an event handler', () => {
    const ctx = fixtureContext();
    ctx.themes[0]!.actions[0]!.title = IMG_ONERROR;
    const out = renderHtml(ctx);
    expect(out).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/<img[\s>]/);
  });
});
