/** The one markdown-section module: the reader, the writer and validate's check of `## Voortgang` agree. */
import { describe, expect, it } from 'vitest';
import { appendProgress, progressNotes, progressProblems } from '../../src/content/sections.js';
import { cleanText } from '../../src/content/entry-text.js';

describe('progressNotes (the report reads)', () => {
  it('reads what k80 update writes, multi-line notes included', () => {
    let body = 'De actie voluit.\n';
    body = appendProgress(body, '2026-03-04', 'Eerste overleg gevoerd.');
    body = appendProgress(body, '2026-05-18', 'Kaart staat online: [bekijk](https://example.org/kaart).\n\nMet **twaalf** gemeenten.');
    expect(progressNotes(body)).toEqual([
      { date: '2026-03-04', text: 'Eerste overleg gevoerd.' },
      { date: '2026-05-18', text: 'Kaart staat online: [bekijk](https://example.org/kaart).\n\nMet **twaalf** gemeenten.' },
    ]);
  });

  it('understands emphasised dates and other separators', () => {
    const body = [
      '## Voortgang',
      '',
      '- **2026-03-04** — Met een gedachtestreepje.',
      '- **2026-03-05:** Vet met dubbele punt.',
      '* _2026-03-06_ – Cursief met een kort streepje.',
      '- 2026-03-07 - Met een streepje.',
      '1. 2026-03-08 Genummerd.',
      '',
    ].join('\n');
    expect(progressNotes(body)).toEqual([
      { date: '2026-03-04', text: 'Met een gedachtestreepje.' },
      { date: '2026-03-05', text: 'Vet met dubbele punt.' },
      { date: '2026-03-06', text: 'Cursief met een kort streepje.' },
      { date: '2026-03-07', text: 'Met een streepje.' },
      { date: '2026-03-08', text: 'Genummerd.' },
    ]);
  });

  it('understands dated sub-headings', () => {
    const body = [
      'Tekst.',
      '',
      '## Voortgang',
      '',
      '### 2026-02-01',
      '',
      'Eerste alinea.',
      '',
      '- een opsomming hoort bij de notitie',
      '',
      '### 2026-04-01 — Tweede',
      'Tekst van de tweede.',
      '',
      '## Contact',
      '',
      '- 2026-05-01: geen voortgang, een ander hoofdstuk',
    ].join('\n');
    expect(progressNotes(body)).toEqual([
      { date: '2026-02-01', text: 'Eerste alinea.\n\n- een opsomming hoort bij de notitie' },
      { date: '2026-04-01', text: 'Tweede\nTekst van de tweede.' },
    ]);
  });

  it('skips items without a real date, text outside the section and a heading inside a code block', () => {
    const body = [
      '- 2026-01-01: voor de kop, geen voortgang',
      '```',
      '## Voortgang',
      '- 2026-01-02: in een codeblok vóór de echte kop',
      '```',
      '## Voortgang',
      '- 2026-02-30: geen bestaande datum',
      '- zonder datum',
      '- **2026-03-01_ scheef',
      '',
      '```',
      '- 2026-03-02: in een codeblok',
      '## ook in het codeblok',
      '```',
      '- 2026-03-03: wel',
    ].join('\n');
    expect(progressNotes(body)).toEqual([{ date: '2026-03-03', text: 'wel' }]);
    expect(progressNotes('Alleen tekst.\n')).toEqual([]);
  });

  it('a lower-case or indented heading is the section too; CRLF is read', () => {
    expect(progressNotes('Tekst.\r\n\r\n   ## voortgang\r\n\r\n- 2026-03-01: Een.\r\n\r\n  Vervolg.\r\n')).toEqual([
      { date: '2026-03-01', text: 'Een.\n\nVervolg.' },
    ]);
  });
});

