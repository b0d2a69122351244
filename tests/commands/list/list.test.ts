/** `k80 list`: exact output on the bundled agenda and on a small repository with practices and topics. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, k80 } from '../../helpers/cli.js';
import { makeRepo, practiceText, PROJECT, type TestRepo } from '../../helpers/repo.js';
import { list } from '../../../src/commands/list/index.js';
import { renderText } from '../../../src/commands/list/render.js';

const THEMES = `Agenda K80 – De Kracht van Nabijheid (8 thema's, 20 acties, 0 goede voorbeelden)

A1  Nabijheid — het vertrekpunt van al ons handelen
    acties: 3 gepland · goede voorbeelden: 0
A2  Krachtige en vitale kernen — de basis voor onze gemeenschappen
    acties: 3 gepland · goede voorbeelden: 0
B3  Wonen — passende en duurzame oplossingen
    acties: 3 gepland · goede voorbeelden: 0
B4  Sociaal Domein — iedereen telt en doet mee
    acties: 3 gepland · goede voorbeelden: 0
B5  Landelijk Gebied — samenwerken aan de grote transities
    acties: 2 gepland · goede voorbeelden: 0
C6  Financiën — Eerlijk en passend bij onze taken
    acties: 3 gepland · goede voorbeelden: 0
C7  Eigentijds werkgeverschap — Balans tussen mens en arbeidsmarkt
    acties: 3 gepland · goede voorbeelden: 0
C8  Wendbaarheid — we spelen in op actuele thema's
    acties: geen · goede voorbeelden: 0
`;

describe('k80 list on the bundled agenda', () => {
  it('themes (the default): every theme in agenda order with its counts', () => {
    expect(k80(['list'], { cwd: PROJECT })).toEqual({ code: 0, stdout: THEMES, stderr: '' });
    expect((k80(['list', 'themes'], { cwd: PROJECT })).stdout).toBe(THEMES);
  });

  it('actions of one theme in the agenda\'s order ("Wat gaan we doen?"), with Dutch type and status', async () => {
    expect(await cli(['list', 'actions', '--theme', 'wonen'], { cwd: PROJECT })).toEqual({
      code: 0,
      stderr: '',
      stdout: `B3  Wonen
  - We delen slimme, pragmatische woningbouwaanpakken met elkaar
    Kennisdeling · Gepland · slimme-pragmatische-woningbouwaanpakken-delen
  - We zetten ons in voor regelingen / woningbouwdeals op maat (€ + uitvoeringskracht + deskundigheid)
    Lobby / belangenbehartiging · Gepland · regelingen-woningbouwdeals-op-maat
  - We delen ervaringen van de pilot Village Deals met BZK
    Kennisdeling · Gepland · ervaringen-pilot-village-deals-delen

3 acties (van 20).
`,
    });
  });

  it('all actions: grouped per theme in agenda order', async () => {
    const out = (await cli(['list', 'actions'], { cwd: PROJECT })).stdout;
    const headers = out.split('\n').filter((l) => /^[ABC]\d {2}/.test(l));
    expect(headers).toEqual([
      'A1  Nabijheid', 'A2  Krachtige en vitale kernen', 'B3  Wonen', 'B4  Sociaal Domein', 'B5  Landelijk Gebied',
      'C6  Financiën', 'C7  Eigentijds werkgeverschap',
    ]);
    expect(out.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(20);
    expect(out.endsWith('\n20 acties.\n')).toBe(true);
  });

  it('empty kinds say how to add one', async () => {
    expect((await cli(['list', 'practices'], { cwd: PROJECT })).stdout).toBe('Er zijn nog geen goede voorbeelden. Voeg er een toe met: k80 add practice\n');
    expect((await cli(['list', 'topics'], { cwd: PROJECT })).stdout).toBe('Er zijn nog geen actuele onderwerpen. Voeg er een toe met: k80 add topic\n');
  });
});

describe('k80 list with practices and topics', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo({ agenda: 'minimal', git: false });
    repo.write('agenda/practices/dorpsplan.md', practiceText({ themes: '[wonen, nabijheid]', date: '"2026-03-05"' }));
    repo.write('agenda/practices/tiny-houses.md', practiceText({ title: 'Tiny houses voor starters', municipality: 'Vaals', date: '"2026-04-20"' }));
    repo.write('agenda/practices/buurtbus.md', practiceText({ title: 'Buurtbus', municipality: 'Beesel', themes: '[nabijheid]', date: '"2025-11-01"' }));
    repo.write('agenda/topics/netcongestie.md', '---\ntitle: Netcongestie in kleine kernen\nraised_by:\n  municipality: Vaals\n  role: wethouder\ndate: "2026-02-01"\nstatus: open\n---\n');
    repo.write('agenda/topics/omgevingswet.md', '---\ntitle: Omgevingswet\nraised_by:\n  municipality: Ameland\ndate: "2026-05-01"\nstatus: declined\n---\n');
    repo.write('agenda/actions/woondeal.md', '---\ntitle: Woondeal op maat\ntheme: wonen\ntype: lobby\nstatus: active\nlead:\n  municipality: Vaals\n---\n');
    repo.write('agenda/actions/kennisdag.md', '---\ntitle: Kennisdag nabijheid\ntheme: nabijheid\ntype: knowledge-sharing\nstatus: done\n---\n');
  });
  afterAll(() => repo.cleanup());

  it('themes count actions per status and practices', async () => {
    expect((await cli(['list'], { cwd: repo.dir })).stdout).toBe(`Agenda K80 – De Kracht van Nabijheid (2 thema's, 2 acties, 3 goede voorbeelden)

A1  Nabijheid — het vertrekpunt van al ons handelen
    acties: 1 afgerond · goede voorbeelden: 2
B3  Wonen — passende en duurzame oplossingen
    acties: 1 lopend · goede voorbeelden: 2
`);
  });

  it('practices newest first, with municipality and theme titles', async () => {
    expect((await cli(['list', 'practices'], { cwd: repo.dir })).stdout).toBe(`2026-04-20  Tiny houses voor starters
            Vaals · Wonen · tiny-houses
2026-03-05  Dorpsplan met inwoners
            Ameland · Wonen, Nabijheid · dorpsplan
2025-11-01  Buurtbus
            Beesel · Nabijheid · buurtbus

3 goede voorbeelden.
`);
  });

  it('topics newest first, with Dutch status', async () => {
    expect((await cli(['list', 'topics'], { cwd: repo.dir })).stdout).toBe(`2026-05-01  Omgevingswet
            Niet opgepakt · Ameland · omgevingswet
2026-02-01  Netcongestie in kleine kernen
            Open · Vaals · netcongestie

2 actuele onderwerpen.
`);
  });

  it('filters: theme, status, municipality (case-insensitive), combined', async () => {
    expect((await cli(['list', 'practices', '--theme', 'nabijheid'], { cwd: repo.dir })).stdout).toMatch(/Dorpsplan[\s\S]*Buurtbus[\s\S]*\n2 goede voorbeelden \(van 3\)\.\n$/);
    expect((await cli(['list', 'practices', '--municipality', 'vaals'], { cwd: repo.dir })).stdout).toMatch(/^2026-04-20 {2}Tiny houses[\s\S]*\n1 goed voorbeeld \(van 3\)\.\n$/);
    expect((await cli(['list', 'topics', '--status', 'open'], { cwd: repo.dir })).stdout).toMatch(/^2026-02-01 {2}Netcongestie[\s\S]*\n1 actueel onderwerp \(van 2\)\.\n$/);
    expect((await cli(['list', 'actions', '--municipality', 'Vaals', '--status', 'active'], { cwd: repo.dir })).stdout).toBe(`B3  Wonen
  - Woondeal op maat
    Lobby / belangenbehartiging · Lopend · Vaals · woondeal

1 actie (van 2).
`);
    expect((await cli(['list', 'actions', '--status', 'dropped'], { cwd: repo.dir })).stdout).toBe('Niets gevonden dat aan de filters voldoet.\n');
  });

  it('--json prints the rows with English keys', async () => {
    expect(JSON.parse((await cli(['list', 'practices', '--json', '--theme', 'wonen'], { cwd: repo.dir })).stdout)).toEqual([
      { id: 'tiny-houses', title: 'Tiny houses voor starters', municipality: 'Vaals', themes: ['wonen'], date: '2026-04-20' },
      { id: 'dorpsplan', title: 'Dorpsplan met inwoners', municipality: 'Ameland', themes: ['wonen', 'nabijheid'], date: '2026-03-05' },
    ]);
    expect(JSON.parse((await cli(['list', 'topics', '--json'], { cwd: repo.dir })).stdout)).toEqual([
      { id: 'omgevingswet', title: 'Omgevingswet', date: '2026-05-01', status: 'declined', municipality: 'Ameland' },
      { id: 'netcongestie', title: 'Netcongestie in kleine kernen', date: '2026-02-01', status: 'open', municipality: 'Vaals' },
    ]);
    expect(JSON.parse((await cli(['list', 'actions', '--json'], { cwd: repo.dir })).stdout)).toEqual([
      { id: 'kennisdag', title: 'Kennisdag nabijheid', theme: 'nabijheid', type: 'knowledge-sharing', status: 'done' },
      { id: 'woondeal', title: 'Woondeal op maat', theme: 'wonen', type: 'lobby', status: 'active', municipality: 'Vaals' },
    ]);
    expect(JSON.parse((await cli(['list', '--json'], { cwd: repo.dir })).stdout)[0]).toEqual({
      id: 'nabijheid', section: 'A', order: 1, title: 'Nabijheid', tagline: 'het vertrekpunt van al ons handelen',
      actions: { planned: 0, active: 0, done: 1, dropped: 0, total: 1 }, practices: 2,
    });
  });

  it('a topic row has a place for the assessment total and verdict', async () => {
    const result = await list({ root: repo.dir, kind: 'topics' });
    const rows = result.rows.map((r, i) => (i === 0 ? { ...r, total: 38, verdict: 'decline' as const } : r));
    expect(renderText({ ...result, rows }).split('\n')[1]).toBe('            Niet opgepakt · Ameland · totaal 38 · Niet oppakken · omgevingswet');
  });

  it('unknown values are usage errors (exit 2) with "bedoelde je"', () => {
    const cases: Array<[string[], string]> = [
      [['list', 'actions', '--theme', 'Wonen'], "Fout: Onbekend thema 'Wonen' bij --theme. Thema's: nabijheid, wonen.\nOplossing: bedoelde je wonen?\n"],
      [['list', 'actions', '--theme', 'wonne'], "Fout: Onbekend thema 'wonne' bij --theme. Thema's: nabijheid, wonen.\nOplossing: bedoelde je wonen?\n"],
      [['list', 'practises'], "Fout: Onbekende soort 'practises'. Kies uit: themes, actions, practices, topics.\nOplossing: bedoelde je practices?\n"],
      [['list', 'topics', '--status', 'opne'], "Fout: Onbekende status 'opne' bij --status. Kies uit: open, assessed, taken-up, declined.\nOplossing: bedoelde je open?\n"],
      [['list', 'actions', '--status', 'actve'], "Fout: Onbekende status 'actve' bij --status. Kies uit: planned, active, done, dropped.\nOplossing: bedoelde je active?\n"],
      [['list', 'practices', '--municipality', 'Amelend'], "Fout: Geen gemeente 'Amelend' gevonden bij --municipality (niet in de ledenlijst en niet in de agenda).\nOplossing: bedoelde je Ameland?\n"],
      [['list', 'topics', '--theme', 'wonen'], "Fout: De optie --theme werkt niet bij 'topics'.\nOplossing: Gebruik deze optie met: k80 list themes|actions|practices.\n"],
      [['list', 'practices', '--status', 'open'], "Fout: De optie --status werkt niet bij 'practices'.\nOplossing: Gebruik deze optie met: k80 list actions|topics.\n"],
    ];
    for (const [args, stderr] of cases) expect(k80(args, { cwd: repo.dir }), args.join(' ')).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('k80 list with invalid files', () => {
  it('lists what is valid and warns once on stderr', async () => {
    const repo = makeRepo({ agenda: 'minimal', git: false });
    try {
      repo.write('agenda/practices/goed.md', practiceText({ title: 'Goed voorbeeld' }));
      repo.write('agenda/practices/kapot.md', practiceText({ stauts: 'x' }));
      repo.write('agenda/practices/leeg.md', '');
      const r = await cli(['list', 'practices'], { cwd: repo.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('2026-03-05  Goed voorbeeld\n            Ameland · Wonen · goed\n\n1 goed voorbeeld.\n');
      expect(r.stderr).toBe('Waarschuwing: 2 bestanden hebben fouten en staan niet in deze lijst. Voer k80 validate uit voor de details.\n');
    } finally {
      repo.cleanup();
    }
  });

  it('shows control characters from a file as visible text', async () => {
    const repo = makeRepo({ agenda: 'minimal', git: false });
    try {
      repo.write('agenda/practices/x.md', practiceText({ title: '"Dorp\\e[2J\\rplan"' }));
      const r = await cli(['list', 'practices'], { cwd: repo.dir });
      expect(r.stdout.split('\n')[0]).toBe('2026-03-05  Dorp\\x1B[2J\\x0Dplan');
    } finally {
      repo.cleanup();
    }
  });
});
