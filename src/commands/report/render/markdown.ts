/** The report as Markdown: the document's mdast serialized by remark-stringify with GFM tables. */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root, RootContent } from 'mdast';
import type { ReportContext } from '../context.js';
import { buildDocument, type ReportDocument } from './document.js';

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: true })
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' });

export function renderMarkdown(ctx: ReportContext): string {
  return processor.stringify(documentTree(buildDocument(ctx)));
}

/** The whole document as one mdast tree: h1, intro, every section under its h2, a rule and the footer. */
function documentTree(doc: ReportDocument): Root {
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] },
    { type: 'paragraph', children: [{ type: 'text', value: doc.intro }] },
  ];
  for (const section of doc.sections) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: section.title }] }, ...section.content);
  }
  children.push({ type: 'thematicBreak' }, { type: 'paragraph', children: [{ type: 'text', value: doc.footer }] });
  return { type: 'root', children };
}
