import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Element } from 'hast';
import { COLORS, practicesChart, statusChart } from '../../../../src/commands/report/render/charts.js';
import { themeFigures } from '../../../../src/commands/report/render/document.js';
import { emptyContext, fixtureContext } from './fixture.js';

const toHtml = (element: Element) => unified().use(rehypeStringify).stringify({ type: 'root', children: [element] });

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('charts', () => {
  const figures = themeFigures(fixtureContext());
  const status = toHtml(statusChart(figures));
  const practices = toHtml(practicesChart(figures));

  it('are accessible images with a title, a description holding every figure, and a caption', () => {
    expect(status).toContain('<figcaption>Figuur 1. Acties naar status per thema</figcaption>');
    expect(status).toContain('role="img" aria-labelledby="grafiek-acties-titel" aria-describedby="grafiek-acties-beschrijving"');
    expect(status).toContain('<title id="grafiek-acties-titel">Acties naar status per thema</title>');
    expect(status).toContain('Krachtige en vitale kernen: 3 gepland, 1 lopend, 0 afgerond, 0 vervallen.');
    expect(practices).toContain('<figcaption>Figuur 2. Nieuwe goede voorbeelden per thema</figcaption>');
    expect(practices).toContain('<title id="grafiek-voorbeelden-titel">Nieuwe goede voorbeelden per thema</title>');
    expect(practices).toContain('Sociaal Domein: 1. Landelijk Gebied: 0.');
  });

  it('draw one bar row per theme, with a legend and a pattern per status', () => {
    for (const label of ['Gepland', 'Lopend', 'Afgerond', 'Vervallen']) expect(status).toContain(`>${label}</text>`);
    for (const id of ['planned', 'active', 'dropped']) expect(status).toContain(`<pattern id="grafiek-acties-patroon-${id}"`);
    // two drawings of the same figures: wide (screen and paper) and narrow (phones), 8 themes each
    expect(status.match(/<g class="bar">/g)).toHaveLength(16);
    expect(practices.match(/<g class="bar">/g)).toHaveLength(16);
    expect(status.match(/<svg [^>]*class="(wide|narrow)"[^>]*viewBox="0 0 (\d+) \d+"/g)?.map((svg) => /class="(\w+)".*viewBox="0 0 (\d+)/.exec(svg)?.slice(1).join(' '))).toEqual(['wide 880', 'narrow 360']);
    // Krachtige en vitale kernen: 3 planned + 1 active, total 4 at the end of the bar
    expect(status).toMatch(/>Krachtige en vitale kernen<\/text><rect [^>]*fill="url\(#grafiek-acties-patroon-planned\)"[^>]*><\/rect><text [^>]*>3<\/text><rect [^>]*fill="url\(#grafiek-acties-patroon-active\)"[^>]*><\/rect><text [^>]*>1<\/text><text [^>]*>4<\/text><\/g>/);
  });

  it('use fixed ids, no random ones', () => {
    const ids = [...status.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      'grafiek-acties',
      'grafiek-acties-titel',
      'grafiek-acties-beschrijving',
      'grafiek-acties-patroon-planned',
      'grafiek-acties-patroon-active',
      'grafiek-acties-patroon-dropped',
      'grafiek-acties-smal-titel',
      'grafiek-acties-smal-beschrijving',
      'grafiek-acties-smal-patroon-planned',
      'grafiek-acties-smal-patroon-active',
      'grafiek-acties-smal-patroon-dropped',
    ]);
  });

  it('use colours with enough contrast', () => {
    // graphics against white ≥ 3:1; white counts on the filled segments ≥ 4.5:1
    for (const fill of [COLORS.accent, COLORS.accentMid, COLORS.grey, COLORS.dots]) {
      expect(contrast(fill, COLORS.white)).toBeGreaterThanOrEqual(4.5);
    }
    // dark counts and labels on white and on the open pattern's lines
    expect(contrast(COLORS.ink, COLORS.white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLORS.ink, COLORS.hatch)).toBeGreaterThanOrEqual(4.5);
  });

  it('draw an empty period without dividing by zero', () => {
    const empty = toHtml(statusChart(themeFigures(emptyContext())));
    expect(empty).not.toContain('NaN');
    expect(empty).not.toContain('Infinity');
    expect(empty).toContain('Wendbaarheid: 0 gepland, 0 lopend, 0 afgerond, 0 vervallen.');
  });
});
