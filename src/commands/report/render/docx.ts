/**
 * The report as a Word document (DOCX), written with the `docx` package from the report's one document
 * structure (blocks.ts), walked generically as the ODT writer does: headings are Word's heading styles (the
 * navigation pane shows them), tables have a repeated header row and a caption, lists are bulleted, the
 * charts are our own SVG with a PNG of the same SVG beside it (Word needs one for applications that cannot
 * show SVG; rasterised by resvg), the text equivalent is the alt text and the table after them. Raw HTML
 * is dropped and only http(s)/mailto links are kept, as in the HTML report. Pure apart from resvg's use of
 * the system fonts.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableRow as DocxTableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { Resvg } from '@resvg/resvg-js';
import type { BlockContent, List, PhrasingContent, RootContent, Table } from 'mdast';
import type { ReportContext } from '../context.js';
import { m } from '../../../i18n/index.js';
import { COLORS } from './charts.js';
import { classNames, columnWeights, documentParts, isRowHeader, safeHref, type Block } from './blocks.js';
import type { DocFigure } from './figures.js';
import { GENERATOR, type DocumentOptions } from './odt.js';
import { STANDARD } from './odt-styles.js';
import { xmlSafe } from './xml.js';

const d = m.report.documents.styleNames;
const hex = (color: string): string => color.replace('#', '').toUpperCase();

/** Paragraph style ids (Word's own for headings, captions and lists; ours, with Dutch names, for the rest). */
const P = {
  title: 'TerugkoppelingTitel',
  kicker: 'TerugkoppelingNetwerk',
  intro: 'TerugkoppelingInleiding',
  body: 'Normal',
  caption: 'Caption',
  tableHead: 'TabelKop',
  tableCell: 'TabelInhoud',
  tableRowHead: 'TabelRijkop',
  tableNumber: 'TabelGetal',
  keyFigure: 'Kerncijfer',
  figure: 'Figuur',
  code: 'CodeBlok',
  quote: 'Citaat',
  footer: 'TerugkoppelingVoetregel',
} as const;

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

const FONT = 'Arial';
const MONO = 'Courier New';
/** A4 minus 2 cm margins, in pixels at 96 dpi (docx's unit for images). */
const TEXT_WIDTH_PX = 642;
const TEXT_WIDTH_TWIPS = 9638;
const BULLETS = 'opsomming';
const NUMBERS = 'nummering';

function paragraphStyles(): IParagraphStyleOptions[] {
  const heading = (id: string, name: string, level: number, size: number, color: string = COLORS.accent): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: hex(color) },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 }, outlineLevel: level },
  });
  const cell = { basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { before: 40, after: 40 } } };
  return [
    heading(P.title, d.title, 0, 44),
    heading(HEADINGS[0], STANDARD.heading(1), 0, 40),
    heading(HEADINGS[1], STANDARD.heading(2), 1, 32),
    heading(HEADINGS[2], STANDARD.heading(3), 2, 26),
    heading(HEADINGS[3], STANDARD.heading(4), 3, 22, COLORS.ink),
    heading(HEADINGS[4], STANDARD.heading(5), 4, 20, COLORS.ink),
    heading(HEADINGS[5], STANDARD.heading(6), 5, 20, COLORS.ink),
    { id: P.kicker, name: d.kicker, basedOn: 'Normal', run: { size: 20, color: hex(COLORS.grey) } },
    { id: P.intro, name: d.intro, basedOn: 'Normal', run: { size: 24 }, paragraph: { spacing: { after: 240 } } },
    { id: P.caption, name: 'caption', basedOn: 'Normal', next: 'Normal', run: { size: 20, bold: true, color: hex(COLORS.ink) }, paragraph: { keepNext: true, spacing: { before: 120, after: 60 } } },
    { id: P.tableCell, name: d.tableCell, ...cell },
    { id: P.tableHead, name: d.tableHead, ...cell, basedOn: P.tableCell, run: { size: 20, bold: true } },
    { id: P.tableRowHead, name: d.tableRowHead, ...cell, basedOn: P.tableCell, run: { size: 20, bold: true } },
    { id: P.tableNumber, name: d.tableNumber, ...cell, basedOn: P.tableCell, paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 40, after: 40 } } },
    { id: P.keyFigure, name: d.keyFigure, basedOn: P.tableNumber, run: { size: 28, bold: true, color: hex(COLORS.accent) }, paragraph: { alignment: AlignmentType.RIGHT } },
    { id: P.figure, name: d.figure, basedOn: 'Normal', paragraph: { keepNext: true, spacing: { before: 120 } } },
    { id: P.code, name: d.code, basedOn: 'Normal', run: { font: MONO, size: 18 }, paragraph: { spacing: { after: 0 } } },
    { id: P.quote, name: d.quote, basedOn: 'Normal', run: { italics: true }, paragraph: { indent: { left: 340 } } },
    { id: P.footer, name: d.footer, basedOn: 'Normal', run: { size: 18, color: hex(COLORS.grey) }, paragraph: { spacing: { before: 240 } } },
  ];
}