describe('appendProgress (k80 update --note writes)', () => {
  it('creates the section at the end', () => {
    expect(appendProgress('\nDe actie voluit.\n', '2026-03-05', 'Brief gestuurd.')).toBe(
      '\nDe actie voluit.\n\n## Voortgang\n\n- 2026-03-05: Brief gestuurd.\n',
    );
    expect(appendProgress('', '2026-03-05', 'Eerste.')).toBe('## Voortgang\n\n- 2026-03-05: Eerste.\n');
  });

  it('adds the newest note last, before a following section', () => {
    const body = 'Tekst.\n\n## Voortgang\n\n- 2026-01-01: Eerste.\n- 2026-02-01: Tweede.\n\n\n';
    expect(appendProgress(body, '2026-03-05', 'Derde.')).toBe(
      'Tekst.\n\n## Voortgang\n\n- 2026-01-01: Eerste.\n- 2026-02-01: Tweede.\n- 2026-03-05: Derde.\n',
    );
    const next = '## Voortgang\n\n- 2026-01-01: Eerste.\n\n## Bronnen\n\n- https://example.org\n';
    expect(appendProgress(next, '2026-03-05', 'Tweede.')).toBe(
      '## Voortgang\n\n- 2026-01-01: Eerste.\n- 2026-03-05: Tweede.\n\n## Bronnen\n\n- https://example.org\n',
    );
  });

  it('starts a list after a paragraph in the section, and keeps level-3 headings inside it', () => {
    expect(appendProgress('## Voortgang\n\nNog niets.\n', '2026-03-05', 'Iets.')).toBe('## Voortgang\n\nNog niets.\n\n- 2026-03-05: Iets.\n');
    expect(appendProgress('## Voortgang\n\n### 2025\n\n- 2025-01-01: Oud.\n', '2026-03-05', 'Nieuw.')).toBe(
      '## Voortgang\n\n### 2025\n\n- 2025-01-01: Oud.\n- 2026-03-05: Nieuw.\n',
    );
  });

  it('indents the lines of a multi-line note into its item', () => {
    expect(appendProgress('', '2026-03-05', cleanText('Regel een.\r\n\r\nRegel twee.\u0007'))).toBe(
      '## Voortgang\n\n- 2026-03-05: Regel een.\n\n  Regel twee.\n',
    );
  });

  it('a heading inside a code block is no section; a lower-case or indented one is: never a second section', () => {
    expect(appendProgress('```\n## Voortgang\n```\n', '2026-03-05', 'Echt.')).toBe('```\n## Voortgang\n```\n\n## Voortgang\n\n- 2026-03-05: Echt.\n');
    expect(appendProgress('## voortgang\n\n- 2026-01-01: Oud.\n', '2026-03-05', 'Nieuw.')).toBe('## voortgang\n\n- 2026-01-01: Oud.\n- 2026-03-05: Nieuw.\n');
    expect(appendProgress('  ## Voortgang\n\n- 2026-01-01: Oud.\n', '2026-03-05', 'Nieuw.')).toBe('  ## Voortgang\n\n- 2026-01-01: Oud.\n- 2026-03-05: Nieuw.\n');
  });

  it('keeps CRLF line endings', () => {
    expect(appendProgress('Tekst.\r\n\r\n## Voortgang\r\n\r\n- 2026-01-01: Oud.\r\n', '2026-03-05', 'Nieuw.')).toBe(
      'Tekst.\r\n\r\n## Voortgang\r\n\r\n- 2026-01-01: Oud.\r\n- 2026-03-05: Nieuw.\r\n',
    );
  });

  it('what it writes the reader reads, and validate does not warn about', () => {
    const body = appendProgress(appendProgress('## Voortgang\n', '2026-03-04', 'Een.'), '2026-03-05', 'Twee.');
    expect(progressNotes(body).map((n) => n.date)).toEqual(['2026-03-04', '2026-03-05']);
    expect(progressProblems(body, '2026-12-01')).toEqual([]);
  });
});

