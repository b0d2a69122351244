/**
 * styles.xml of the ODT: A4 pages with the page number in the footer, Dutch as the document language, and
 * named paragraph styles so that the secretary restyles the whole report with one change (e.g. every
 * "Kerncijfer" or the "Terugkoppeling Titel"). Headings use the standard names ("Heading 1" …), which the
 * navigator, a table of contents and Word's navigation pane recognise. Colours are the HTML page's.
 */
import { m } from '../../../i18n/index.js';
import { COLORS } from './charts.js';
import { XML_DECLARATION, xmlElement, xmlEscape } from './xml.js';

export const ODT_NS = {
  'xmlns:office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  'xmlns:style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  'xmlns:text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  'xmlns:table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  'xmlns:draw': 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  'xmlns:fo': 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:meta': 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  'xmlns:svg': 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
} as const;

/** The paragraph and text styles the content refers to (machine names; the display names are Dutch). */
export const S = {
  title: 'Terugkoppeling_Titel',
  kicker: 'Terugkoppeling_Netwerk',
  intro: 'Terugkoppeling_Inleiding',
  heading: (level: number) => `Heading_20_${level}`,
  body: 'Text_20_body',
  listItem: 'Lijst_Alinea',
  tableCaption: 'Bijschrift_Tabel',
  tableHead: 'Tabel_Kop',
  tableCell: 'Tabel_Inhoud',
  tableRowHead: 'Tabel_Rijkop',
  tableNumber: 'Tabel_Getal',
  keyFigure: 'Kerncijfer',
  figure: 'Figuur',
  figureCaption: 'Bijschrift_Figuur',
  code: 'Code_Blok',
  quote: 'Citaat',
  rule: 'Scheidingslijn',
  footer: 'Terugkoppeling_Voetregel',
  strong: 'Sterk',
  emphasis: 'Nadruk',
  inlineCode: 'Code',
  deleted: 'Doorgehaald',
  link: 'Internet_20_link',
  bullets: 'Opsomming',
  numbers: 'Nummering',
} as const;

const FONT = 'Arial';
const MONO = 'Courier New';

interface ParagraphStyle {
  name: string;
  display: string;
  parent?: string;
  next?: string;
  outline?: number;
  paragraph?: Record<string, string>;
  text?: Record<string, string>;
}

const d = m.report.documents.styleNames;

/** The standard styles' own names: LibreOffice and Word show them in their user's language. */
export const STANDARD = { heading: (level: number) => `Heading ${level}`, body: 'Text body', footer: 'Footer', link: 'Internet link' } as const;

