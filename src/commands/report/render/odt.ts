/**
 * The report as OpenDocument Text (ODF 1.3), the Dutch government's standard for editable documents. The
 * package is written with fflate: `mimetype` first and stored (uncompressed, no extra field), then
 * `META-INF/manifest.xml`, `content.xml`, `styles.xml`, `meta.xml` and the charts as SVG in `Pictures/`.
 * The XML is written from escaped templates (xml.ts: one escape function). The content is the report's one
 * document structure (blocks.ts), walked generically: headings are `text:h` with outline levels, tables
 * have header rows and captions, lists are `text:list`, every paragraph has a named style (odt-styles.ts).
 * Raw HTML is dropped and only http(s)/mailto links are kept, as in the HTML report. Pure.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { BlockContent, List, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import type { ReportContext } from '../context.js';
import { m } from '../../../i18n/index.js';
import { classNames, columnWeights, documentParts, isRowHeader, safeHref, type Block, type DocumentParts } from './blocks.js';
import type { DocFigure } from './figures.js';
import { ODT_NS, S, stylesXml } from './odt-styles.js';
import { XML_DECLARATION, xmlElement, xmlEscape } from './xml.js';

const ODT_MIME = 'application/vnd.oasis.opendocument.text';
/** The program that wrote the document (metadata; a name, not a text). */
export const GENERATOR = 'k80';

export interface DocumentOptions {
  /** When the document is made (meta.xml's dates, the zip entries' time). */
  now: Date;
}

/** Page width minus margins: the width of a table or a figure. */
const TEXT_WIDTH_CM = 17;

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------------------------------------- inline

/** Text with ODF's whitespace rules: a run of spaces keeps its length (`text:s`), tabs and line ends are kept. */
function odfText(value: string): string {
  let out = '';
  const parts = value.replace(/\r\n?/g, '\n').split(/( {2,}|\t|\n)/);
  for (const part of parts) {
    if (part === '') continue;
    if (part === '\t') out += '<text:tab/>';
    else if (part === '\n') out += ' ';
    else if (/^ {2,}$/.test(part)) out += ` ${xmlElement('text:s', { 'text:c': part.length - 1 })}`;
    else out += xmlEscape(part);
  }
  return out;
}

function span(style: string, content: string): string {
  return content === '' ? '' : xmlElement('text:span', { 'text:style-name': style }, content);
}

function inline(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += odfText(node.value);
        break;
      case 'strong':
        out += span(S.strong, inline(node.children));
        break;
      case 'emphasis':
        out += span(S.emphasis, inline(node.children));
        break;
      case 'delete':
        out += span(S.deleted, inline(node.children));
        break;
      case 'inlineCode':
        out += span(S.inlineCode, odfText(node.value));
        break;
      case 'break':
        out += '<text:line-break/>';
        break;
      case 'link': {
        const href = safeHref(node.url);
        const content = inline(node.children);
        out += href
          ? xmlElement('text:a', { 'xlink:type': 'simple', 'xlink:href': href, 'text:style-name': S.link }, content)
          : content;
        break;
      }
      case 'image':
        out += odfText(node.alt ?? '');
        break;
      case 'html':
        // raw HTML never reaches a document
        break;
      default:
        if ('children' in node) out += inline(node.children as PhrasingContent[]);
        else if ('value' in node && typeof node.value === 'string') out += odfText(node.value);
    }
  }
  return out;
}

function paragraph(style: string, content: string): string {
  return xmlElement('text:p', { 'text:style-name': style }, content);
}

// ---------------------------------------------------------------------------------------------- blocks

interface Writer {
  tables: number;
  figures: number;
  /** Automatic styles the content needs (table widths). */
  automatic: string[];
}

function blocks(nodes: readonly Block[], w: Writer, style: string = S.body): string {
  return nodes.map((node) => block(node, w, style)).join('');
}

