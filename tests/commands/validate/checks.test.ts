/** The repository checks, one by one, on content loaded from real files (pure functions over Content). */
import { describe, expect, it } from 'vitest';
import { loadContent, type Content, type RawFile } from '../../../src/content/load.js';
import { validators } from '../../../src/content/read.js';
import { parseYamlSource } from '../../../src/content/frontmatter.js';
import { frameworkProblems, framework } from '../../../src/commands/validate/checks/framework.js';
import { isFunctionalMailbox } from '../../../src/commands/validate/checks/personal.js';
import { runChecks } from '../../../src/commands/validate/checks/index.js';
import { checkContent } from '../../../src/commands/validate/check-content.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../helpers/repo.js';
import type { Framework } from '../../../src/content/types.js';

const THEMES: RawFile[] = [
  { path: 'agenda/themes/nabijheid.md', bytes: '---\ntitle: Nabijheid\ntagline: t\nsection: A\norder: 1\n---\n' },
  { path: 'agenda/themes/wonen.md', bytes: '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n---\n' },
  { path: 'agenda/themes/financien.md', bytes: '---\ntitle: Financiën\ntagline: t\nsection: C\norder: 8\naliases: [Geld]\n---\n' },
];
function load(extra: RawFile[], { settings = MINIMAL_SETTINGS, fw = frameworkText() } = {}): Content {
  return loadContent(
    [{ path: 'agenda/k80.yaml', bytes: settings }, { path: 'agenda/afwegingskader.yaml', bytes: fw }, ...THEMES, ...extra],
    validators(),
  );
}
const ctx = { today: '2026-06-01' };
const brief = (content: Content) =>
  checkContent(content, ctx).messages.map((x) => `${x.file} ${x.line}:${x.column} ${x.severity} ${x.rule}${x.suggestion ? ` | ${x.suggestion}` : ''}`);

describe('the checks together', () => {
  it('find nothing in a minimal agenda', () => {
    expect(runChecks(load([]), ctx)).toEqual([]);
  });
});

describe('references', () => {
  it('suggests ids from near-misses, titles (with diacritics) and aliases', () => {
    const content = load([
      { path: 'agenda/practices/a.md', bytes: practiceText({ themes: '[wonen, wonnen, Financiën, geld, FINANCIEN]' }) },
      { path: 'agenda/actions/b.md', bytes: '---\ntitle: Actie\ntheme: Nabijheid\ntype: lobby\nstatus: planned\n---\n' },
    ]);
    expect(brief(content)).toEqual([
      'agenda/actions/b.md 3:8 error ref-unknown-theme | bedoelde je `nabijheid`?',
      'agenda/practices/a.md 4:17 error ref-unknown-theme | bedoelde je `wonen`?',
      'agenda/practices/a.md 4:25 error ref-unknown-theme | bedoelde je `financien`?',
      'agenda/practices/a.md 4:36 error ref-unknown-theme | bedoelde je `financien`?',
      'agenda/practices/a.md 4:42 error ref-unknown-theme | bedoelde je `financien`?',
    ]);
  });

  it('counts a theme with its own errors as existing (no second message for its references)', () => {
    const content = load([
      { path: 'agenda/themes/sociaal-domein.md', bytes: '---\ntitle: Sociaal Domein\nsection: B\norder: 4\n---\n' },
      { path: 'agenda/practices/a.md', bytes: practiceText({ themes: '[sociaal-domein]' }) },
    ]);
    expect(brief(content)).toEqual(['agenda/themes/sociaal-domein.md 2:1 error schema-required']);
  });

  it('without any suggestion when nothing is close', () => {
    const content = load([{ path: 'agenda/practices/a.md', bytes: practiceText({ themes: '[ruimtevaart]' }) }]);
    expect(brief(content)).toEqual(['agenda/practices/a.md 4:10 error ref-unknown-theme']);
  });
});

describe('themes and ids', () => {
  it('duplicate order is an error, sections out of order a warning', () => {
    const content = load([{ path: 'agenda/themes/zorg.md', bytes: '---\ntitle: Zorg\ntagline: t\nsection: A\norder: 3\n---\n' }]);
    expect(brief(content)).toEqual([
      'agenda/themes/zorg.md 5:8 error theme-order-duplicate',
      'agenda/themes/zorg.md 5:8 warning theme-section-order',
    ]);
  });

  it('ids that differ only in case collide (git trees can hold both)', () => {
    const content = load([
      { path: 'agenda/practices/dorpsplan.md', bytes: practiceText() },
      { path: 'agenda/practices/Dorpsplan.md', bytes: practiceText() },
    ]);
    expect(brief(content)).toEqual([
      'agenda/practices/Dorpsplan.md 1:1 error file-name',
      'agenda/practices/Dorpsplan.md 1:1 error id-duplicate',
    ]);
  });
});