const PARAGRAPH_STYLES: ParagraphStyle[] = [
  { name: 'Standard', display: d.standard, text: {} },
  {
    name: 'Heading',
    display: d.heading,
    parent: 'Standard',
    next: S.body,
    paragraph: { 'fo:margin-top': '0.42cm', 'fo:margin-bottom': '0.21cm', 'fo:keep-with-next': 'always' },
    text: { 'fo:color': COLORS.accent, 'fo:font-weight': 'bold' },
  },
  { name: S.title, display: d.title, parent: 'Heading', outline: 1, paragraph: { 'fo:margin-top': '0cm' }, text: { 'fo:font-size': '22pt' } },
  { name: S.heading(1), display: STANDARD.heading(1), parent: 'Heading', outline: 1, text: { 'fo:font-size': '20pt' } },
  { name: S.heading(2), display: STANDARD.heading(2), parent: 'Heading', outline: 2, paragraph: { 'fo:margin-top': '0.6cm' }, text: { 'fo:font-size': '16pt' } },
  { name: S.heading(3), display: STANDARD.heading(3), parent: 'Heading', outline: 3, text: { 'fo:font-size': '13pt' } },
  { name: S.heading(4), display: STANDARD.heading(4), parent: 'Heading', outline: 4, text: { 'fo:font-size': '11pt', 'fo:color': COLORS.ink } },
  { name: S.heading(5), display: STANDARD.heading(5), parent: 'Heading', outline: 5, text: { 'fo:font-size': '10pt', 'fo:color': COLORS.ink } },
  { name: S.heading(6), display: STANDARD.heading(6), parent: 'Heading', outline: 6, text: { 'fo:font-size': '10pt', 'fo:color': COLORS.ink, 'fo:font-style': 'italic' } },
  { name: S.body, display: STANDARD.body, parent: 'Standard', paragraph: { 'fo:margin-top': '0cm', 'fo:margin-bottom': '0.21cm', 'fo:line-height': '120%' } },
  { name: S.kicker, display: d.kicker, parent: S.body, text: { 'fo:color': COLORS.grey, 'fo:font-size': '10pt' } },
  { name: S.intro, display: d.intro, parent: S.body, paragraph: { 'fo:margin-bottom': '0.42cm' }, text: { 'fo:font-size': '12pt' } },
  { name: S.listItem, display: d.listItem, parent: S.body, paragraph: { 'fo:margin-bottom': '0.1cm' } },
  { name: S.tableCaption, display: d.tableCaption, parent: S.body, paragraph: { 'fo:keep-with-next': 'always', 'fo:margin-top': '0.21cm' }, text: { 'fo:font-weight': 'bold', 'fo:font-size': '10pt' } },
  { name: S.tableCell, display: d.tableCell, parent: 'Standard', text: { 'fo:font-size': '10pt' } },
  { name: S.tableHead, display: d.tableHead, parent: S.tableCell, text: { 'fo:font-weight': 'bold' } },
  { name: S.tableRowHead, display: d.tableRowHead, parent: S.tableCell, text: { 'fo:font-weight': 'bold' } },
  { name: S.tableNumber, display: d.tableNumber, parent: S.tableCell, paragraph: { 'fo:text-align': 'end' } },
  { name: S.keyFigure, display: d.keyFigure, parent: S.tableNumber, text: { 'fo:font-size': '14pt', 'fo:font-weight': 'bold', 'fo:color': COLORS.accent } },
  { name: S.figure, display: d.figure, parent: 'Standard', paragraph: { 'fo:keep-with-next': 'always', 'fo:margin-top': '0.21cm' } },
  { name: S.figureCaption, display: d.figureCaption, parent: S.body, text: { 'fo:font-style': 'italic', 'fo:font-size': '10pt' } },
  { name: S.code, display: d.code, parent: 'Standard', text: { 'style:font-name': MONO, 'fo:font-size': '9pt' } },
  { name: S.quote, display: d.quote, parent: S.body, paragraph: { 'fo:margin-left': '0.6cm' }, text: { 'fo:font-style': 'italic' } },
  { name: S.rule, display: d.rule, parent: 'Standard', paragraph: { 'fo:border-bottom': `0.5pt solid ${COLORS.grid}`, 'fo:margin-bottom': '0.21cm' } },
  { name: S.footer, display: d.footer, parent: S.body, paragraph: { 'fo:margin-top': '0.42cm' }, text: { 'fo:color': COLORS.grey, 'fo:font-size': '9pt' } },
  { name: 'Footer', display: STANDARD.footer, parent: 'Standard', paragraph: { 'fo:text-align': 'center' }, text: { 'fo:font-size': '9pt', 'fo:color': COLORS.grey } },
];

const TEXT_STYLES: Array<{ name: string; display: string; text: Record<string, string> }> = [
  { name: S.strong, display: d.strong, text: { 'fo:font-weight': 'bold' } },
  { name: S.emphasis, display: d.emphasis, text: { 'fo:font-style': 'italic' } },
  { name: S.inlineCode, display: d.inlineCode, text: { 'style:font-name': MONO } },
  { name: S.deleted, display: d.deleted, text: { 'style:text-line-through-style': 'solid' } },
  { name: S.link, display: STANDARD.link, text: { 'fo:color': COLORS.accent, 'style:text-underline-style': 'solid', 'style:text-underline-width': 'auto', 'style:text-underline-color': 'font-color' } },
];

function paragraphStyle(style: ParagraphStyle): string {
  let inner = '';
  if (style.paragraph) inner += xmlElement('style:paragraph-properties', style.paragraph);
  if (style.text) inner += xmlElement('style:text-properties', style.text);
  return xmlElement(
    'style:style',
    {
      'style:name': style.name,
      'style:display-name': style.display,
      'style:family': 'paragraph',
      'style:parent-style-name': style.parent,
      'style:next-style-name': style.next,
      'style:default-outline-level': style.outline,
      'style:class': style.outline ? 'text' : undefined,
    },
    inner,
  );
}

