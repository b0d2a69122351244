/** The text check at the edges of its character ranges: which characters are control characters, which are invisible. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { text } from '../../../../src/commands/validate/checks/text.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[]) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...extra], validators());
const P = 'agenda/practices/a.md';
/** The text check on a practice whose summary is `value` (written as a YAML double-quoted escape). */
const summary = (value: string) => text(load([{ path: P, bytes: practiceText({ summary: `"${value}"` }) }]));
const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const code = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

describe('control characters', () => {
  it('C0 except tab and line feed, DEL and C1, and the bidi overrides and isolates: at both ends of each range', () => {
    for (const n of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x9f, 0x202a, 0x202c, 0x202e, 0x2066, 0x2069]) {
      const found = summary(`ab${hex(n)}c`);
      expect(found.map((x) => [x.rule, x.severity, x.line, x.column, x.path]), code(n)).toEqual([['control-character', 'error', 6, 10, ['summary']]]);
      expect(found[0]!.message, code(n)).toContain(`(${code(n)}, teken 3 van de waarde)`);
    }
  });

  it('just outside the ranges is text: tab, line feed, space, ~, no-break space, U+2029, U+202F, U+2065, U+206A', () => {
    for (const n of [0x09, 0x0a, 0x20, 0x7e, 0xa0, 0x2029, 0x202f, 0x2065, 0x206a]) {
      expect(summary(`ab${hex(n)}c`), code(n)).toEqual([]);
    }
  });

  it('the place counts characters, not UTF-16 units (an emoji is one); only the first one in a value is named', () => {
    const found = summary('\\U0001F3E0 huis\\u001b\\u202e');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('(U+001B, teken 7 van de waarde)'); // 8 if it counted UTF-16 units
    expect(summary('\\u007f')[0]!.message).toContain('(U+007F, teken 1 van de waarde)');
  });

  it('in a key: positioned at the key; in a list item: at the item', () => {
    const bytes = practiceText({ tags: '["a", "b\\u0007"]', '"x\\u001bkey"': 'waarde' });
    const found = text(load([{ path: P, bytes }]));
    expect(found.map((x) => [x.line, x.column, x.path])).toEqual([[7, 13, ['tags', 1]], [8, 1, ['x\u001bkey']]]);
  });
});

describe('an invisible title', () => {
  const title = (value: string) => text(load([{ path: P, bytes: practiceText({ title: `"${value}"` }) }])).map((x) => [x.rule, x.line, x.column, x.path]);

  it('white space, soft hyphen, Mongolian vowel separator, zero-width characters, word joiners, BOM: empty', () => {
    for (const v of [' ', '\\t', '\\u00a0', '\\u00ad', '\\u180e', '\\u200b', '\\u200f', '\\u2060', '\\u2064', '\\ufeff', ' \\u200b \\u00ad ']) {
      expect(title(v), v).toEqual([['title-empty', 2, 8, ['title']]]);
    }
    expect(text(load([{ path: P, bytes: practiceText({ title: '" "' }) }])).map((x) => x.severity)).toEqual(['error']);
    // a title that is no string is the schema's (an empty list would read as '' as a text)
    expect(text(load([{ path: P, bytes: practiceText({ title: '[]' }) }]))).toEqual([]);
  });

  it('one visible character, also next to invisible ones, is a title; an empty title is left to the schema', () => {
    for (const v of ['a', '\\u200ba', 'a\\u200b', '\\u2010', '\\u2065', '\\u00ae', '\\u180f', '-']) {
      expect(title(v), v).toEqual([]);
    }
    expect(title('')).toEqual([]);
  });

  it('is about the title only', () => {
    expect(summary('\\u200b')).toEqual([]);
  });
});
