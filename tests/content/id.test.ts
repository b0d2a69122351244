import { describe, expect, it } from 'vitest';
import { slugify, uniqueId } from '../../src/content/id.js';
import { isValidId } from '../../src/content/kinds.js';

describe('slugify', () => {
  it.each([
    ['Financiën', 'financien'],
    ['Dorpsplan Ameland', 'dorpsplan-ameland'],
    ['Wonen: zo doen wij het!', 'wonen-zo-doen-wij-het'],
    ['Straße und Ærø, Łódź', 'strasse-und-aero-lodz'],
    ['Crème brûlée à la Sœur', 'creme-brulee-a-la-soeur'],
    ['Wonen & zorg', 'wonen-en-zorg'],
    ['  --Al--veel---streepjes--  ', 'al-veel-streepjes'],
    ['IJsselmonde ĳs', 'ijsselmonde-ijs'],
    ['ＦＵＬＬ width １２３', 'full-width-123'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['..', 'item'],
    ['!!!', 'item'],
    ['🎉 Feest 🎉', 'feest'],
    ['a\u202Eb\u0007c', 'a-b-c'],
    ['CON', 'con-1'],
    ['nul', 'nul-1'],
    ['Com1', 'com1-1'],
    ['lpt9', 'lpt9-1'],
  ])('%j → %s', (title, id) => {
    expect(slugify(title)).toBe(id);
  });

  it('uses the fallback for a title without letters or digits', () => {
    expect(slugify('!!!', 'goed-voorbeeld')).toBe('goed-voorbeeld');
    expect(slugify('', 'Actueel thema')).toBe('actueel-thema');
    expect(slugify('???', '***')).toBe('item');
  });

  it('cuts to at most 60 characters on a word boundary', () => {
    const title = 'Een heel lange titel over samenwerking tussen kleine gemeenten in de regio en daarbuiten';
    const id = slugify(title);
    expect(id).toBe('een-heel-lange-titel-over-samenwerking-tussen-kleine');
    expect(id.length).toBeLessThanOrEqual(60);
  });

  it('cuts a single very long word hard at 60', () => {
    expect(slugify('a'.repeat(500))).toBe('a'.repeat(60));
  });

  it('always gives a valid id', () => {
    const samples = ['', '-', 'Ä', '\u0000', '\u202E', '١٢٣', '中文标题', 'x'.repeat(61), `${'ab '.repeat(40)}`, 'aux', 'PRN'];
    for (const s of samples) expect(isValidId(slugify(s)), s).toBe(true);
  });
});

describe('uniqueId', () => {
  it('keeps a free id', () => {
    expect(uniqueId('dorpsplan', ['wonen'])).toBe('dorpsplan');
  });

  it('adds -2, -3 on a clash', () => {
    expect(uniqueId('dorpsplan', ['dorpsplan'])).toBe('dorpsplan-2');
    expect(uniqueId('dorpsplan', ['dorpsplan', 'dorpsplan-2'])).toBe('dorpsplan-3');
  });

  it('compares case-insensitively', () => {
    expect(uniqueId('dorpsplan', ['Dorpsplan'])).toBe('dorpsplan-2');
  });

  it('stays within 60 characters with a suffix', () => {
    const base = 'a'.repeat(60);
    const id = uniqueId(base, [base]);
    expect(id).toBe(`${'a'.repeat(58)}-2`);
    expect(isValidId(id)).toBe(true);
    const words = `${'abcd-'.repeat(12)}`.slice(0, 59);
    expect(isValidId(uniqueId(words, [words]))).toBe(true);
  });

  it('slugifies a base that is not an id', () => {
    expect(uniqueId('Financiën', [])).toBe('financien');
  });
});

describe('folding, letter by letter', () => {
  it.each([
    ['ẞ', 'ss'], ['æ', 'ae'], ['Œ', 'oe'], ['ø', 'o'], ['Ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['Đ', 'd'], ['ð', 'd'], ['Ð', 'd'],
    ['þ', 'th'], ['Þ', 'th'], ['ı', 'i'], ['ħ', 'h'], ['Ħ', 'h'], ['ŧ', 't'], ['Ŧ', 't'], ['ß', 'ss'], ['Æ', 'ae'], ['œ', 'oe'], ['Ł', 'l'],
  ])('%s folds to %s, also twice in one title', (letter, folded) => {
    expect(slugify(`a${letter}b ${letter}`)).toBe(`a${folded}b-${folded}`);
  });

  it('& and + become words, also in their full-width forms', () => {
    expect(slugify('Zorg+Welzijn & Wonen+')).toBe('zorg-plus-welzijn-en-wonen-plus');
    expect(slugify('Zorg＋Welzijn＆Wonen')).toBe('zorg-plus-welzijn-en-wonen');
  });

  it('a title that is one word keeps its own length up to 60, and a fallback is cut the same way', () => {
    const sixty = `${'ab-'.repeat(19)}abc`;
    expect(sixty).toHaveLength(60);
    expect(slugify(sixty)).toBe(sixty);
    expect(slugify(`${sixty}d`)).toBe(`${'ab-'.repeat(19).slice(0, -1)}`);
    expect(slugify(`${sixty.slice(0, 59)}-d`)).toBe(sixty.slice(0, 59));
    expect(slugify('', `${sixty}d`)).toBe(`${'ab-'.repeat(19).slice(0, -1)}`);
    expect(slugify('', 'CON')).toBe('con-1');
  });

  it('a hyphen inside a word boundary or at the very start is no boundary to cut on', () => {
    expect(slugify(`-${'a'.repeat(70)}`)).toBe('a'.repeat(60));
    expect(slugify(`${'a'.repeat(61)}-b`)).toBe('a'.repeat(60));
  });
});

describe('uniqueId at the length limit', () => {
  it('drops a hyphen that the cut leaves at the end before the suffix', () => {
    const base = `ab-${'a'.repeat(54)}-bb`;
    expect(uniqueId(base, [base])).toBe(`ab-${'a'.repeat(54)}-2`);
  });

  it('counts on past a long run of taken ids, with a wider suffix', () => {
    const base = 'a'.repeat(60);
    const taken = [base, ...Array.from({ length: 8 }, (_, i) => `${'a'.repeat(58)}-${i + 2}`), `${'a'.repeat(57)}-10`];
    expect(uniqueId(base, taken)).toBe(`${'a'.repeat(57)}-11`);
  });

  it('compares the existing ids case-insensitively, also the suffixed ones', () => {
    expect(uniqueId('Wonen', ['WONEN', 'Wonen-2'])).toBe('wonen-3');
  });
});
