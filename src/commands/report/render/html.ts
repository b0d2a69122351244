/**
 * The report as one self-contained, accessible HTML page: the document's mdast → hast (remark-rehype), with
 * every piece of contributor markdown sanitized by rehype-sanitize's default (GitHub) schema, and the report's
 * own tables, headings and lists straight to the same HTML (trusted-html.ts); then the trusted page shell
 * (header, nav, main, footer), the inline stylesheet and the SVG charts are added around it. No scripts, no
 * external resources.
 */
import { unified } from 'unified';
import remarkRehype, { defaultHandlers, type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Blockquote, List, ListItem, Paragraph, Root as MdastRoot, RootContent, Table } from 'mdast';
import type { ReportContext } from '../context.js';
import { m } from '../../../i18n/index.js';
import { buildDocument, themeFigures, type DocSection } from './document.js';
import { practicesChart, statusChart } from './charts.js';
import { h, text } from './hast.js';
import { STYLE } from './style.js';
import { trustedHtml } from './trusted-html.js';

const t = m.report.render;

type Handlers = NonNullable<RemarkRehypeOptions['handlers']>;

/**
 * GitHub's schema, plus one class on links: "address", which document.ts gives a link that shows its own
 * address, so that the print style does not print that address twice (harmless if a contributor sets it).
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: (defaultSchema.attributes?.a ?? []).map((rule) => (Array.isArray(rule) && rule[0] === 'className' ? [...rule, 'address'] : rule)),
  },
};
const sanitizer = unified().use(rehypeSanitize, schema);

/** Sanitize one element (and its subtree) with the GitHub schema (and the "address" class on links). */
function sanitize(element: Element): ElementContent[] {
  const root = sanitizer.runSync({ type: 'root', children: [element] }) as HastRoot;
  return root.children as ElementContent[];
}

const handlers: Handlers = {
  table(state, node: Table) {
    const element = defaultHandlers.table(state, node);
    for (const head of element.children) {
      if (head.type !== 'element' || head.tagName !== 'thead') continue;
      for (const row of head.children) {
        if (row.type !== 'element') continue;
        for (const cell of row.children) if (cell.type === 'element') cell.properties.scope = 'col';
      }
    }
    const caption = node.data?.caption;
    if (caption) element.children.unshift(h('caption', {}, [text(caption)]));
    if (!node.data?.scroll) return element;
    return h('div', { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: caption }, [element]);
  },
  listItem(state, node: ListItem, parent) {
    const element = defaultHandlers.listItem(state, node, parent);
    return node.data?.sanitize ? sanitize(element) : element;
  },
  // the foreword: blocks of the secretary's markdown
  paragraph(state, node: Paragraph) {
    const element = defaultHandlers.paragraph(state, node);
    return node.data?.sanitize ? sanitize(element) : element;
  },
  list(state, node: List) {
    const element = defaultHandlers.list(state, node);
    return node.data?.sanitize ? sanitize(element) : element;
  },
  blockquote(state, node: Blockquote) {
    const element = defaultHandlers.blockquote(state, node);
    return node.data?.sanitize ? sanitize(element) : element;
  },
};

const toHastProcessor = unified().use(remarkRehype, { handlers });
// raw nodes are only trustedHtml's (remark-rehype makes none without its own allowDangerousHtml; the sanitizer drops them)
const stringifier = unified().use(rehypeStringify, { allowDangerousHtml: true });

function toHast(nodes: RootContent[]): ElementContent[] {
  const mdast: MdastRoot = { type: 'root', children: nodes };
  const hast = toHastProcessor.runSync(mdast) as HastRoot;
  return hast.children as ElementContent[];
}

/** hast-util-to-html's raw node: HTML put out as it is (allowDangerousHtml). */
interface Raw {
  type: 'raw';
  value: string;
}

/**
 * A section's blocks as hast: the report's own blocks as their HTML (`trustedHtml`, a raw node), the others (the
 * contributors' markdown among them, sanitized) through remark-rehype, a run of them at a time; a line break
 * between blocks, as remark-rehype puts it.
 */
