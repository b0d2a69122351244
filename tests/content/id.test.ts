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
