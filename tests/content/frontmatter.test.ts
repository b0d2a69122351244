/** The loader's parser: the splitter, the fast path and its agreement with the position-rich parse. */
import { describe, expect, it } from 'vitest';
import {
  firstInvalidUtf8,
  parseEntrySource,
  parseYaml,
  parseYamlRich,
  splitFrontmatter,
} from '../../src/content/frontmatter.js';

describe('splitFrontmatter (gray-matter rules, without gray-matter)', () => {
  it('splits fence, language, block and body', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody\n')).toEqual({ language: '', block: '\na: 1', body: 'Body\n', bodyOffset: 13 });
    expect(splitFrontmatter('---yaml \na: 1\n---\n\nBody')).toMatchObject({ language: 'yaml', block: '\na: 1', body: '\nBody' });
    expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ body: '' });
    expect(splitFrontmatter('---\na: 1\n--- trailing\nBody')).toMatchObject({ block: '\na: 1', body: ' trailing\nBody' });
  });

  it('refuses what does not open with a fence line', () => {
    for (const text of ['', '---', '----\na: 1\n----\n', 'a: 1\n---\n', ' ---\na: 1\n---\n']) expect(splitFrontmatter(text)).toBeUndefined();
    expect(splitFrontmatter('---\na: 1\n')).toMatchObject({ block: undefined });
  });
});

describe('the fast path', () => {
  const SNIPPETS = [
    'a: no', 'a: yes', 'a: on', 'a: 2026-03-05', 'a: 2026-03-05T10:00:00Z', 'a: 0o17', 'a: 017', 'a: 0x1F', 'a: 1_000',
    'a: +1', 'a: .5', 'a: 1e3', 'a: .inf', 'a: ~', 'a: Null', 'a: TRUE', 'a: tRue', 'a: 1:20', '<<: {b: 1}', 'a: 0b101',
    'a: !!str 1', 'a: !!int "1"', '1: x\n2: y', 'a:\n  - 1\n  -  2', 'a: "\\u00e9"', "a: 'it''s'", 'a: |\n  x\n  y\n',
    'a: >-\n  x\n  y\n', 'a: [1, 2,]', 'a: {b: 1, c: 2}', '- a\n- b', 'x', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1',
    'a: &x 1', 'a:\tb', 'a: x #c', 'a: x#c', 'a: [a: 1]', 'a: {b}', "a: 'x\n  y'", 'a: 9007199254740993', 'a:', 'a: ""',
    'true: 1', '1.5: x',
  ];
  it.each(SNIPPETS)('gives the same data as the position-rich parse: %j', (yaml) => {
    const fast = parseYaml('f', yaml);
    const rich = parseYamlRich('f', yaml);
    expect(fast.messages).toEqual([]);
    expect(rich.messages).toEqual([]);
    expect(fast.data).toEqual(rich.data);
  });

  const BAD = ['a: b: c', 'a: "x" y', 'a: 1\n---\nb: 2', 'a: &x 1\nb: *x', 'a: 1\na: 2', 'a: -', 'a: @x', 'a: `x`', 'a:\n\t- b'];
  it.each(BAD)('leaves refusals to the position-rich parse: %j', (yaml) => {
    const fast = parseYaml('f', yaml);
    expect(fast.data).toBeUndefined();
    expect(fast.messages.length).toBeGreaterThan(0);
    expect(fast.messages).toEqual(parseYamlRich('f', yaml).messages);
  });

  it('computes positions lazily, and right', () => {
    const source = parseEntrySource('f.md', '---\ntitle: x\ncontact:\n  role: y\nthemes:\n  - a\n  - b\n---\nBody\n');
    expect(source.messages).toEqual([]);
    expect(source.locate(['contact', 'role'])).toEqual({ line: 4, column: 9 });
    expect(source.locate(['contact', 'role'], 'key')).toEqual({ line: 4, column: 3 });
    expect(source.locate(['themes', 1])).toEqual({ line: 7, column: 5 });
    expect(source.locate(['missing', 'deeper'])).toEqual({ line: 2, column: 1 });
    expect(source.bodyLine).toBe(9);
  });
});

describe('firstInvalidUtf8', () => {
  const at = (...bytes: number[]): number => firstInvalidUtf8(new Uint8Array(bytes));
  it('finds the start of the first ill-formed sequence', () => {
    expect(at(0x61, 0x62)).toBe(2);
    expect(at(0x61, 0xe9, 0x62)).toBe(1); // Latin-1 é
    expect(at(0xe2, 0x9c, 0x93, 0xc3, 0x28)).toBe(3); // ✓ then a broken é
    expect(at(0xc0, 0xaf)).toBe(0); // overlong
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
    expect(at(0x61, 0xe2, 0x9c)).toBe(1); // truncated at the end
  });
});
