/**
 * Pure: trusted blocks — the tables, headings, paragraphs and plain lists that document.ts builds from the report's
 * figures, and plain text (`plainTree`: no markup at all) — straight to the HTML that remark-rehype (with html.ts's
 * table handler) and hast-util-to-html make of them, without building the hast tree in between: a report has
 * thousands of table rows, a site thousands of bodies. Contributor markdown with markup is never taken here: a block
 * that holds a subtree to sanitize, a link, or any node or data this module does not know gives undefined, and the
 * caller renders that block through the pipeline (and sanitizes it) as before. Text and attribute values are
 * escaped as hast-util-to-html escapes them. Tests compare both ways.
 */
import type { Data, List, Paragraph, PhrasingContent, RootContent, Table, TableCell } from 'mdast';

/** hast-util-to-html's references: hexadecimal, for `<` and `&` in text and `\0 " & ' \`` in attribute values. */
const REFERENCE: Readonly<Record<string, string>> = { '&': '&#x26;', '<': '&#x3C;', '"': '&#x22;', "'": '&#x27;', '`': '&#x60;', '\0': '&#x0;' };
const reference = (c: string): string => REFERENCE[c] ?? c;
const TEXT_SPECIAL = /[&<]/;
const TEXT_SPECIALS = /[&<]/g;
const VALUE_SPECIALS = /[\0"&'`]/g;

function escText(value: string): string {
  return TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIALS, reference) : value;
}

const LINE_ENDING = /[\r\n]/;
const AROUND_LINE_ENDINGS = /[ \t]*(\r?\n|\r)[ \t]*/g;

/** A text as mdast-util-to-hast makes it (trim-lines): the spaces and tabs around each line ending removed. */
function textOf(value: string): string {
  return LINE_ENDING.test(value) ? value.replace(AROUND_LINE_ENDINGS, '$1') : value;
}

/** The attribute names of the properties document.ts and html.ts use; another property: not taken here. */
const ATTRIBUTE: Readonly<Record<string, string>> = { className: 'class', dataLabel: 'data-label', id: 'id', scope: 'scope', align: 'align' };

type Attributes = Array<[string, string]>;

/** `name="value"` pairs in the order given, or undefined for a property or value this module does not serialize. */
function attributes(pairs: Attributes): string | undefined {
  let out = '';
  for (const [key, value] of pairs) {
    const name = ATTRIBUTE[key];
    if (name === undefined) return undefined;
    out += ` ${name}="${value.replace(VALUE_SPECIALS, reference)}"`;
  }
  return out;
}

/** hProperties as ordered pairs (strings, and a class list of strings), or undefined for anything else. */
function properties(data: Data | undefined): Attributes | undefined {
  const props = (data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  if (props === undefined) return [];
  const out: Attributes = [];
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') out.push([key, value]);
    else if (key === 'className' && Array.isArray(value) && value.every((v) => typeof v === 'string')) out.push([key, value.join(' ')]);
    else return undefined;
  }
  return out;
}

/** Only these data fields (never `sanitize`, which no caller allows): undefined data passes. */
function dataOnly(data: Data | undefined, allowed: readonly string[]): boolean {
  return data === undefined || Object.keys(data).every((key) => allowed.includes(key));
}

function phrasing(nodes: readonly PhrasingContent[]): string | undefined {
  let out = '';
  for (const node of nodes) {
    const one = inline(node);
    if (one === undefined) return undefined;
    out += one;
  }
  return out;
}

function inline(node: PhrasingContent): string | undefined {
  switch (node.type) {
    case 'text': {
      if (node.data === undefined) return escText(textOf(node.value));
      const data = node.data as { hName?: unknown };
      if (!dataOnly(node.data, ['hName', 'hProperties']) || data.hName !== 'span') return undefined;
      const attrs = properties(node.data);
      const serialized = attrs && attributes(attrs);
      return serialized === undefined ? undefined : `<span${serialized}>${escText(textOf(node.value))}</span>`;
    }
    case 'strong':
    case 'emphasis': {
      if (node.data !== undefined) return undefined;
      const inner = phrasing(node.children);
      const tag = node.type === 'strong' ? 'strong' : 'em';
      return inner === undefined ? undefined : `<${tag}>${inner}</${tag}>`;
    }
    case 'inlineCode':
      return node.data === undefined ? `<code>${escText(node.value.replace(/\r?\n|\r/g, ' '))}</code>` : undefined;
    default:
      return undefined;
  }
}