describe('progressProblems (k80 validate warns)', () => {
  const body = [
    'De actie.',
    '',
    '## Voortgang',
    '',
    '- 2026-03-01: Goed.',
    '- 4 maart 2026: Brief gestuurd.',
    '- 2026-3-5: Gebeld.',
    '- **2026-03-06** — Vet.',
    '- 07-03-2026 Overleg.',
    '- 2026-02-30: Bestaat niet.',
    '- 2027-01-01: Later.',
    '- Zonder datum, gewoon een punt.',
    '',
  ].join('\n');

  it('names every dated-looking item that is not - YYYY-MM-DD: text, with the normalised line', () => {
    expect(progressProblems(body, '2026-12-01')).toEqual([
      { line: 6, column: 1, written: '4 maart 2026: Brief gestuurd.', problem: 'format', date: '2026-03-04', suggestion: '- 2026-03-04: Brief gestuurd.' },
      { line: 7, column: 1, written: '2026-3-5: Gebeld.', problem: 'format', date: '2026-03-05', suggestion: '- 2026-03-05: Gebeld.' },
      { line: 8, column: 1, written: '**2026-03-06** — Vet.', problem: 'format', date: '2026-03-06', suggestion: '- 2026-03-06: Vet.' },
      { line: 9, column: 1, written: '07-03-2026 Overleg.', problem: 'format', date: '2026-03-07', suggestion: '- 2026-03-07: Overleg.' },
      { line: 10, column: 1, written: '2026-02-30: Bestaat niet.', problem: 'date', date: '2026-02-30' },
      { line: 11, column: 1, written: '2027-01-01: Later.', problem: 'future', date: '2027-01-01' },
    ]);
  });
});

describe('progressProblems reads only from the heading on when that cannot change the reading', () => {
  const notes = '## Voortgang\n\n- 3 maart 2026: overleg\n- 2026-13-01: kan niet\n- 2027-01-01: later\n';
  const expected = (lines: number) => [
    { line: lines + 3, column: 1, written: '3 maart 2026: overleg', problem: 'format', date: '2026-03-03', suggestion: '- 2026-03-03: overleg' },
    { line: lines + 4, column: 1, written: '2026-13-01: kan niet', problem: 'date', date: '2026-13-01' },
    { line: lines + 5, column: 1, written: '2027-01-01: later', problem: 'future', date: '2027-01-01' },
  ];

  it('gives the lines of the whole body after lists, quotes, indented code and blank lines', () => {
    const before = 'Tekst.\n\n- een punt\n  nog een regel\n\n> citaat\n\n    code\n\n';
    expect(progressProblems(before + notes, '2026-12-01')).toEqual(expected(9));
    expect(progressProblems(notes, '2026-12-01')).toEqual(expected(0));
  });

  it('reads the whole body when fenced code or HTML comes first: a heading inside it is no heading', () => {
    const fenced = 'Tekst.\n\n```\n' + notes + '```\n';
    expect(progressProblems(fenced, '2026-12-01')).toEqual([]);
    const html = '<!--\n' + notes + '-->\n';
    expect(progressProblems(html, '2026-12-01')).toEqual([]);
    expect(progressProblems('```\nx\n```\n\n' + notes, '2026-12-01')).toEqual(expected(4));
  });

  it('gives what the whole body gives when a link reference definition comes before the heading', () => {
    // the full reading, forced by an HTML block on the first line (one line more)
    const full = (body: string) => progressProblems(`<!-- -->\n${body}`, '2026-12-01').map((p) => ({ ...p, line: p.line - 1 }));
    const bodies = [
      `[kaart]: https://example.org/kaart\n\n${notes}- 4 maart 2026: zie [kaart] en [de kaart][kaart]\n`,
      `Zie [kaart].\n[kaart]: https://example.org/kaart "Titel\nover twee regels"\n${notes}`,
      `[2026-03-02]: https://example.org\n\n## Voortgang\n\n- [2026-03-02]: een definitie als punt\n- 2 maart 2026: [2026-03-02]\n`,
      `[x]:\n  https://example.org\n${notes}`,
      // a title that would run over the heading: the heading ends the definition's paragraph first
      `[x]: https://example.org "begin\n${notes}einde"\n`,
      `[x]:\n## "Voortgang"\n\n${notes}`,
    ];
    for (const body of bodies) {
      expect(progressProblems(body, '2026-12-01')).toEqual(full(body));
      expect(full(body).length).toBeGreaterThan(0);
    }
  });
});