// ---------------------------------------------------------------------------------------------- inline

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

function run(value: string, f: RunFormat): TextRun[] {
  const text = xmlSafe(value).replace(/\r\n?/g, '\n').replace(/\n/g, ' ');
  if (text === '') return [];
  return [
    new TextRun({
      text,
      bold: f.bold,
      italics: f.italics,
      strike: f.strike,
      font: f.code ? MONO : undefined,
      style: f.link ? 'Hyperlink' : undefined,
    }),
  ];
}

function inline(nodes: readonly PhrasingContent[], f: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(...run(node.value, f));
        break;
      case 'strong':
        out.push(...inline(node.children, { ...f, bold: true }));
        break;
      case 'emphasis':
        out.push(...inline(node.children, { ...f, italics: true }));
        break;
      case 'delete':
        out.push(...inline(node.children, { ...f, strike: true }));
        break;
      case 'inlineCode':
        out.push(...run(node.value, { ...f, code: true }));
        break;
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const href = safeHref(node.url);
        if (href) out.push(new ExternalHyperlink({ link: href, children: inline(node.children, { ...f, link: true }) }));
        else out.push(...inline(node.children, f));
        break;
      }
      case 'image':
        out.push(...run(node.alt ?? '', f));
        break;
      case 'html':
        // raw HTML never reaches a document
        break;
      default:
        if ('children' in node) out.push(...inline(node.children as PhrasingContent[], f));
        else if ('value' in node && typeof node.value === 'string') out.push(...run(node.value, f));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- blocks

type Part = Paragraph | DocxTable;

interface Context {
  style: string;
  /** Nesting of the current list (0: not in a list). */
  listLevel: number;
  ordered: boolean;
}

const TOP: Context = { style: P.body, listLevel: 0, ordered: false };

function blocks(nodes: readonly Block[], c: Context): Part[] {
  return nodes.flatMap((node) => block(node, c));
}

function paragraph(style: string, children: ParagraphChild[], c: Context, first = true): Paragraph {
  if (c.listLevel === 0) return new Paragraph({ style, children });
  const level = c.listLevel - 1;
  // the first paragraph of a list item carries the bullet, further ones line up with its text
  if (first) return new Paragraph({ style, children, numbering: { reference: c.ordered ? NUMBERS : BULLETS, level } });
  return new Paragraph({ style, children, indent: { left: 720 * (level + 1) } });
}

function block(node: Block, c: Context): Part[] {
  switch (node.type) {
    case 'figure':
      return figure(node.figure);
    case 'heading':
      return [new Paragraph({ style: HEADINGS[Math.min(node.depth, 6) - 1], children: inline(node.children) })];
    case 'paragraph':
      return [paragraph(c.style, inline(node.children), c)];
    case 'list':
      return list(node, c);
    case 'table':
      return table(node);
    case 'blockquote':
      return blocks(node.children, { ...c, style: P.quote });
    case 'code':
      return node.value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => new Paragraph({ style: P.code, children: run(line.replace(/ /g, '\u00a0'), {}) }));
    case 'thematicBreak':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(COLORS.grid), space: 1 } }, children: [] })];
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    default:
      return 'children' in node ? blocks((node as { children: RootContent[] }).children, c) : [];
  }
}

