/**
 * Entry markdown (a progress note) → safe mdast, for both renderers. Raw HTML is dropped, links keep only
 * http(s) and mailto targets, images become their alt text (the report loads nothing external), headings
 * become bold paragraphs (they would break the report's heading order) and footnotes and definitions are
 * resolved inside the note, so one note cannot reach into another. The HTML renderer sanitizes the result
 * once more with rehype-sanitize.
 */
import { createRequire } from 'node:module';
import type { Processor } from 'unified';
import type { BlockContent, Definition, Nodes, Parents, Root, RootContent } from 'mdast';
import { plainTree } from '../../../content/plain-markdown.js';

// The markdown parser with GFM (unified, remark-parse, remark-gfm: well over a hundred modules) is loaded on first
// use: most notes and bodies are plain text (`plainTree`), so a site or report of them never needs it.
const require = createRequire(import.meta.url);
let parser: Processor<Root> | undefined;

function parse(markdown: string): Root {
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    parser = unified().use(remarkParse).use(remarkGfm) as unknown as Processor<Root>;
  }
  return parser.parse(markdown);
}

const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/** True for an absolute http(s) or mailto URL; relative, protocol-relative and every other scheme is unsafe. */
export function isSafeUrl(url: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!match || !match[1]) return false;
  const scheme = match[1].toLowerCase();
  return SAFE_PROTOCOLS.has(scheme) && (scheme === 'mailto' || url.slice(scheme.length + 1).startsWith('//'));
}

/**
 * Parse a note's markdown into cleaned block content. `minHeading` keeps headings (a whole entry body on a
 * page of its own, as the site shows it), raised to at least that depth; without it they become bold text.
 */
export function parseNote(markdown: string, options: { minHeading?: 2 | 3 | 4 | 5 | 6 } = {}): BlockContent[] {
  return noteBlocks(markdown, options).blocks;
}

/** `parseNote`, and whether the text was plain (`plainTree`: no markup at all, so nothing in it to sanitize). */
export function noteBlocks(markdown: string, options: { minHeading?: 2 | 3 | 4 | 5 | 6 } = {}): { blocks: BlockContent[]; plain: boolean } {
  // plain text (most notes and bodies) needs no parser: the same tree, without positions
  const plain = plainTree(markdown);
  const tree = plain ?? parse(markdown);
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  return { blocks: clean(tree.children, definitions, options.minHeading) as BlockContent[], plain: plain !== undefined };
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

function clean(nodes: readonly RootContent[], definitions: Map<string, Definition>, minHeading?: number): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'html':
      case 'definition':
      case 'footnoteDefinition':
        break;
      case 'footnoteReference':
        out.push({ type: 'text', value: `[^${node.label ?? node.identifier}]` });
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) out.push({ type: 'text', value: node.alt });
        break;
      case 'link':
        if (isSafeUrl(node.url)) out.push({ ...node, children: clean(node.children, definitions) } as RootContent);
        else out.push(...clean(node.children, definitions));
        break;
      case 'linkReference': {
        const definition = definitions.get(node.identifier);
        const children = clean(node.children, definitions);
        if (definition && isSafeUrl(definition.url)) {
          out.push({ type: 'link', url: definition.url, title: definition.title ?? null, children } as RootContent);
        } else {
          out.push(...children);
        }
        break;
      }
      case 'heading':
        if (minHeading !== undefined) {
          const depth = Math.min(6, Math.max(minHeading, node.depth)) as 1 | 2 | 3 | 4 | 5 | 6;
          out.push({ ...node, depth, children: clean(node.children, definitions) } as RootContent);
          break;
        }
        out.push({ type: 'paragraph', children: [{ type: 'strong', children: clean(node.children, definitions) }] } as RootContent);
        break;
      default:
        if ('children' in node) {
          out.push({ ...node, children: clean((node as Parents).children as RootContent[], definitions) } as RootContent);
        } else {
          out.push(node);
        }
    }
  }
  return out;
}
