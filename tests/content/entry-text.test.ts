import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import {
  cleanLine,
  cleanText,
  isAmbiguousScalar,
  patchEntryText,
  serializeEntry,
  splitEntryText,
  today,
} from '../../src/content/entry-text.js';
import { parseEntrySource } from '../../src/content/frontmatter.js';
import { keyOrder, maxLength, nestedKeyOrder } from '../../src/content/schema-facts.js';
import { loadContent } from '../../src/content/load.js';
import { validators } from '../../src/content/read.js';
import { PROJECT } from '../helpers/repo.js';

const schema = (name: string): { properties: Record<string, { $ref?: string; properties?: object }>; $defs?: Record<string, { properties?: object }> } =>
  JSON.parse(readFileSync(join(PROJECT, 'schemas', `${name}.schema.json`), 'utf8'));

/** Load a single entry file next to the bundled settings and themes; returns its messages. */
function messagesFor(path: string, text: string): string[] {
  const files = ['agenda/k80.yaml', 'agenda/afwegingskader.yaml', 'agenda/themes/wonen.md', 'agenda/themes/nabijheid.md'].map((p) => ({
    path: p,
    bytes: readFileSync(join(PROJECT, p)),
  }));
  const content = loadContent([...files, { path, bytes: text }], validators());
  return content.messages.filter((x) => x.file === path).map((x) => `${x.rule}: ${x.message}`);
}

describe('schema facts (content/schema-facts)', () => {
  it.each(['theme', 'action', 'practice', 'topic', 'foreword'] as const)('the key order of %s is the schema\'s', (kind) => {
    expect(keyOrder(kind)).toEqual(Object.keys(schema(kind).properties));
  });

  it('nested objects follow their schema, also through $ref', () => {
    expect(nestedKeyOrder('practice')).toEqual({ contact: Object.keys(schema('practice').properties.contact!.properties!) });
    expect(nestedKeyOrder('topic')).toEqual({
      raised_by: Object.keys(schema('topic').$defs!.person!.properties!),
      assessment: Object.keys(schema('topic').properties.assessment!.properties!),
    });
    expect(nestedKeyOrder('action').lead).toEqual(['role', 'municipality', 'name']);
    expect(nestedKeyOrder('foreword')).toEqual({});
  });

  it('maxLength is read from the schema, through $ref and list items; a field without one is a bug', () => {
    expect(maxLength('practice', ['summary'])).toBe(280);
    expect(maxLength('practice', ['title'])).toBe(200);
    expect(maxLength('practice', ['contact', 'email'])).toBe(254);
    expect(maxLength('practice', ['tags', '*'])).toBe(50);
    expect(maxLength('topic', ['raised_by', 'role'])).toBe(100);
    expect(maxLength('topic', ['assessment', 'note'])).toBe(2000);
    expect(() => maxLength('practice', ['date'])).toThrow(/no maxLength/);
    expect(() => maxLength('practice', ['nothing'])).toThrow(/no maxLength/);
  });
});

describe('serializeEntry', () => {
  it('writes keys in schema order, lists in block style and quotes dates', () => {
    const text = serializeEntry(
      'practice',
      {
        links: ['https://example.org/a'],
        summary: 'Inwoners schrijven samen een dorpsplan.',
        contact: { email: 'wonen@example.org', role: 'beleidsadviseur' },
        themes: ['wonen', 'nabijheid'],
        title: 'Wonen: zo doen wij het',
        municipality: 'Ameland',
        date: '2026-03-05',
        tags: undefined,
      },
      '## Wat is het?\r\n\r\nTekst.\r\n\r\n\r\n',
    );
    expect(text).toBe(
      [
        '---',
        'title: "Wonen: zo doen wij het"',
        'municipality: Ameland',
        'themes:',
        '  - wonen',
        '  - nabijheid',
        'date: "2026-03-05"',
        'summary: Inwoners schrijven samen een dorpsplan.',
        'contact:',
        '  role: beleidsadviseur',
        '  email: wonen@example.org',
        'links:',
        '  - https://example.org/a',
        '---',
        '',
        '## Wat is het?',
        '',
        'Tekst.',
        '',
      ].join('\n'),
    );
    expect(messagesFor('agenda/practices/x.md', text)).toEqual([]);
  });

  it('writes no body part for an empty body', () => {
    expect(serializeEntry('topic', { title: 'T' }, '')).toBe('---\ntitle: T\n---\n');
  });

  it.each(['no', 'Yes', 'on', 'OFF', 'y', 'null', '~', '0755', '1_000', '12:30', '1.5', '2026-03-05', '0x1F', '.inf', '<<', ''])(
    'quotes %j so that YAML 1.1 readers keep it a string',
    (value) => {
      expect(isAmbiguousScalar(value)).toBe(true);
      const text = serializeEntry('practice', { title: 'T', municipality: value });
      const fm = splitEntryText(text)!.frontmatter;
      // a YAML 1.1 reader (with timestamps, yes/no booleans, sexagesimal numbers) must read the same string
      expect((parseYamlText(fm, { version: '1.1' }) as { municipality: unknown }).municipality).toBe(value);
      expect(parseEntrySource('agenda/practices/x.md', text).data).toEqual({ title: 'T', municipality: value });
    },
  );

  it('does not quote plain words', () => {
    expect(isAmbiguousScalar('Ameland')).toBe(false);
    expect(serializeEntry('practice', { municipality: 'Olst-Wijhe' })).toBe('---\nmunicipality: Olst-Wijhe\n---\n');
  });

  it.each([
    ['control characters', 'a\u0007b\u0000c'],
    ['right-to-left override', 'abc\u202Edef'],
    ['quotes and hashes', `"it's" # not a comment`],
    ['leading symbols', '- [x] {y}: *z* &a !b %c @d `e` |f >g'],
    ['emoji', 'Feest 🎉 in het dorp'],
    ['line break', 'a\nb'],
    ['yaml document markers', '---\n...'],
  ])('round-trips %s exactly', (_, value) => {
    const text = serializeEntry('topic', { title: value, raised_by: { municipality: 'Vaals' }, date: '2026-01-01', status: 'open' });
    const parsed = parseEntrySource('agenda/topics/x.md', text);
    expect(parsed.messages).toEqual([]);
    expect((parsed.data as { title: string }).title).toBe(value);
  });
});