function block(node: Block, w: Writer, style: string): string {
  switch (node.type) {
    case 'figure':
      return figure(node.figure, w);
    case 'heading': {
      const level = Math.min(node.depth, 6);
      return xmlElement('text:h', { 'text:style-name': S.heading(level), 'text:outline-level': level }, inline(node.children));
    }
    case 'paragraph':
      return paragraph(style, inline(node.children));
    case 'list':
      return list(node, w);
    case 'table':
      return table(node, w);
    case 'blockquote':
      return blocks(node.children, w, S.quote);
    case 'code':
      return node.value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => paragraph(S.code, odfText(line.replace(/ /g, '\u00a0'))))
        .join('');
    case 'thematicBreak':
      return paragraph(S.rule, '');
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return '';
    default:
      return 'children' in node ? blocks((node as { children: RootContent[] }).children, w, style) : '';
  }
}

function list(node: List, w: Writer): string {
  const items = node.children
    .map((item) => xmlElement('text:list-item', {}, blocks(item.children as BlockContent[], w, S.listItem) || paragraph(S.listItem, '')))
    .join('');
  return xmlElement('text:list', { 'text:style-name': node.ordered ? S.numbers : S.bullets }, items);
}

function table(node: Table, w: Writer): string {
  w.tables += 1;
  const name = `Tabel${w.tables}`;
  const [head, ...body] = node.children;
  const columns = Math.max(0, ...node.children.map((row) => row.children.length));
  if (!head || columns === 0) return '';
  const keyFigures = classNames(node).includes('key-figures');
  const weights = columnWeights(node);
  w.automatic.push(
    xmlElement(
      'style:style',
      { 'style:name': name, 'style:family': 'table' },
      xmlElement('style:table-properties', { 'style:width': `${TEXT_WIDTH_CM}cm`, 'table:align': 'margins', 'fo:margin-bottom': '0.3cm' }),
    ),
    ...weights.map((weight, i) =>
      xmlElement(
        'style:style',
        { 'style:name': `${name}.C${i + 1}`, 'style:family': 'table-column' },
        xmlElement('style:table-column-properties', { 'style:rel-column-width': `${Math.max(1, Math.round(1000 * weight))}*` }),
      ),
    ),
  );
  const cellStyle = (headRow: boolean) => (headRow ? 'Tabel_Kopcel' : 'Tabel_Cel');
  const cell = (c: TableCell | undefined, index: number, headRow: boolean): string => {
    const align = node.align?.[index];
    let style: string = S.tableCell;
    if (headRow) style = S.tableHead;
    else if (index === 0 && c && isRowHeader(c)) style = S.tableRowHead;
    else if (align === 'right') style = keyFigures ? S.keyFigure : S.tableNumber;
    return xmlElement(
      'table:table-cell',
      { 'table:style-name': cellStyle(headRow), 'office:value-type': 'string' },
      paragraph(style, inline(c?.children ?? [])),
    );
  };
  const row = (cells: readonly TableCell[], headRow: boolean) =>
    xmlElement('table:table-row', {}, Array.from({ length: columns }, (_, i) => cell(cells[i], i, headRow)).join(''));
  const caption = node.data?.caption;
  const columnsXml = weights.map((_, i) => xmlElement('table:table-column', { 'table:style-name': `${name}.C${i + 1}` })).join('');
  return (
    (caption ? paragraph(S.tableCaption, odfText(caption)) : '') +
    xmlElement(
      'table:table',
      { 'table:name': name, 'table:style-name': name },
      columnsXml +
        xmlElement('table:table-header-rows', {}, row(head.children, true)) +
        body.map((r) => row(r.children, false)).join(''),
    )
  );
}

function picturePath(figure: DocFigure): string {
  return `Pictures/${figure.id}.svg`;
}

function figure(figure: DocFigure, w: Writer): string {
  w.figures += 1;
  const width = TEXT_WIDTH_CM;
  const height = (TEXT_WIDTH_CM * figure.height) / figure.width;
  const frame = xmlElement(
    'draw:frame',
    {
      'draw:name': figure.id,
      'text:anchor-type': 'as-char',
      'svg:width': `${width.toFixed(2)}cm`,
      'svg:height': `${height.toFixed(2)}cm`,
      'draw:z-index': 0,
    },
    xmlElement('draw:image', {
      'xlink:href': picturePath(figure),
      'xlink:type': 'simple',
      'xlink:show': 'embed',
      'xlink:actuate': 'onLoad',
      'draw:mime-type': 'image/svg+xml',
    }) +
      xmlElement('svg:title', {}, xmlEscape(figure.title)) +
      xmlElement('svg:desc', {}, xmlEscape(figure.description)),
  );
  return paragraph(S.figure, frame) + paragraph(S.figureCaption, odfText(figure.caption));
}

