/**
 * The DOCX writer, read back (fflate + an XML parse of word/document.xml): Word heading styles in the
 * document's order, tables with a repeated header row and a caption, bulleted lists, the charts as SVG
 * with a PNG beside them and their alt text, Dutch as the language, the page number in the footer; hostile
 * content stays text and unsafe links are gone.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from '../../../../src/commands/report/render/docx.js';
import { buildDocument } from '../../../../src/commands/report/render/document.js';
import { findAll, parseXml, textOf, type XmlElement } from '../../../helpers/xml.js';
import { SCRIPT, fixtureContext, hostileContext } from './fixture.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const THEMES = ['Nabijheid', 'Krachtige en vitale kernen', 'Wonen', 'Sociaal Domein', 'Landelijk Gebied', 'Financiën', 'Eigentijds werkgeverschap', 'Wendbaarheid'];

const styleOf = (p: XmlElement): string | undefined => findAll(p, 'w:pStyle')[0]?.attributes['w:val'];

describe('renderDocx', async () => {
  const files = unzipSync(await renderDocx(fixtureContext(), { now: NOW }));
  const xml = (name: string) => parseXml(strFromU8(files[name]!));
  const document = xml('word/document.xml');
  const paragraphs = findAll(document, 'w:p');

  it('headings are Word heading styles: the title, every section, every theme in agenda order', () => {
    const headings = paragraphs.filter((p) => /^(Heading\d|TerugkoppelingTitel)$/.test(styleOf(p) ?? '')).map((p) => [styleOf(p), textOf(p)]);
    expect(headings[0]).toEqual(['TerugkoppelingTitel', 'Terugkoppeling K80: 1 januari 2026 – 30 juni 2026']);
    expect(headings.filter(([style]) => style === 'Heading2').map(([, text]) => text)).toEqual(buildDocument(fixtureContext()).sections.map((s) => s.title));
    expect(headings.filter(([style, text]) => style === 'Heading3' && THEMES.includes(text!)).map(([, text]) => text)).toEqual(THEMES);
    // the secretary's foreword first, its highlights as a list
    expect(headings[1]).toEqual(['Heading2', 'Een voorjaar vol voorbeelden']);
    const bulleted = paragraphs.filter((p) => findAll(p, 'w:numPr').length > 0).map(textOf);
    expect(bulleted).toContain('Drie nieuwe goede voorbeelden, uit Ameland, Vaals en Beesel.');
    expect(textOf(document).indexOf('Beste collega')).toBeLessThan(textOf(document).indexOf('Kerncijfers'));
    // the styles carry outline levels (the navigation pane) and Dutch is the document language
    const styles = xml('word/styles.xml');
    const style = (id: string) => findAll(styles, 'w:style').find((s) => s.attributes['w:styleId'] === id)!;
    expect(findAll(style('Heading2'), 'w:outlineLvl')[0]!.attributes['w:val']).toBe('1');
    expect(findAll(style('TerugkoppelingTitel'), 'w:name')[0]!.attributes['w:val']).toBe('Terugkoppeling Titel');
    expect(findAll(style('Kerncijfer'), 'w:name')[0]!.attributes['w:val']).toBe('Kerncijfer');
    expect(findAll(findAll(styles, 'w:docDefaults')[0]!, 'w:lang')[0]!.attributes['w:val']).toBe('nl-NL');
  });

  it('tables: a caption before each, a header row that repeats on every page, the key figures', () => {
    const tables = findAll(document, 'w:tbl');
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      const first = findAll(table, 'w:tr')[0]!;
      expect(findAll(first, 'w:tblHeader')).toHaveLength(1);
    }
    const key = tables.find((table) => textOf(table).startsWith('OnderdeelAantal'))!;
    const rows = findAll(key, 'w:tr').map((row) => findAll(row, 'w:tc').map(textOf));
    expect(rows).toEqual([
      ['Onderdeel', 'Aantal'],
      ['Nieuwe goede voorbeelden', '3'],
      ['Nieuwe acties', '1'],
      ['Acties met een gewijzigde status', '6'],
      ['Gewogen actuele onderwerpen', '1'],
      ['Bijdragende gemeenten', '5'],
      ['Wijzigingen (commits)', '23'],
    ]);
    expect(findAll(key, 'w:p').map(styleOf).slice(2, 4)).toEqual(['TabelRijkop', 'Kerncijfer']);
    const captions = paragraphs.filter((p) => styleOf(p) === 'Caption').map(textOf);
    expect(captions[0]).toBe('Kerncijfers van deze periode');
    expect(captions).toContain('Figuur 1. Acties naar status per thema');
  });

  it('charts: our SVG with a PNG beside it, alt text with the figures', () => {
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/')).sort();
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(2);
    for (const name of media.filter((n) => n.endsWith('.png'))) expect([...files[name]!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const svg = media.map((name) => strFromU8(files[name]!)).find((text) => text.includes('Acties naar status per thema'))!;
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    const drawings = findAll(document, 'wp:docPr').map((d) => d.attributes);
    expect(drawings).toHaveLength(2);
    expect(drawings[0]!.title).toBe('Acties naar status per thema');
    expect(drawings[0]!.descr).toContain('Nabijheid: 1 gepland, 1 lopend, 1 afgerond, 0 vervallen.');
    expect(findAll(document, 'asvg:svgBlip')).toHaveLength(2);
  });

  it('lists are numbered paragraphs (bullets); the page number is in the footer', () => {
    const bulleted = paragraphs.filter((p) => findAll(p, 'w:numPr').length > 0).map(textOf);
    expect(bulleted.some((text) => text.startsWith('Dorpsbudgetten op Ameland'))).toBe(true);
    const footer = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect(strFromU8(files[footer]!)).toMatch(/PAGE/);
    expect(textOf(xml(footer))).toContain('Pagina');
  });

  it('hostile content stays text: no raw HTML, no javascript: link', async () => {
    const ctx = hostileContext();
    ctx.themes[0]!.actions[0]!.progress[0]!.text += '\n\nBel \u0001\u0007 nu.';
    const hostile = unzipSync(await renderDocx(ctx, { now: NOW }));
    const text = strFromU8(hostile['word/document.xml']!);
    for (const c of ['\u0001', '\u0007']) expect(text).not.toContain(c);
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<iframe');
    expect(textOf(parseXml(text))).toContain(`${SCRIPT} Nabijheid`);
    const rels = strFromU8(hostile['word/_rels/document.xml.rels']!);
    expect(rels.toLowerCase()).not.toContain('javascript');
    const links = findAll(parseXml(rels), 'Relationship')
      .filter((r) => r.attributes.TargetMode === 'External')
      .map((r) => r.attributes.Target!);
    expect(links).toContain('https://example.org/goed');
    for (const link of links) expect(link).toMatch(/^(https?:\/\/|mailto:)/);
  });
});
