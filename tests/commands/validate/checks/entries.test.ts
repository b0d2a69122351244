/** The walks the checks share: parsed entries in file order, every string with its path, strings at given paths. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { eachString, isRecord, parsedEntries, stringsAt } from '../../../../src/commands/validate/checks/entries.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[]) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...extra], validators());

describe('parsedEntries', () => {
  it('every entry file that parsed to a mapping, also with schema errors or a bad name, sorted by file', () => {
    const content = load([
      { path: 'agenda/practices/z.md', bytes: practiceText() },
      { path: 'agenda/themes/wonen.md', bytes: '---\ntitle: Wonen\n---\n' }, // schema errors
      { path: 'agenda/practices/b.md', bytes: practiceText() },
      { path: 'agenda/practices/a.md', bytes: practiceText() },
      { path: 'agenda/practices/lijst.md', bytes: '---\n- a\n- b\n---\n' }, // not a mapping
      { path: 'agenda/practices/leeg.md', bytes: 'Geen frontmatter.\n' },
      { path: 'agenda/practices/a.txt', bytes: 'x' },
    ]);
    expect(parsedEntries(content).map((e) => [e.file, e.kind, e.id])).toEqual([
      ['agenda/practices/a.md', 'practice', 'a'],
      ['agenda/practices/b.md', 'practice', 'b'],
      ['agenda/practices/z.md', 'practice', 'z'],
      ['agenda/themes/wonen.md', 'theme', 'wonen'],
    ]);
    expect(parsedEntries(content)[0]!.data.title).toBe('Dorpsplan met inwoners');
  });
});

describe('isRecord', () => {
  it('a mapping, not null, a list or a scalar', () => {
    expect([{}, { a: 1 }, null, [], [1], 'x', 1, undefined].map(isRecord)).toEqual([true, true, false, false, false, false, false, false]);
  });
});

describe('eachString', () => {
  it('keys before their values, list items by index, depth first; numbers and null are no strings', () => {
    const seen: Array<[string, string, boolean]> = [];
    eachString({ a: 'x', b: [1, 'y', { c: 'z' }], d: null, e: 2 }, (path, value, key) => seen.push([path.join('.'), value, key]));
    expect(seen).toEqual([
      ['a', 'a', true], ['a', 'x', false],
      ['b', 'b', true], ['b.1', 'y', false], ['b.2.c', 'c', true], ['b.2.c', 'z', false],
      ['d', 'd', true], ['e', 'e', true],
    ]);
  });

  it('a string alone is visited at the empty path', () => {
    const seen: unknown[] = [];
    eachString('x', (path, value, key) => seen.push([[...path], value, key]));
    expect(seen).toEqual([[[], 'x', false]]);
  });
});

describe('stringsAt', () => {
  const data = { contact: { name: 'Karel', role: ' ' }, themes: ['wonen', '', 3, 'zorg'], title: 'T', list: 'geen lijst' };

  it('the non-blank strings at a path, with a * over a list', () => {
    expect(stringsAt(data, ['contact', 'name'])).toEqual([[['contact', 'name'], 'Karel']]);
    expect(stringsAt(data, ['contact', 'role'])).toEqual([]);
    expect(stringsAt(data, ['themes', '*'])).toEqual([[['themes', 0], 'wonen'], [['themes', 3], 'zorg']]);
    expect(stringsAt(data, ['title'])).toEqual([[['title'], 'T']]);
  });

  it('nothing where the data has another shape', () => {
    expect(stringsAt(data, ['list', '*'])).toEqual([]);
    expect(stringsAt(data, ['title', 'x'])).toEqual([]);
    expect(stringsAt(data, ['missing'])).toEqual([]);
    expect(stringsAt(['a'], ['0'])).toEqual([]);
    expect(stringsAt({ contact: ['Karel'] }, ['contact', 'name'])).toEqual([]);
  });

  it('returns copies of the paths', () => {
    const found = stringsAt(data, ['themes', '*']);
    expect(found[0]![0]).not.toBe(found[1]![0]);
  });
});