describe('frameworkProblems', () => {
  const good = (): Framework => parseYamlSource('f', frameworkText()).data as Framework;

  it('the shipped afwegingskader has none', () => {
    expect(frameworkProblems(good())).toEqual([]);
    expect(framework(load([]))).toEqual([]);
  });

  it('finds every problem, positioned in agenda/afwegingskader.yaml', () => {
    const text = `version: 1
scale:
  min: 0
  max: 3
  labels:
    0: niet
    1: beperkt
    3: sterk
    7: extra
criteria:
  - id: impact
    question: Raakt het?
    help: Uitleg.
    weight: 3
  - id: impact
    question: Nog eens?
    help: Uitleg.
    weight: 1
thresholds:
  take-up: 40
  monitor: 65
`;
    const content = load([], { fw: text });
    expect(brief(content)).toEqual([
      'agenda/afwegingskader.yaml 5:3 error framework-scale-label',
      'agenda/afwegingskader.yaml 9:5 error framework-scale-label',
      'agenda/afwegingskader.yaml 15:9 error framework-criterion-duplicate',
      'agenda/afwegingskader.yaml 21:12 error framework-threshold-order',
    ]);
  });

  it('checks what a schema cannot (for k80 score, also without a source)', () => {
    const fw = good();
    fw.criteria[0]!.weight = 0;
    fw.thresholds['take-up'] = 120;
    fw.scale = { min: 3, max: 3, labels: {} };
    const problems = frameworkProblems(fw);
    expect(problems.map((x) => [x.rule, x.file, x.line, x.column])).toEqual([
      ['framework-weight', 'agenda/afwegingskader.yaml', 1, 1],
      ['framework-threshold', 'agenda/afwegingskader.yaml', 1, 1],
      ['framework-scale', 'agenda/afwegingskader.yaml', 1, 1],
    ]);
    expect(problems.map((x) => x.message)).toEqual([
      "Het gewicht van criterium 'impact' moet groter zijn dan 0 (nu 0).",
      "De drempel 'take-up' moet tussen 0 en 100 liggen (nu 120).",
      'De schaal loopt van min 3 tot max 3: min moet kleiner zijn dan max.',
    ]);
    const wide = good();
    wide.scale = { min: 0, max: 1000, labels: {} };
    expect(frameworkProblems(wide).map((x) => x.rule)).toEqual(['framework-scale']);
  });
});

describe('members and personal data', () => {
  it('warns for every place a municipality is named, with the nearest member', () => {
    const content = load([
      { path: 'agenda/practices/a.md', bytes: practiceText({ municipality: 'Vals', contact: '\n  role: adviseur\n  municipality: Groningen' }) },
      { path: 'agenda/topics/t.md', bytes: '---\ntitle: Onderwerp\nraised_by:\n  municipality: beesel\ndate: "2026-01-01"\nstatus: open\n---\n' },
      { path: 'agenda/actions/b.md', bytes: '---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: planned\nlead:\n  municipality: Amelant\n---\n' },
    ]);
    expect(brief(content)).toEqual([
      'agenda/actions/b.md 7:17 warning municipality-not-member | bedoelde je `Ameland`?',
      'agenda/practices/a.md 3:15 warning municipality-not-member | bedoelde je `Vaals`?',
      'agenda/practices/a.md 9:17 warning municipality-not-member',
      'agenda/topics/t.md 4:17 warning municipality-not-member | bedoelde je `Beesel`?',
    ]);
  });

  it('tells functional mailboxes from personal addresses', () => {
    for (const local of ['info', 'secretariaat', 'k80', 'gemeente', 'post', 'contact', 'communicatie', 'wonen', 'team.wonen', 'infowonen', 'k80-secretariaat', 'klantcontactcentrum', 'duurzaam', 'inkoop', 'inkoopbureau', 'hr.wonen', 'subsidies', 'vergunning']) {
      expect(isFunctionalMailbox(local), local).toBe(true);
    }
    for (const local of ['j.jansen', 'jan.jansen', 'firstname.lastname', 'pietje', 'p.de.vries', 'jjansen1975', 'j.post', 'jw.devries', 'j.w.wonen']) {
      expect(isFunctionalMailbox(local), local).toBe(false);
    }
  });

  it("warns for a person's name in every person field, sober and once", () => {
    const content = load([
      { path: 'agenda/topics/t.md', bytes: '---\ntitle: Onderwerp\nraised_by:\n  municipality: Vaals\n  name: Karel Verzonnen\ndate: "2026-01-01"\nstatus: open\n---\n' },
    ]);
    expect(checkContent(content, ctx).messages.map((x) => [x.rule, x.line, x.column, x.message])).toEqual([
      ['personal-name', 5, 9, 'Hier staat een naam van een persoon. De repository is openbaar: een rol en gemeente zijn de norm, een naam alleen met instemming van die persoon.'],
    ]);
  });
});

