/**
 * The quick readers agree with the markdown parser: plainTree gives remark's own tree (with and without GFM) or
 * steps aside, quickNotes gives the notes the markdown tree gives or steps aside.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { plainTree } from '../../src/content/plain-markdown.js';
import { quickNotes, treeNotes } from '../../src/content/sections.js';

const gfm = unified().use(remarkParse).use(remarkGfm);
const commonmark = unified().use(remarkParse);
const withoutPositions = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree, (k, v: unknown) => (k === 'position' ? undefined : v)));

const PLAIN = [
  '',
  'Eén zin.',
  '\n## Wat is het?\n\nWe betrekken inwoners. Wij spreken regelmatig met de corporatie.\n\n## Hoe pak je het aan?\n\n- Gebruik het draaiboek.\n- Begin klein.\n\n## Contact\n\nVia de trekker van de gemeente Alphen-Chaam.\n',
  'Een alinea\nover twee regels.\n\nEn nog een, met 12,5 procent: meer (zie onder)?',
  '# Kop 1\n###### Kop 6\nTekst direct onder de kop.\n## Kop 2',
  '- Eerste punt.\n- 2026-03-04: een datum.\n## Kop na de lijst\n- Nieuwe lijst.',
  'Planning bijgesteld.',
];

const TRICKY = [
  'Met *nadruk*.', 'Met **vet**.', 'Met _nadruk_.', 'Een [link](https://example.org).', 'Zie https://example.org of www.example.org.',
  'Mail naar info@example.org.', 'Met `code`.', 'Met <b>html</b>.', 'A &amp; B', 'Een \\ escape', 'Doorgestreept ~~weg~~.',
  '| a | b |\n| - | - |\n| 1 | 2 |', 'Voetnoot[^1].\n\n[^1]: Noot.', '- [ ] taak\n- [x] klaar', '- een\n\n- twee', '- een\nlui vervolg',
  'Kop\n===', 'Kop\n---', 'Tekst\n- lijst direct na een alinea', '1. genummerd', '2026. Een jaartal voorop', '  ingesprongen', '    code',
  'Twee spaties aan het eind  \nvolgende regel', '## Kop ##', '#Geen kop', '- - -', '---', '* ster', '+ plus', 'Regel\r\nmet CRLF',
  'Met\ttab', '> citaat', '- een\n  vervolg in het punt', '#', '-', '- ', 'Tekst\n=== ', '![beeld](x.png)', '[a]: https://example.org',
];

describe('plainTree', () => {
  it('gives remark\'s tree, without positions, for plain headings, paragraphs and tight lists', () => {
    for (const text of PLAIN) {
      const tree = plainTree(text);
      expect(tree, text).toBeDefined();
      expect(tree).toEqual(withoutPositions(gfm.parse(text)));
      expect(tree).toEqual(withoutPositions(commonmark.parse(text)));
    }
  });

  it('steps aside for anything with markup, or gives the same tree', () => {
    let aside = 0;
    for (const text of TRICKY) {
      const tree = plainTree(text);
      if (tree === undefined) aside++;
      else expect(tree, text).toEqual(withoutPositions(gfm.parse(text)));
    }
    expect(aside).toBe(TRICKY.length); // the list holds nothing it should take
  });
});

describe('quickNotes', () => {
  const plainNotes = [
    'De actie.\n\nEen alinea ervoor.\n\n## Voortgang\n\n- 2025-04-21: Status van planned naar dropped.\n- 2025-08-06: Planning bijgesteld.\n- Geen datum.\n- 2025-13-01: Geen echte datum.\n',
    '## Voortgang\n- 2026-01-02: Direct onder de kop.\n\n- 2026-02-03: Na een lege regel.\n## Daarna\n\nTekst daarna hoort er niet bij.',
    '## VOORTGANG\n',
  ];
  it('reads a plain Voortgang list as the markdown tree does', () => {
    for (const body of plainNotes.slice(0, 2)) {
      const quick = quickNotes(body);
      expect(quick, body).toBeDefined();
      expect(quick).toEqual(treeNotes(body));
    }
    expect(quickNotes(plainNotes[0]!)).toEqual([
      { date: '2025-04-21', text: 'Status van planned naar dropped.' },
      { date: '2025-08-06', text: 'Planning bijgesteld.' },
    ]);
    expect(quickNotes(plainNotes[2]!)).toEqual([]);
  });

  it('steps aside when the body could be read otherwise', () => {
    const bodies = [
      '```\n## Voortgang\n- 2026-01-02: In code.\n```',
      '<div>\n## Voortgang\n- 2026-01-02: Na html.\n',
      '[x]:\n## Voortgang\n- 2026-01-02: Na een definitie.\n',
      '## Voortgang\n- 2026-01-02: Een\n  vervolgregel.\n',
      '## Voortgang\n* 2026-01-02: Een ster.\n',
      '## Voortgang\n- **2026-01-02** — Vet.\n',
      '## Voortgang\n### 2026-01-02\nEen subkop.\n',
      '## Voortgang\n- 2026-01-02: Een.\n\n## Voortgang\n- 2026-02-02: Twee.\n',
      'Over de voortgang.\n\n## Voortgang\n- 2026-01-02: Een.\n',
      '## Voortgang ##\n- 2026-01-02: Een.\n',
      '## Voortgang\r\n- 2026-01-02: CRLF.\r\n',
      '## Voortgang\n- 2026-01-02: Een.\n## Daarna\n\nOver de voortgang.\n',
    ];
    for (const body of bodies) expect(quickNotes(body), body).toBeUndefined();
  });
});