function listStyle(name: string, display: string, ordered: boolean): string {
  let levels = '';
  for (let level = 1; level <= 10; level += 1) {
    const properties = xmlElement(
      'style:list-level-properties',
      { 'text:list-level-position-and-space-mode': 'label-alignment' },
      xmlElement('style:list-level-label-alignment', {
        'text:label-followed-by': 'listtab',
        'text:list-tab-stop-position': `${(0.63 * level).toFixed(2)}cm`,
        'fo:text-indent': '-0.63cm',
        'fo:margin-left': `${(0.63 * level).toFixed(2)}cm`,
      }),
    );
    levels += ordered
      ? xmlElement('text:list-level-style-number', { 'text:level': level, 'style:num-suffix': '.', 'style:num-format': '1' }, properties)
      : xmlElement('text:list-level-style-bullet', { 'text:level': level, 'text:bullet-char': level % 2 === 1 ? '•' : '◦' }, properties);
  }
  return xmlElement('text:list-style', { 'style:name': name, 'style:display-name': display }, levels);
}

function outlineStyle(): string {
  let levels = '';
  for (let level = 1; level <= 10; level += 1) {
    levels += xmlElement('text:outline-level-style', { 'text:level': level, 'style:num-format': '' });
  }
  return xmlElement('text:outline-style', { 'style:name': 'Outline' }, levels);
}

export function stylesXml(): string {
  const [language, country] = m.report.documents.languageTag.split('-');
  const fonts =
    xmlElement('style:font-face', { 'style:name': FONT, 'svg:font-family': FONT, 'style:font-family-generic': 'swiss', 'style:font-pitch': 'variable' }) +
    xmlElement('style:font-face', { 'style:name': MONO, 'svg:font-family': `'${MONO}'`, 'style:font-family-generic': 'modern', 'style:font-pitch': 'fixed' });
  const defaults = xmlElement(
    'style:default-style',
    { 'style:family': 'paragraph' },
    xmlElement('style:paragraph-properties', { 'fo:hyphenation-ladder-count': 'no-limit', 'style:writing-mode': 'lr-tb' }) +
      xmlElement('style:text-properties', {
        'style:font-name': FONT,
        'fo:font-size': '11pt',
        'fo:language': language,
        'fo:country': country,
        'fo:color': COLORS.ink,
        'fo:hyphenate': 'false',
      }),
  );
  const styles =
    defaults +
    PARAGRAPH_STYLES.map(paragraphStyle).join('') +
    TEXT_STYLES.map((style) =>
      xmlElement('style:style', { 'style:name': style.name, 'style:display-name': style.display, 'style:family': 'text' }, xmlElement('style:text-properties', style.text)),
    ).join('') +
    listStyle(S.bullets, d.bullets, false) +
    listStyle(S.numbers, d.numbers, true) +
    outlineStyle();
  const pageLayout = xmlElement(
    'style:page-layout',
    { 'style:name': 'A4' },
    xmlElement('style:page-layout-properties', {
      'fo:page-width': '21cm',
      'fo:page-height': '29.7cm',
      'style:print-orientation': 'portrait',
      'fo:margin-top': '2cm',
      'fo:margin-bottom': '1.5cm',
      'fo:margin-left': '2cm',
      'fo:margin-right': '2cm',
    }) +
      xmlElement('style:footer-style', {}, xmlElement('style:header-footer-properties', { 'fo:min-height': '0.8cm', 'fo:margin-top': '0.4cm' })),
  );
  const footer = xmlElement(
    'style:footer',
    {},
    xmlElement(
      'text:p',
      { 'text:style-name': 'Footer' },
      `${xmlEscape(m.report.documents.page)} ${xmlElement('text:page-number', { 'text:select-page': 'current' }, '1')} ${xmlEscape(m.report.documents.pageOf)} ${xmlElement('text:page-count', {}, '1')}`,
    ),
  );
  return (
    XML_DECLARATION +
    xmlElement(
      'office:document-styles',
      { ...ODT_NS, 'office:version': '1.3' },
      xmlElement('office:font-face-decls', {}, fonts) +
        xmlElement('office:styles', {}, styles) +
        xmlElement('office:automatic-styles', {}, pageLayout) +
        xmlElement('office:master-styles', {}, xmlElement('style:master-page', { 'style:name': 'Standard', 'style:page-layout-name': 'A4' }, footer)),
    )
  );
}