describe('dates', () => {
  it('warns for a date after today, not for today or an impossible date', () => {
    const content = load([
      { path: 'agenda/practices/a.md', bytes: practiceText({ date: '"2026-06-02"' }) },
      { path: 'agenda/practices/b.md', bytes: practiceText({ date: '"2026-06-01"' }) },
      { path: 'agenda/practices/c.md', bytes: practiceText({ date: '"2026-02-30"' }) },
      { path: 'agenda/actions/d.md', bytes: '---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: active\nupdated: "2027-01-01"\n---\n' },
    ]);
    expect(brief(content)).toEqual([
      'agenda/actions/d.md 6:10 warning date-future',
      'agenda/practices/a.md 5:7 warning date-future',
      'agenda/practices/c.md 5:7 error schema-format',
    ]);
  });
});

describe('progress notes', () => {
  it('warns at the line of a badly dated note with the normalised line, and of a note in the future', () => {
    const action = [
      '---',
      'title: Actie',
      'theme: wonen',
      'type: lobby',
      'status: active',
      '---',
      'De actie.',
      '',
      '## Voortgang',
      '',
      '- 2026-03-01: Goed.',
      '- 4 maart 2026: Brief gestuurd.',
      '- 2026-3-5: Gebeld.',
      '- 2026-07-01: Later.',
      '',
    ].join('\n');
    const content = load([{ path: 'agenda/actions/a.md', bytes: action }]);
    const messages = checkContent(content, ctx).messages;
    expect(messages.map((x) => [x.file, x.line, x.column, x.severity, x.rule, x.message, x.suggestion])).toEqual([
      ['agenda/actions/a.md', 12, 1, 'warning', 'progress-format',
        "Deze voortgangsnotitie staat niet in de vorm '- JJJJ-MM-DD: tekst' ('4 maart 2026: Brief gestuurd.'), en komt dan misschien niet goed in de terugkoppeling.",
        'bedoelde je "- 2026-03-04: Brief gestuurd."?'],
      ['agenda/actions/a.md', 13, 1, 'warning', 'progress-format',
        "Deze voortgangsnotitie staat niet in de vorm '- JJJJ-MM-DD: tekst' ('2026-3-5: Gebeld.'), en komt dan misschien niet goed in de terugkoppeling.",
        'bedoelde je "- 2026-03-05: Gebeld."?'],
      ['agenda/actions/a.md', 14, 1, 'warning', 'progress-future', 'Deze voortgangsnotitie is gedateerd in de toekomst (2026-07-01). Klopt het jaartal?', undefined],
    ]);
  });
});

describe('forewords (agenda/terugkoppeling/<period>.md)', () => {
  it('are validated like every other kind: the schema, and a file name that is a period', () => {
    const content = load([
      { path: 'agenda/terugkoppeling/2026-H2.md', bytes: '---\ntitle: Voorwoord\nhighlights:\n  - Een hoogtepunt.\n---\nTekst.\n' },
      { path: 'agenda/terugkoppeling/2026-11-15.md', bytes: '---\nhighlight: [x]\n---\n' },
      { path: 'agenda/terugkoppeling/najaar.md', bytes: '---\ntitle: Najaar\n---\n' },
    ]);
    expect(content.entries.foreword.map((f) => f.id)).toEqual(['2026-H2']);
    expect(checkContent(content, ctx).messages.map((x) => [x.file, x.line, x.rule, x.suggestion])).toEqual([
      ['agenda/terugkoppeling/2026-11-15.md', 2, 'schema-unknown-key', 'bedoelde je `highlights`?'],
      ['agenda/terugkoppeling/najaar.md', 1, 'file-name', undefined],
    ]);
  });
});