// ---------------------------------------------------------------------------------------------- package

const CELL_STYLES = [
  xmlElement(
    'style:style',
    { 'style:name': 'Tabel_Cel', 'style:family': 'table-cell' },
    xmlElement('style:table-cell-properties', { 'fo:padding': '0.1cm', 'fo:border': '0.5pt solid #c8cfd2' }),
  ),
  xmlElement(
    'style:style',
    { 'style:name': 'Tabel_Kopcel', 'style:family': 'table-cell' },
    xmlElement('style:table-cell-properties', { 'fo:padding': '0.1cm', 'fo:border': '0.5pt solid #c8cfd2', 'fo:background-color': '#e6f0f2' }),
  ),
];

function contentXml(parts: DocumentParts): string {
  const w: Writer = { tables: 0, figures: 0, automatic: [...CELL_STYLES] };
  const body =
    xmlElement('text:h', { 'text:style-name': S.title, 'text:outline-level': 1 }, odfText(parts.title)) +
    paragraph(S.kicker, odfText(parts.kicker)) +
    paragraph(S.intro, odfText(parts.intro)) +
    blocks(parts.blocks, w) +
    paragraph(S.rule, '') +
    paragraph(S.footer, odfText(parts.footer));
  return (
    XML_DECLARATION +
    xmlElement(
      'office:document-content',
      { ...ODT_NS, 'office:version': '1.3' },
      xmlElement('office:automatic-styles', {}, w.automatic.join('')) +
        xmlElement('office:body', {}, xmlElement('office:text', {}, body)),
    )
  );
}

function metaXml(parts: DocumentParts, now: Date): string {
  const when = isoSeconds(now);
  const meta =
    xmlElement('meta:generator', {}, GENERATOR) +
    xmlElement('dc:title', {}, xmlEscape(parts.title)) +
    xmlElement('dc:subject', {}, xmlEscape(parts.kicker)) +
    xmlElement('dc:description', {}, xmlEscape(parts.intro)) +
    xmlElement('dc:language', {}, xmlEscape(m.report.documents.languageTag)) +
    xmlElement('meta:creation-date', {}, when) +
    xmlElement('dc:date', {}, when);
  return (
    XML_DECLARATION +
    xmlElement('office:document-meta', { ...ODT_NS, 'office:version': '1.3' }, xmlElement('office:meta', {}, meta))
  );
}

function manifestXml(figures: readonly DocFigure[]): string {
  const entry = (path: string, type: string, version?: string) =>
    xmlElement('manifest:file-entry', { 'manifest:full-path': path, 'manifest:version': version, 'manifest:media-type': type });
  return (
    XML_DECLARATION +
    xmlElement(
      'manifest:manifest',
      { 'xmlns:manifest': 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0', 'manifest:version': '1.3' },
      entry('/', ODT_MIME, '1.3') +
        entry('content.xml', 'text/xml') +
        entry('styles.xml', 'text/xml') +
        entry('meta.xml', 'text/xml') +
        figures.map((figure) => entry(picturePath(figure), 'image/svg+xml')).join(''),
    )
  );
}

export function renderOdt(ctx: ReportContext, options: DocumentOptions): Uint8Array {
  const parts = documentParts(ctx);
  const mtime = options.now;
  // the order of the keys is the order in the zip: mimetype first, stored
  const files: Zippable = {
    mimetype: [strToU8(ODT_MIME), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifestXml(parts.figures)),
    'content.xml': strToU8(contentXml(parts)),
    'styles.xml': strToU8(stylesXml()),
    'meta.xml': strToU8(metaXml(parts, options.now)),
  };
  for (const figure of parts.figures) files[picturePath(figure)] = strToU8(figure.svg);
  return zipSync(files, { level: 6, mtime });
}