function paragraph(node: Paragraph): string | undefined {
  if (node.data !== undefined) return undefined;
  const inner = phrasing(node.children);
  return inner === undefined ? undefined : `<p>${inner}</p>`;
}

function list(node: List): string | undefined {
  if (node.ordered || node.spread || (node.start !== null && node.start !== undefined) || !dataOnly(node.data, ['hProperties'])) return undefined;
  const attrs = properties(node.data);
  const open = attrs && attributes(attrs);
  if (open === undefined || node.children.length === 0) return undefined;
  const items: string[] = [];
  for (const item of node.children) {
    const only = item.children[0];
    if (item.data !== undefined || item.spread || (item.checked !== null && item.checked !== undefined)) return undefined;
    if (item.children.length !== 1 || only?.type !== 'paragraph') return undefined;
    const inner = only.data === undefined ? phrasing(only.children) : undefined;
    if (inner === undefined) return undefined;
    items.push(`<li>${inner}</li>`);
  }
  return `<ul${open}>\n${items.join('\n')}\n</ul>`;
}

/** A cell: `th` in the head row (html.ts adds `scope="col"`), else `td` or its `hName`; `align` before its properties. */
function cell(node: TableCell | undefined, head: boolean, align: string | null | undefined): string | undefined {
  let tag = head ? 'th' : 'td';
  const pairs: Attributes = align ? [['align', align]] : [];
  let inner = '';
  if (node) {
    if (!dataOnly(node.data, ['hName', 'hProperties'])) return undefined;
    const hName = (node.data as { hName?: unknown } | undefined)?.hName;
    if (hName !== undefined) {
      if (hName !== 'th' && hName !== 'td') return undefined;
      tag = hName;
    }
    const props = properties(node.data);
    // a property that is already there would keep its place: not taken here
    if (props === undefined || props.some(([key]) => key === 'align' || (head && key === 'scope'))) return undefined;
    pairs.push(...props);
    const content = phrasing(node.children);
    if (content === undefined) return undefined;
    inner = content;
  }
  if (head) pairs.push(['scope', 'col']);
  const attrs = attributes(pairs);
  return attrs === undefined ? undefined : `<${tag}${attrs}>${inner}</${tag}>`;
}

function table(node: Table): string | undefined {
  if (!dataOnly(node.data, ['caption', 'scroll', 'hProperties']) || node.children.length < 2) return undefined;
  const attrs = properties(node.data);
  const open = attrs && attributes(attrs);
  if (open === undefined) return undefined;
  const rows: string[] = [];
  for (const [index, row] of node.children.entries()) {
    if (row.data !== undefined) return undefined;
    const length = node.align ? node.align.length : row.children.length;
    const cells: string[] = [];
    for (let i = 0; i < length; i++) {
      const one = cell(row.children[i], index === 0, node.align?.[i]);
      if (one === undefined) return undefined;
      cells.push(one);
    }
    rows.push(`<tr>\n${cells.join('\n')}\n</tr>`);
  }
  const [head, ...body] = rows;
  const caption = node.data?.caption;
  const html = `<table${open}>${caption ? `<caption>${escText(caption)}</caption>` : ''}\n<thead>\n${head}\n</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
  if (!node.data?.scroll) return html;
  const label = caption === undefined ? '' : ` aria-label="${caption.replace(VALUE_SPECIALS, reference)}"`;
  return `<div class="table-scroll" role="region" tabindex="0"${label}>${html}</div>`;
}

/** The HTML of one of the report's own blocks, or undefined: then the pipeline renders it. */
export function trustedHtml(node: RootContent): string | undefined {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node);
    case 'heading': {
      if (!dataOnly(node.data, ['hProperties'])) return undefined;
      const attrs = properties(node.data);
      const open = attrs && attributes(attrs);
      const inner = phrasing(node.children);
      return open === undefined || inner === undefined ? undefined : `<h${node.depth}${open}>${inner}</h${node.depth}>`;
    }
    case 'list':
      return list(node);
    case 'table':
      return table(node);
    default:
      return undefined;
  }
}
