/**
 * The report's one document structure as a flat sequence of blocks for the document writers (ODT, DOCX):
 * the title, the network line and the intro, then every section as an h2 with its content (mdast), the
 * charts placed where the HTML page places them (after the section's first block), and the footer. The
 * writers walk these mdast blocks generically (headings, paragraphs, lists, tables with captions and header
 * rows, figures, links, emphasis), so that a section added to document.ts reaches every format. Pure.
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import type { ReportContext } from '../context.js';
import { buildDocument } from './document.js';
import { documentFigures, type DocFigure } from './figures.js';
import { isSafeUrl } from './note.js';

export interface FigureBlock {
  type: 'figure';
  figure: DocFigure;
}

export type Block = RootContent | FigureBlock;

export interface DocumentParts {
  title: string;
  kicker: string;
  intro: string;
  /** Every section: an h2 heading (depth 2), then its content; h3 and deeper inside. */
  blocks: Block[];
  figures: DocFigure[];
  footer: string;
}

export function documentParts(ctx: ReportContext): DocumentParts {
  const doc = buildDocument(ctx);
  const figures = documentFigures(ctx);
  const blocks: Block[] = [];
  for (const section of doc.sections) {
    blocks.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: section.title }] });
    const content: Block[] = [...section.content];
    if (section.charts && figures.length > 0) {
      content.splice(Math.min(1, content.length), 0, ...figures.map((figure): FigureBlock => ({ type: 'figure', figure })));
    }
    blocks.push(...content);
  }
  return { title: doc.title, kicker: doc.kicker, intro: doc.intro, blocks, figures, footer: doc.footer };
}

/** The plain text of phrasing content (a caption, a cell for a width estimate). Raw HTML gives nothing. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += plainText(node.children);
  }
  return out;
}

/**
 * A link's target, if the documents may carry it: absolute http(s) and mailto only, as in the HTML (every
 * other target — `javascript:`, relative, data — leaves the link's text without a link).
 */
export function safeHref(url: string): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}

/** Whether a table cell is a row header (document.ts marks it for HTML as `th`). */
export function isRowHeader(cell: { data?: { hName?: string } }): boolean {
  return cell.data?.hName === 'th';
}

/** The class names the document gave a node for HTML (a table's `key-figures`, a list's `warnings`). */
export function classNames(node: { data?: { hProperties?: Record<string, unknown> } }): string[] {
  const value = node.data?.hProperties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

/**
 * A table's column widths as fractions of the text width: from the longest text in each column (capped, so
 * that one long title does not squeeze the rest), but never narrower than the column's longest word (plus
 * room for the cell's padding), so that no word breaks in the middle. Both document writers use it.
 */
export function columnWeights(table: Table): number[] {
  const columns = Math.max(0, ...table.children.map((row) => row.children.length));
  const lengths = Array.from({ length: columns }, (_, i) => {
    const texts = table.children.map((row) => plainText(row.children[i]?.children ?? []));
    const longest = Math.max(0, ...texts.map((text) => text.length));
    const word = Math.max(0, ...texts.flatMap((text) => text.split(/\s+/).map((w) => w.length)));
    return Math.max(4, word + 2, Math.min(40, longest));
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return lengths.map((length) => length / total);
}