function blocks(nodes: RootContent[], pipeline: boolean): Array<ElementContent | Raw> {
  const out: Array<ElementContent | Raw> = [];
  let run: RootContent[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    if (out.length > 0) out.push(text('\n'));
    out.push(...toHast(run));
    run = [];
  };
  for (const node of nodes) {
    const html = pipeline ? undefined : trustedHtml(node);
    if (html === undefined) {
      run.push(node);
      continue;
    }
    flush();
    if (out.length > 0) out.push(text('\n'));
    out.push({ type: 'raw', value: html });
  }
  flush();
  return out;
}

function sectionElement(section: DocSection, charts: Element[], pipeline: boolean): Element {
  const content = blocks(section.content, pipeline);
  if (section.charts && charts.length > 0) {
    const first = content.findIndex((node) => node.type === 'element' || node.type === 'raw');
    content.splice(first + 1, 0, ...charts);
  }
  return h('section', { className: section.newPage ? ['part', 'new-page'] : ['part'] }, [h('h2', { id: section.id }, [text(section.title)]), ...(content as ElementContent[])]);
}

function toc(sections: DocSection[]): Element {
  const items = sections.map((section) => {
    const link = h('a', { href: `#${section.id}` }, [text(section.title)]);
    if (!section.themes) return h('li', {}, [link]);
    const themes = section.themes.map((theme) => h('li', {}, [h('a', { href: `#${theme.id}` }, [text(theme.title)])]));
    return h('li', {}, [link, h('ol', {}, themes)]);
  });
  return h('nav', { className: ['toc'], ariaLabel: t.navLabel }, [
    h('div', { className: ['wrap'] }, [h('p', { className: ['toc-title'] }, [text(t.navLabel)]), h('ol', {}, items)]),
  ]);
}

/** The title with each date in a `nowrap` span, so that "1 januari 2026" never breaks over two lines. */
function keepDatesTogether(title: string, dates: readonly string[]): ElementContent[] {
  const out: ElementContent[] = [];
  let rest = title;
  for (const date of dates) {
    const at = rest.indexOf(date);
    if (at < 0) continue;
    if (at > 0) out.push(text(rest.slice(0, at)));
    out.push(h('span', { className: ['nowrap'] }, [text(date)]));
    rest = rest.slice(at + date.length);
  }
  if (rest) out.push(text(rest));
  return out;
}

export interface HtmlOptions {
  /** More CSS after the stylesheet, for the printed PDF only (its page numbers: pdf.ts). */
  printStyle?: string;
  /** Every block through remark-rehype, none by `trustedHtml`: the reference that module is tested against. */
  pipeline?: boolean;
}

export function renderHtml(ctx: ReportContext, options: HtmlOptions = {}): string {
  const doc = buildDocument(ctx);
  const figures = themeFigures(ctx);
  const charts = figures.length > 0 ? [statusChart(figures, 1), practicesChart(figures, 2)] : [];
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: m.common.languageTag }, [
        h('head', {}, [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'k80' }),
          h('title', {}, [text(doc.title)]),
          h('style', {}, [text(options.printStyle ? `${STYLE}${options.printStyle}\n` : STYLE)]),
        ]),
        h('body', {}, [
          h('a', { className: ['skip-link'], href: '#inhoud' }, [text(t.skipLink)]),
          h('header', { className: ['masthead'] }, [
            h('div', { className: ['wrap'] }, [
              h('p', { className: ['kicker'] }, [text(doc.kicker)]),
              h('h1', {}, keepDatesTogether(doc.title, doc.dates)),
              h('p', { className: ['lead'] }, [text(doc.intro)]),
            ]),
          ]),
          toc(doc.sections),
          h('main', { id: 'inhoud' }, [
            h('div', { className: ['wrap'] }, doc.sections.map((section) => sectionElement(section, charts, options.pipeline === true))),
          ]),
          h('footer', { className: ['colophon'] }, [h('div', { className: ['wrap'] }, [h('p', {}, [text(doc.footer)])])]),
        ]),
      ]),
    ],
  };
  return `${stringifier.stringify(page)}\n`;
}