function list(node: List, c: Context): Part[] {
  const inner: Context = { style: c.style, listLevel: Math.min(c.listLevel + 1, 9), ordered: node.ordered === true };
  return node.children.flatMap((item) => {
    const parts: Part[] = [];
    let first = true;
    for (const child of item.children as BlockContent[]) {
      if (child.type === 'paragraph') {
        parts.push(paragraph(inner.style, inline(child.children), inner, first));
        first = false;
      } else {
        parts.push(...block(child, child.type === 'list' ? inner : { ...inner, listLevel: 0 }));
      }
    }
    if (first) parts.push(paragraph(inner.style, [], inner, true));
    return parts;
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: hex(COLORS.grid) };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function table(node: Table): Part[] {
  const [head, ...body] = node.children;
  const columns = Math.max(0, ...node.children.map((row) => row.children.length));
  if (!head || columns === 0) return [];
  const keyFigures = classNames(node).includes('key-figures');
  const cells = (row: Table['children'][number], headRow: boolean) =>
    Array.from({ length: columns }, (_, index) => {
      const cell = row.children[index];
      let style: string = P.tableCell;
      if (headRow) style = P.tableHead;
      else if (index === 0 && cell && isRowHeader(cell)) style = P.tableRowHead;
      else if (node.align?.[index] === 'right') style = keyFigures ? P.keyFigure : P.tableNumber;
      return new DocxTableCell({
        borders: BORDERS,
        margins: { left: 80, right: 80 },
        shading: headRow ? { fill: 'E6F0F2', type: ShadingType.CLEAR, color: 'auto' } : undefined,
        children: [new Paragraph({ style, children: inline(cell?.children ?? []) })],
      });
    });
  // in twentieths of a point
  const columnWidths = columnWeights(node).map((weight) => Math.round(TEXT_WIDTH_TWIPS * weight));
  const rows = [
    new DocxTableRow({ tableHeader: true, cantSplit: true, children: cells(head, true) }),
    ...body.map((row) => new DocxTableRow({ cantSplit: true, children: cells(row, false) })),
  ];
  const caption = node.data?.caption;
  return [
    ...(caption ? [new Paragraph({ style: P.caption, children: run(caption, {}) })] : []),
    new DocxTable({ rows, columnWidths, width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA } }),
    new Paragraph({ children: [] }),
  ];
}

/** Our chart's SVG as a PNG at twice its size (for Word versions without SVG); text in the system's sans-serif. */
function chartPng(figure: DocFigure): Uint8Array {
  const resvg = new Resvg(figure.svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: COLORS.white,
    font: { loadSystemFonts: true, defaultFontFamily: FONT, sansSerifFamily: FONT },
  });
  return resvg.render().asPng();
}

function figure(figure: DocFigure): Part[] {
  const width = TEXT_WIDTH_PX;
  const height = Math.round((TEXT_WIDTH_PX * figure.height) / figure.width);
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(figure.svg),
    fallback: { type: 'png', data: chartPng(figure) },
    transformation: { width, height },
    altText: { name: figure.id, title: xmlSafe(figure.title), description: xmlSafe(m.report.documents.figureAlt(figure.title, figure.description)) },
  });
  return [
    new Paragraph({ style: P.figure, children: [image] }),
    new Paragraph({ style: P.caption, children: run(figure.caption, { italics: true }) }),
  ];
}

// ---------------------------------------------------------------------------------------------- document

function listLevels(ordered: boolean) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : level % 2 === 0 ? '•' : '◦',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

export async function renderDocx(ctx: ReportContext, options: DocumentOptions): Promise<Uint8Array> {
  const parts = documentParts(ctx);
  const children: Part[] = [
    new Paragraph({ style: P.title, children: run(parts.title, {}) }),
    new Paragraph({ style: P.kicker, children: run(parts.kicker, {}) }),
    new Paragraph({ style: P.intro, children: run(parts.intro, {}) }),
    ...blocks(parts.blocks, TOP),
    new Paragraph({ style: P.footer, children: run(parts.footer, {}) }),
  ];
  const t = m.report.documents;
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, color: hex(COLORS.grey), children: [`${t.page} `, PageNumber.CURRENT, ` ${t.pageOf} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const doc = new Document({
    creator: GENERATOR,
    lastModifiedBy: GENERATOR,
    title: xmlSafe(parts.title),
    subject: xmlSafe(parts.kicker),
    description: xmlSafe(parts.intro),
    styles: {
      default: { document: { run: { font: FONT, size: 22, color: hex(COLORS.ink), language: { value: m.report.documents.languageTag } }, paragraph: { spacing: { after: 120 } } } },
      paragraphStyles: paragraphStyles(),
      characterStyles: [
        { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: hex(COLORS.accent), underline: {} } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: listLevels(false) },
        { reference: NUMBERS, levels: listLevels(true) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 850, left: 1134, right: 1134, footer: 425 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  // the docx package stamps the creation and modification dates itself (now)
  void options;
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