describe('cleanLine and cleanText', () => {
  it('removes control and bidirectional characters and collapses whitespace in a line', () => {
    expect(cleanLine('  a\u0007b \u202Ec\t\n d\u2066 ')).toBe('a b c d');
    expect(cleanLine('Cafe\u0301')).toBe('Café');
  });

  it('keeps newlines and tabs in text, normalises line ends', () => {
    expect(cleanText('a\r\nb\rc\u0000\td  \n')).toBe('a\nb\nc\td\n');
  });

  it('removes spaces and tabs at every line end, also before U+2028 and U+2029 and at the very end', () => {
    expect(cleanText('a \t\nb\t\u2028c  \u2029d \t ')).toBe('a\nb\u2028c\u2029d');
    expect(cleanText(' \n\t\n  x  y \n')).toBe('\n\n  x  y\n');
    expect(cleanText('geen spaties aan het eind')).toBe('geen spaties aan het eind');
  });

  it('stays linear on a long run of spaces inside a line (a line-end pattern retried from every space)', () => {
    const run = ' '.repeat(300_000);
    expect(cleanText(`a${run}b${run}\nc`)).toBe(`a${run}b\nc`);
    expect(cleanText(`a${'\t '.repeat(150_000)}`)).toBe('a');
  });
});

describe('patchEntryText', () => {
  const action = [
    '---',
    '# De actie uit de agenda',
    'title: Lobby voor meer ruimte # korte titel',
    'theme: financien',
    "type: 'lobby'",
    'status: planned',
    'lead:',
    '  municipality: Vaals',
    '---',
    '',
    'De actie voluit.',
    '',
  ].join('\n');

  it('changes a value and keeps comments, quoting and the body', () => {
    const out = patchEntryText('action', action, { status: 'active' });
    expect(out).toBe(action.replace('status: planned', 'status: active'));
  });

  it('inserts a new key at its schema position', () => {
    const out = patchEntryText('action', action, { updated: '2026-03-05' });
    expect(out).toContain('lead:\n  municipality: Vaals\nupdated: "2026-03-05"\n---\n');
    const topic = '---\ntitle: T\nraised_by:\n  municipality: Vaals\nstatus: open\n---\nTekst\n';
    expect(patchEntryText('topic', topic, { date: '2026-01-02' })).toBe(
      '---\ntitle: T\nraised_by:\n  municipality: Vaals\ndate: "2026-01-02"\nstatus: open\n---\nTekst\n',
    );
  });

  it('removes a key given as undefined and replaces the body when given', () => {
    const out = patchEntryText('action', action, { lead: undefined }, '\nNieuw.\n');
    expect(out).toBe(
      '---\n# De actie uit de agenda\ntitle: Lobby voor meer ruimte # korte titel\ntheme: financien\ntype: \'lobby\'\nstatus: planned\n---\n\nNieuw.\n',
    );
  });

  it('writes nested objects in schema order', () => {
    const out = patchEntryText('action', action, { lead: { name: 'Jan Jansen', municipality: 'Beesel', role: 'wethouder' } });
    expect(out).toContain('lead:\n  role: wethouder\n  municipality: Beesel\n  name: Jan Jansen\n---');
  });

  it('reads CRLF and a BOM and writes LF', () => {
    const out = patchEntryText('action', `\ufeff${action.replace(/\n/g, '\r\n')}`, { status: 'done' });
    expect(out).toBe(action.replace('status: planned', 'status: done'));
  });
});

describe('today', () => {
  it('is the date in Europe/Amsterdam', () => {
    expect(today(new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-05');
    expect(today(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(today(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
