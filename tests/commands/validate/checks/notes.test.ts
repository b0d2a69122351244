/**
 * The checks on a practice's and an action's text: template leftovers (however the hint is spaced or wrapped in
 * a comment), progress notes (each problem its own message) and references to themes (per kind).
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { leftovers } from '../../../../src/commands/validate/checks/leftovers.js';
import { progress } from '../../../../src/commands/validate/checks/progress.js';
import { references } from '../../../../src/commands/validate/checks/references.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const THEME: RawFile = { path: 'agenda/themes/wonen.md', bytes: '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n---\n' };
const load = (extra: RawFile[]) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, THEME, ...extra], validators());
const brief = (xs: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>) =>
  xs.map((x) => `${x.file} ${x.line}:${x.column} ${x.severity} ${x.rule}`);
const HINT = 'Beschrijf in een paar zinnen wat de gemeente doet, voor wie, en sinds wanneer.';
const P = 'agenda/practices/a.md';

describe('template leftovers', () => {
  it('a hint found however it is spaced, commented or indented; a line with more than the hint is not', () => {
    const body = [
      '## Wat is het?', // 8
      `<!-- ${HINT} -->`,
      `   <!--${HINT}-->   `,
      HINT.replace(/ /g, '   '),
      `\t${HINT}`,
      `${HINT} Wij doen dat sinds 2020.`, // 13: own text after the hint
      `<!-- ${HINT}`, // 14: a comment that closes on the next line
      `Zie: <!-- ${HINT} -->`,
      '',
      `${HINT.slice(0, -1)}`, // 17: not the whole hint
      '<!-- Wat zou je de volgende keer anders doen? -->',
    ].join('\n');
    const found = leftovers(load([{ path: P, bytes: practiceText({}, body) }]));
    expect(brief(found)).toEqual([
      `${P} 9:1 warning template-leftover`, `${P} 10:1 warning template-leftover`, `${P} 11:1 warning template-leftover`,
      `${P} 12:1 warning template-leftover`, `${P} 14:1 warning template-leftover`, `${P} 18:1 warning template-leftover`,
    ]);
    expect(found[0]!.message).toBe('Hier staat nog de uitleg uit het sjabloon. Vervang die door je eigen tekst, of haal de regel weg.');
  });

  it('practices only; and the example title only as the whole title', () => {
    const action = `---\ntitle: Dorpsbudget voor elke kern\ntheme: wonen\ntype: lobby\nstatus: active\n---\n${HINT}\n`;
    expect(leftovers(load([{ path: 'agenda/actions/a.md', bytes: action }]))).toEqual([]);
    expect(leftovers(load([{ path: P, bytes: practiceText({ title: 'Dorpsbudget voor elke kern in Vaals' }) }]))).toEqual([]);
    const found = leftovers(load([{ path: P, bytes: practiceText({ title: 'Dorpsbudget voor elke kern' }) }]));
    expect(found.map((x) => [x.line, x.column, x.rule, x.path])).toEqual([[2, 8, 'template-example', ['title']]]);
  });
});

describe('progress notes', () => {
  const action = (notes: string[]) => `---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: active\n---\nDe actie.\n\n## Voortgang\n\n${notes.join('\n')}\n`;

  it('a date that does not exist, a wrong form, a date in the future: one message each, at the item', () => {
    const found = progress(load([{ path: 'agenda/actions/a.md', bytes: action(['- 2026-02-30: Gebeld.', '- 2026-5-1: Brief.', '- 2026-06-02: Later.', '- 2026-06-01: Vandaag.']) }]), { today: '2026-06-01' });
    expect(found.map((x) => [x.line, x.column, x.severity, x.rule, x.message, x.candidate])).toEqual([
      [11, 1, 'warning', 'progress-format', "De datum van deze voortgangsnotitie (2026-02-30) bestaat niet. Schrijf de notitie als '- JJJJ-MM-DD: tekst'.", undefined],
      [12, 1, 'warning', 'progress-format', "Deze voortgangsnotitie staat niet in de vorm '- JJJJ-MM-DD: tekst' ('2026-5-1: Brief.'), en komt dan misschien niet goed in de terugkoppeling.", '- 2026-05-01: Brief.'],
      [13, 1, 'warning', 'progress-future', 'Deze voortgangsnotitie is gedateerd in de toekomst (2026-06-02). Klopt het jaartal?', undefined],
    ]);
    expect(found[1]!.suggestion).toBe('bedoelde je "- 2026-05-01: Brief."?');
  });

  it('the line counts from the body of a file with a longer frontmatter, in every kind', () => {
    const practice = practiceText({ tags: '[a, b]' }, '## Voortgang\n\n- 2026-13-01: Gestart.\n');
    expect(brief(progress(load([{ path: P, bytes: practice }]), { today: '2026-06-01' }))).toEqual([`${P} 11:1 warning progress-format`]);
  });
});

describe('references to themes', () => {
  it("an action's theme and a practice's themes; other kinds and fields name no theme", () => {
    const content = load([
      { path: 'agenda/actions/a.md', bytes: '---\ntitle: Actie\ntheme: zorg\ntype: lobby\nstatus: planned\n---\n' },
      { path: 'agenda/actions/b.md', bytes: '---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: planned\n---\n' },
      { path: P, bytes: practiceText({ themes: '[wonen, zorg]', theme: 'zorg' }) },
      { path: 'agenda/topics/t.md', bytes: '---\ntitle: Onderwerp\nraised_by:\n  municipality: Vaals\ndate: "2026-01-01"\nstatus: open\ntheme: zorg\nthemes: [zorg]\n---\n' },
      { path: 'agenda/themes/zorg-en-welzijn.md', bytes: '---\ntitle: Zorg\ntagline: t\nsection: B\norder: 4\ntheme: zorg\nthemes: [zorg]\n---\n' },
    ]);
    const found = references(content);
    expect(found.map((x) => `${x.file} ${x.line}:${x.column} ${x.rule} ${JSON.stringify(x.path)}`)).toEqual([
      'agenda/actions/a.md 3:8 ref-unknown-theme ["theme"]',
      `${P} 4:17 ref-unknown-theme ["themes",1]`,
    ]);
    expect(found[0]!.message).toBe("Onbekend thema 'zorg'. Gebruik de id van een thema (de bestandsnaam in agenda/themes/ zonder .md): wonen, zorg-en-welzijn.");
  });
});
