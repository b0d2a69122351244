/**
 * Pure: an entry's markdown body → safe HTML for a site page, cleaned as the report cleans contributor
 * markdown (`parseNote`: no raw HTML, only http(s) and mailto links, images as their alt text) and then
 * sanitized with rehype-sanitize's default schema, as the report's HTML is. Also the body as plain text,
 * for the search index.
 */
import { createRequire } from 'node:module';
import type { Nodes, Root as MdastRoot, RootContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { noteBlocks } from '../report/render/note.js';
import { trustedHtml } from '../report/render/trusted-html.js';

// loaded on first use: plain bodies and notes (most of them) need none of it
const require = createRequire(import.meta.url);
let pipeline: { toHtml: (mdast: MdastRoot) => string } | undefined;

/** Cleaned mdast → sanitized HTML (remark-rehype, rehype-sanitize's default schema, rehype-stringify). */
function toHtml(mdast: MdastRoot): string {
  if (!pipeline) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkRehype = (require('remark-rehype') as typeof import('remark-rehype')).default;
    const rehypeSanitize = (require('rehype-sanitize') as typeof import('rehype-sanitize')).default;
    const rehypeStringify = (require('rehype-stringify') as typeof import('rehype-stringify')).default;
    const processor = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
    pipeline = { toHtml: (tree) => processor.stringify(processor.runSync(tree) as HastRoot) };
  }
  return pipeline.toHtml(mdast);
}

export interface RenderedBody {
  html: string;
  text: string;
}

function plain(node: Nodes, out: string[]): void {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out.push(node.value);
  if ('children' in node) for (const child of node.children) plain(child, out);
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') out.push(' ');
}

/** Body markdown → sanitized HTML (headings from h2 on, under the page's h1) and plain text. */
export function renderBody(markdown: string, minHeading: 2 | 3 | 4 = 2): RenderedBody {
  const { blocks, plain: isPlain } = noteBlocks(markdown, { minHeading });
  const mdast: MdastRoot = { type: 'root', children: blocks as RootContent[] };
  return { html: htmlOf(mdast, isPlain), text: plainText(mdast) };
}

/** A short piece of markdown (a progress note) → sanitized inline-ish HTML, headings as bold text. */
export function renderNote(markdown: string): string {
  const { blocks, plain: isPlain } = noteBlocks(markdown);
  return htmlOf({ type: 'root', children: blocks as RootContent[] }, isPlain);
}

/**
 * Plain text (`isPlain`: no markup at all, as most bodies and notes are) straight to its HTML, which the pipeline
 * would not change (trusted-html.ts); anything else through the pipeline, sanitized.
 */
function htmlOf(mdast: MdastRoot, isPlain: boolean): string {
  if (!isPlain) return toHtml(mdast);
  const html: string[] = [];
  for (const block of mdast.children) {
    const one = trustedHtml(block);
    if (one === undefined) return toHtml(mdast);
    html.push(one);
  }
  return html.join('\n');
}

function plainText(tree: MdastRoot): string {
  const parts: string[] = [];
  plain(tree, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
