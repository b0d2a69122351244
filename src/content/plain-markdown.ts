/**
 * Pure: a quick reader for the plainest markdown, the kind most entry bodies and progress notes are written in —
 * `#`-headings, paragraphs and tight `- ` lists of plain text, nothing inline. For such a text it gives the tree
 * remark-parse gives (with or without remark-gfm, which add nothing there), without positions; for anything else
 * undefined, and the caller parses it in full. The site renders thousands of bodies and notes: this spares the
 * markdown parser where it would find nothing but text. Kept strict on purpose: a character or a line that could
 * mean anything in markdown (or GFM) makes it step aside.
 */
import type { List, ListItem, Root, RootContent, Text } from 'mdast';

/**
 * Characters that may mean something inline (emphasis, code, links, images, HTML, entities, escapes, GFM tables,
 * strikethrough, footnotes, e-mail autolinks) or as a block (headings, quotes) or are control characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL = /[\\`*_[\]!<>&~|@#\u0000-\u0009\u000b-\u001f\u007f]/;
/** GFM's literal autolinks. */
const AUTOLINK = /www\.|:\/\//i;
/** What may start a line that is a paragraph's text (a list marker, a number with `.` or `)`, `=` or `+` may not). */
const TEXT_START = /^[\p{L}\p{N}]/u;
const ORDERED = /^\d{1,9}[.)]/;
const HEADING = /^(#{1,6}) (.+)$/;
const BULLET = /^- (.+)$/;

/** Plain inline text: no markup, no whitespace at either end (a hard break, a line's indentation). */
function plainText(text: string): boolean {
  return !SPECIAL.test(text) && !AUTOLINK.test(text) && text === text.trim() && !text.endsWith('\\');
}

/** A line of a paragraph, or the text of a list item or heading: plain, and not read as a block of its own. */
function lineText(text: string): boolean {
  return plainText(text) && TEXT_START.test(text) && !ORDERED.test(text);
}

const text = (value: string): Text => ({ type: 'text', value });

/** The tree of `markdown` when it is plain (see above), else undefined. */
export function plainTree(markdown: string): Root | undefined {
  if (markdown.includes('\r')) return undefined;
  const children: RootContent[] = [];
  let paragraph: string[] | undefined;
  let list: List | undefined;
  /** A blank line ended a list: a bullet now would continue it as a loose list (the parser's work). */
  let listEnded = false;
  const close = (): void => {
    if (paragraph) children.push({ type: 'paragraph', children: [text(paragraph.join('\n'))] });
    paragraph = undefined;
    list = undefined;
  };
  for (const line of markdown.split('\n')) {
    if (line === '') {
      if (list) listEnded = true;
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const content = heading[2] ?? '';
      // `#` is SPECIAL, so a closing sequence (`## Titel ##`) or a heading of only `#` never gets here
      if (!plainText(content)) return undefined;
      close();
      listEnded = false;
      children.push({ type: 'heading', depth: (heading[1] ?? '').length as 1 | 2 | 3 | 4 | 5 | 6, children: [text(content)] });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const content = bullet[1] ?? '';
      if (paragraph || listEnded || !lineText(content)) return undefined;
      if (!list) {
        list = { type: 'list', ordered: false, start: null, spread: false, children: [] };
        children.push(list);
      }
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: [text(content)] }] };
      list.children.push(item);
      continue;
    }
    if (list || !lineText(line)) return undefined;
    listEnded = false;
    (paragraph ??= []).push(line);
  }
  close();
  return { type: 'root', children };
}
