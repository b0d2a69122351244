import { describe, expect, it } from 'vitest';
import { nl, languageFrom } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en/index.js';

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalogue with its dotted path (arrays by index). */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, value: node }];
}

const ARG_KINDS = ['number', 'string', 'array'] as const;
type ArgKind = (typeof ARG_KINDS)[number];
const marker = (kind: ArgKind, i: number): unknown =>
  kind === 'number' ? 90_001 + i : kind === 'string' ? `«a${i}»` : [`«a${i}»`, `«b${i}»`];
const markerTexts = (kind: ArgKind, i: number): string[] =>
  kind === 'number' ? [String(90_001 + i)] : kind === 'string' ? [`«a${i}»`] : [`«a${i}»`, `«b${i}»`];

/** Arguments the Dutch message accepts (numbers, strings or lists), found by trying, and the markers in them. */
function argumentsFor(fn: (...a: unknown[]) => unknown, path = ''): { args: unknown[]; kinds: ArgKind[] } {
  const n = fn.length;
  const combos = (k: number): ArgKind[][] => (k === 0 ? [[]] : combos(k - 1).flatMap((c) => ARG_KINDS.map((a) => [...c, a])));
  for (const kinds of combos(n)) {
    const args = kinds.map((k, i) => marker(k, i));
    try {
      const out = fn(...args);
      if (typeof out === 'string' || (Array.isArray(out) && out.every((x) => typeof x === 'string'))) return { args, kinds };
    } catch {
      // try the next combination
    }
  }
  throw new Error(`no arguments found for ${path} (arity ${n})`);
}

/** Which placeholders (argument markers) a message's text shows. */
function placeholders(text: string, kinds: ArgKind[]): string[] {
  return kinds.flatMap((k, i) => markerTexts(k, i).filter((t) => text.includes(t)));
}

describe('the English catalogue', () => {
  const nlLeaves = leaves(nl);
  const enLeaves = leaves(en);
  const enByPath = new Map(enLeaves.map((l) => [l.path, l.value]));

  it('has exactly the keys of the Dutch catalogue', () => {
    expect(enLeaves.map((l) => l.path).sort()).toEqual(nlLeaves.map((l) => l.path).sort());
    expect(nlLeaves.length).toBeGreaterThan(400);
  });

  it('has the same kind of value at every key, and functions of the same arity', () => {
    for (const { path, value } of nlLeaves) {
      const other = enByPath.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === 'function') expect((other as (...a: unknown[]) => unknown).length, path).toBe(value.length);
    }
  });

  it('shows the same placeholders in every message', () => {
    let checked = 0;
    for (const { path, value } of nlLeaves) {
      if (typeof value !== 'function') continue;
      const { args, kinds } = argumentsFor(value as (...a: unknown[]) => unknown, path);
      const text = (out: unknown): string => (Array.isArray(out) ? out.join('\n') : (out as string));
      const dutch = text((value as (...a: unknown[]) => unknown)(...args));
      const englishOut = (enByPath.get(path) as (...a: unknown[]) => unknown)(...args);
      expect(Array.isArray(englishOut) ? 'array' : typeof englishOut, path).toBe(Array.isArray((value as (...a: unknown[]) => unknown)(...args)) ? 'array' : 'string');
      const english = text(englishOut);
      expect(placeholders(english, kinds), path).toEqual(placeholders(dutch, kinds));
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('is really English: only words that are the same in both languages are left as they are', () => {
    const SAME = new Set(['Open', 'Agenda', 'Contact', 'Status', 'impact', 'Score', 'Score (0–100)', 'Id', 'K80', 'agenda', '↑↓', 'enter', 'k80', 'Knock-out', 'Contact: ', 'Links',
      // git's own names of its states
      'merge', 'rebase', 'cherry-pick', 'revert', 'bisect']);
    const untranslated = nlLeaves.filter(
      ({ path, value }) =>
        typeof value === 'string' && enByPath.get(path) === value && !SAME.has(value) && !path.startsWith('common.helpTerms.') &&
        // the example lines of ids and names, the Dutch template's own lines
        !/^(content\.schema\.examples|validate\.leftovers)\./.test(path) &&
        // the built-in style names of word processors (Heading 1, Text body, Footer, Internet link)
        !(path.startsWith('report.documents.styleNames.') && /^(Heading \d|Text body|Footer|Internet link)$/.test(value)),
    );
    expect(untranslated.map((l) => l.path)).toEqual([]);
  });
});

describe('choosing the language', () => {
  it('is Dutch by default', () => {
    expect(languageFrom(['node', 'k80'].slice(2), {})).toEqual({ lang: 'nl' });
  });
  it('takes --lang and --lang= before K80_LANG, and stops at --', () => {
    expect(languageFrom(['validate', '--lang', 'en'], { K80_LANG: 'nl' })).toEqual({ lang: 'en' });
    expect(languageFrom(['--lang=en', 'list'], {})).toEqual({ lang: 'en' });
    expect(languageFrom(['--lang=nl'], { K80_LANG: 'en' })).toEqual({ lang: 'nl' });
    expect(languageFrom(['add', '--', '--lang', 'en'], {})).toEqual({ lang: 'nl' });
  });
  it('reads K80_LANG, case and spaces aside, and returns a bad value to be named', () => {
    expect(languageFrom([], { K80_LANG: ' EN ' })).toEqual({ lang: 'en' });
    expect(languageFrom([], { K80_LANG: 'fr' })).toEqual({ lang: 'nl', bad: 'fr' });
    expect(languageFrom([], { K80_LANG: '' })).toEqual({ lang: 'nl' });
  });
});
