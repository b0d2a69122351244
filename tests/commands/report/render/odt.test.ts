/**
 * The ODT writer: a real ODF package (mimetype first and stored, manifest, content, styles, meta, the
 * charts as SVG), read back with fflate and an XML parse: headings with outline levels, tables with header
 * rows and captions, lists, figures with their text, named styles, Dutch metadata; hostile content stays
 * text and unsafe links are gone.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { renderOdt } from '../../../../src/commands/report/render/odt.js';
import { buildDocument } from '../../../../src/commands/report/render/document.js';
import { findAll, parseXml, textOf, type XmlElement } from '../../../helpers/xml.js';
import { SCRIPT, emptyContext, fixtureContext, hostileContext } from './fixture.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const THEMES = ['Nabijheid', 'Krachtige en vitale kernen', 'Wonen', 'Sociaal Domein', 'Landelijk Gebied', 'Financiën', 'Eigentijds werkgeverschap', 'Wendbaarheid'];

function open(bytes: Uint8Array): { files: Record<string, Uint8Array>; content: XmlElement; styles: XmlElement; meta: XmlElement; manifest: XmlElement } {
  const files = unzipSync(bytes);
  const xml = (name: string) => parseXml(strFromU8(files[name]!));
  return { files, content: xml('content.xml'), styles: xml('styles.xml'), meta: xml('meta.xml'), manifest: xml('META-INF/manifest.xml') };
}

describe('renderOdt', () => {
  const bytes = renderOdt(fixtureContext(), { now: NOW });
  const { files, content, styles, meta, manifest } = open(bytes);

  it('is an ODF package: mimetype first, stored, without extra field; every part listed in the manifest', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(8, true)).toBe(0); // stored
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + 39))).toBe('application/vnd.oasis.opendocument.text');
    expect(Object.keys(files)).toEqual([
      'mimetype',
      'META-INF/manifest.xml',
      'content.xml',
      'styles.xml',
      'meta.xml',
      'Pictures/grafiek-acties.svg',
      'Pictures/grafiek-voorbeelden.svg',
    ]);
    const entries = findAll(manifest, 'manifest:file-entry').map((e) => [e.attributes['manifest:full-path'], e.attributes['manifest:media-type']]);
    expect(entries).toEqual([
      ['/', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', 'text/xml'],
      ['styles.xml', 'text/xml'],
      ['meta.xml', 'text/xml'],
      ['Pictures/grafiek-acties.svg', 'image/svg+xml'],
      ['Pictures/grafiek-voorbeelden.svg', 'image/svg+xml'],
    ]);
    expect(findAll(manifest, 'manifest:manifest')[0]!.attributes['manifest:version']).toBe('1.3');
    expect(findAll(content, 'office:document-content')[0]!.attributes['office:version']).toBe('1.3');
  });

  it('meta.xml: title, Dutch, generator and dates', () => {
    const value = (name: string) => findAll(meta, name).map(textOf);
    expect(value('dc:title')).toEqual(['Terugkoppeling K80: 1 januari 2026 – 30 juni 2026']);
    expect(value('dc:language')).toEqual(['nl-NL']);
    expect(value('meta:generator')).toEqual(['k80']);
    expect(value('meta:creation-date')).toEqual(['2026-12-01T10:00:00Z']);
    expect(value('dc:date')).toEqual(['2026-12-01T10:00:00Z']);
  });

  it('headings are text:h with outline levels: the title, the sections, every theme in agenda order', () => {
    const headings = findAll(content, 'text:h').map((h) => [Number(h.attributes['text:outline-level']), textOf(h)] as const);
    expect(headings[0]).toEqual([1, 'Terugkoppeling K80: 1 januari 2026 – 30 juni 2026']);
    expect(findAll(content, 'text:h')[0]!.attributes['text:style-name']).toBe('Terugkoppeling_Titel');
    // every section of the one document structure, in its order
    expect(headings.filter(([level]) => level === 2).map(([, text]) => text)).toEqual(buildDocument(fixtureContext()).sections.map((section) => section.title));
    expect(headings.filter(([level]) => level === 2).slice(0, 2)).toEqual([
      [2, 'Een voorjaar vol voorbeelden'],
      [2, 'Kerncijfers'],
    ]);
    expect(headings.filter(([level, text]) => level === 3 && THEMES.includes(text)).map(([, text]) => text)).toEqual(THEMES);
    // the style of every level is the standard heading of that level
    for (const h of findAll(content, 'text:h').slice(1)) expect(h.attributes['text:style-name']).toBe(`Heading_20_${h.attributes['text:outline-level']}`);
  });

  it('tables have a caption, a header row and the key figures in the style Kerncijfer', () => {
    const tables = findAll(content, 'table:table');
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) expect(findAll(table, 'table:table-header-rows')).toHaveLength(1);
    const key = tables.find((table) => textOf(table).startsWith('OnderdeelAantal'))!;
    expect(findAll(findAll(key, 'table:table-header-rows')[0]!, 'text:p').map(textOf)).toEqual(['Onderdeel', 'Aantal']);
    const body = findAll(key, 'table:table-row').slice(1);
    expect(body.map((row) => findAll(row, 'text:p').map(textOf))).toEqual([
      ['Nieuwe goede voorbeelden', '3'],
      ['Nieuwe acties', '1'],
      ['Acties met een gewijzigde status', '6'],
      ['Gewogen actuele onderwerpen', '1'],
      ['Bijdragende gemeenten', '5'],
      ['Wijzigingen (commits)', '23'],
    ]);
    expect(findAll(body[0]!, 'text:p').map((p) => p.attributes['text:style-name'])).toEqual(['Tabel_Rijkop', 'Kerncijfer']);
    const captions = findAll(content, 'text:p').filter((p) => p.attributes['text:style-name'] === 'Bijschrift_Tabel').map(textOf);
    expect(captions[0]).toBe('Kerncijfers van deze periode');
  });

  it('figures: the chart SVGs in Pictures/, with title and text equivalent, a caption, and the table of the same figures after them', () => {
    const frames = findAll(content, 'draw:frame');
    expect(frames).toHaveLength(2);
    const images = frames.map((f) => findAll(f, 'draw:image')[0]!.attributes);
    expect(images.map((i) => [i['xlink:href'], i['draw:mime-type']])).toEqual([
      ['Pictures/grafiek-acties.svg', 'image/svg+xml'],
      ['Pictures/grafiek-voorbeelden.svg', 'image/svg+xml'],
    ]);
    expect(textOf(findAll(frames[0]!, 'svg:title')[0]!)).toBe('Acties naar status per thema');
    expect(textOf(findAll(frames[0]!, 'svg:desc')[0]!)).toContain('Nabijheid: 1 gepland, 1 lopend, 1 afgerond, 0 vervallen.');
    const svg = parseXml(strFromU8(files['Pictures/grafiek-acties.svg']!));
    expect(findAll(svg, 'svg')[0]!.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(findAll(svg, 'rect').length).toBeGreaterThan(10);
    const paragraphs = findAll(content, 'text:p').map((p) => [p.attributes['text:style-name'], textOf(p)]);
    expect(paragraphs.filter(([style]) => style === 'Bijschrift_Figuur').map(([, text]) => text)).toEqual([
      'Figuur 1. Acties naar status per thema',
      'Figuur 2. Nieuwe goede voorbeelden per thema',
    ]);
    // in order: the figures, then the caption of the overview table holding their numbers
    const order = paragraphs.map(([, text]) => text);
    expect(order.indexOf('Figuur 2. Nieuwe goede voorbeelden per thema')).toBeLessThan(order.indexOf('Acties naar status en nieuwe goede voorbeelden per thema'));
  });

  it("the secretary's foreword comes first: its title, text with emphasis and link, and the highlights as a list", () => {
    const order = [...findAll(content, 'text:h'), ...findAll(content, 'text:p')].map(textOf);
    const all = textOf(content);
    expect(all.indexOf('Beste collega')).toBeLessThan(all.indexOf('Kerncijfers'));
    expect(order).toContain('Hoogtepunten');
    const strong = findAll(content, 'text:span').filter((s) => s.attributes['text:style-name'] === 'Sterk').map(textOf);
    expect(strong).toContain('drie gemeenten');
    expect(findAll(content, 'text:a').map((a) => a.attributes['xlink:href'])).toContain('https://k80.example.nl/');
    const items = findAll(content, 'text:list-item').map(textOf);
    expect(items).toContain('Drie nieuwe goede voorbeelden, uit Ameland, Vaals en Beesel.');
  });

  it('lists are text:list; a progress note keeps its emphasis, its list and its safe link', () => {
    expect(findAll(content, 'text:list').length).toBeGreaterThan(3);
    const practices = findAll(content, 'text:list-item').map(textOf);
    expect(practices.some((item) => item.startsWith('Dorpsbudgetten op Ameland'))).toBe(true);
    const strong = findAll(content, 'text:span').filter((s) => s.attributes['text:style-name'] === 'Sterk').map(textOf);
    expect(strong).toContain('Dorpsbudgetten op Ameland');
  });

  it('every style the content uses is defined in styles.xml or content.xml, with a display name', () => {
    const defined = new Set([...findAll(styles, 'style:style'), ...findAll(content, 'style:style')].map((s) => s.attributes['style:name']));
    const lists = new Set(findAll(styles, 'text:list-style').map((s) => s.attributes['style:name']));
    const used = new Set(
      [...findAll(content, 'text:p'), ...findAll(content, 'text:h'), ...findAll(content, 'text:span'), ...findAll(content, 'text:a')]
        .map((e) => e.attributes['text:style-name'])
        .filter((name): name is string => name !== undefined),
    );
    for (const name of used) expect(defined.has(name), name).toBe(true);
    for (const list of findAll(content, 'text:list')) expect(lists.has(list.attributes['text:style-name']!)).toBe(true);
    for (const name of ['Terugkoppeling_Titel', 'Kerncijfer', 'Heading_20_2']) {
      const style = findAll(styles, 'style:style').find((s) => s.attributes['style:name'] === name)!;
      expect(style.attributes['style:display-name']).toBeTruthy();
    }
    const defaults = findAll(styles, 'style:default-style')[0]!;
    expect(findAll(defaults, 'style:text-properties')[0]!.attributes).toMatchObject({ 'fo:language': 'nl', 'fo:country': 'NL' });
    // A4 and a page number in the footer
    expect(findAll(styles, 'style:page-layout-properties')[0]!.attributes).toMatchObject({ 'fo:page-width': '21cm', 'fo:page-height': '29.7cm' });
    expect(findAll(findAll(styles, 'style:footer')[0]!, 'text:page-number')).toHaveLength(1);
  });

  it('hostile content stays text: no raw HTML, no javascript: link, forbidden XML characters dropped', () => {
    const ctx = hostileContext();
    ctx.themes[0]!.actions[0]!.progress[0]!.text += '\n\nBel \u0001\u0007\uFFFE nu [mail](mailto:info@ameland.example).';
    const odt = open(renderOdt(ctx, { now: NOW }));
    const xml = strFromU8(unzipSync(renderOdt(ctx, { now: NOW }))['content.xml']!);
    for (const c of ['\u0001', '\u0007', '\uFFFE']) expect(xml).not.toContain(c);
    const links = findAll(odt.content, 'text:a').map((a) => a.attributes['xlink:href']);
    expect(links).toContain('https://example.org/goed');
    expect(links).toContain('mailto:info@ameland.example');
    for (const link of links) expect(link).toMatch(/^(https?:\/\/|mailto:)/);
    expect(xml.toLowerCase()).not.toContain('javascript:');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<iframe');
    expect(xml).not.toContain('onerror');
    const text = textOf(odt.content);
    // titles written by contributors are shown as they are, as text
    expect(text).toContain(`${SCRIPT} Nabijheid`);
    // the text of raw HTML elements is not shown either (as in the HTML report)
    expect(text).not.toContain('raw block');
  });

  it('a period with nothing in it still gives a valid document with its "none" sentences', () => {
    const odt = open(renderOdt(emptyContext(), { now: NOW }));
    const text = textOf(odt.content);
    expect(text).toContain('Terugkoppeling K80: 1 juli 2026 – 31 december 2026');
    expect(findAll(odt.content, 'text:h').map(textOf)).toContain('Wendbaarheid');
  });
});
