/** Template leftovers and topic status rules, on content loaded from real files. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { checkContent } from '../../../../src/commands/validate/check-content.js';
import { practiceTemplate } from '../../../../src/commands/add/draft.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const THEMES: RawFile[] = [
  { path: 'agenda/themes/nabijheid.md', bytes: '---\ntitle: Nabijheid\ntagline: t\nsection: A\norder: 1\n---\n' },
  { path: 'agenda/themes/wonen.md', bytes: '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n---\n' },
];
const check = (extra: RawFile[]) =>
  checkContent(
    loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...THEMES, ...extra], validators()),
    { today: '2026-06-01' },
  ).messages.map((x) => `${x.line}:${x.column} ${x.severity} ${x.rule} ${x.message}`);

const HINT = 'Hier staat nog de uitleg uit het sjabloon. Vervang die door je eigen tekst, of haal de regel weg.';

describe('template leftovers (warnings)', () => {
  it('the <!-- … --> hints that k80 add writes, one warning per hint line', () => {
    const text = practiceText({}).replace(/---\n[^]*$/, (end) => end) + `\n${practiceTemplate()}`;
    const found = check([{ path: 'agenda/practices/a.md', bytes: text }]);
    expect(found).toHaveLength(4);
    for (const f of found) expect(f).toMatch(new RegExp(`^\\d+:1 warning template-leftover ${HINT.replace(/[.()]/g, '\\$&')}$`));
  });

  it("CONTRIBUTING's invented example: its hints as plain lines, and its title", () => {
    const text =
      '---\ntitle: Dorpsbudget voor elke kern\nmunicipality: Ameland\nthemes: [wonen]\ndate: "2024-03-12"\nsummary: Elke kern een budget.\n' +
      'contact:\n  role: Dorpscoördinator\n  email: kernen@example.org\nlinks:\n  - https://www.example.org/dorpsbudget\n---\n\n' +
      '## Wat is het?\n\nBeschrijf in een paar zinnen wat de gemeente doet, voor wie, en sinds wanneer.\n\nWat zou je de volgende keer anders doen?\n';
    expect(check([{ path: 'agenda/practices/a.md', bytes: text }])).toEqual([
      '2:8 warning template-example Dit is het verzonnen voorbeeld uit CONTRIBUTING.md. Vervang het door je eigen voorbeeld.',
      `16:1 warning template-leftover ${HINT}`,
      `18:1 warning template-leftover ${HINT}`,
    ]);
  });

  it('a hint with other spacing, in or out of a comment, is still found (each of its words is looked for as written)', () => {
    const hint = 'Beschrijf in een paar zinnen wat de gemeente doet, voor wie, en sinds wanneer.';
    const spaced = `  <!--   ${hint.replace(/ /g, '  \t')}   -->  `;
    const text = `${practiceText({})}\n## Wat is het?\n\n${spaced}\n\n${hint.replace(/ /g, '   ')}\n\nEen eigen zin met het woord Beschrijf.\n`;
    expect(check([{ path: 'agenda/practices/a.md', bytes: text }]).filter((x) => x.includes('template-leftover'))).toHaveLength(2);
  });

  it('only comment marks at the start and the end of a line are taken off: a hint with a mark at the wrong end is own text', () => {
    const hint = 'Beschrijf in een paar zinnen wat de gemeente doet, voor wie, en sinds wanneer.';
    const text = `${practiceText({})}\n## Wat is het?\n\n${hint} <!--\n\n--> ${hint}\n`;
    expect(check([{ path: 'agenda/practices/a.md', bytes: text }])).toEqual([]);
  });

  it('own text under the same headings is fine', () => {
    const text = `${practiceText({})}\n## Wat is het?\n\nEen dorpsplan, door inwoners geschreven.\n`;
    expect(check([{ path: 'agenda/practices/a.md', bytes: text }])).toEqual([]);
  });
});

const topic = (status: string, assessment = '') =>
  `---\ntitle: Glasvezel\nraised_by:\n  municipality: Ameland\ndate: "2026-03-01"\nstatus: ${status}\n${assessment}---\n`;
const weighed = (verdict: string, total: number) =>
  `assessment:\n  date: "2026-03-10"\n  by: dagelijks bestuur\n  framework_version: 1\n  scores: {}\n  total: ${total}\n  verdict: ${verdict}\n`;

describe('topic status rules', () => {
  it('assessed without an assessment is an error', () => {
    expect(check([{ path: 'agenda/topics/glasvezel.md', bytes: topic('assessed') }])).toEqual([
      '6:9 error topic-assessed-without-assessment De status is assessed (beoordeeld), maar er is geen weging (assessment). Weeg het onderwerp met k80 score, of zet de status terug op open.',
    ]);
  });

  it('declined against take-up and taken-up against decline are warnings; in line with the verdict nothing', () => {
    const rules = (status: string, verdict: string, total: number) =>
      check([{ path: 'agenda/topics/glasvezel.md', bytes: topic(status, weighed(verdict, total)) }]).filter((x) => x.includes('topic-'));
    expect(rules('declined', 'take-up', 80)).toEqual([
      '6:9 warning topic-status-verdict De status is declined (niet opgepakt), maar de weging zegt take-up (oppakken). Klopt dat? Leg het besluit van het bestuur vast in de tekst.',
    ]);
    expect(rules('taken-up', 'decline', 10)).toEqual([
      '6:9 warning topic-status-verdict De status is taken-up (opgepakt), maar de weging zegt decline (niet oppakken). Klopt dat? Leg het besluit van het bestuur vast in de tekst.',
    ]);
    expect(rules('taken-up', 'take-up', 80)).toEqual([]);
    expect(rules('declined', 'decline', 10)).toEqual([]);
    expect(rules('open', 'take-up', 80)).toEqual([]);
  });
});
