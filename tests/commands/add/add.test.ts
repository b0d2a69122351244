/** `k80 add` scripted, end to end: the built CLI against real temporary git repositories. */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { today } from '../../../src/content/entry-text.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { PRACTICE, agendaRepo, expectValid, gitState, head, normalize, run } from './support.js';

const repo = tempRepos(agendaRepo);

/** `base` with the values of single-valued flags replaced (or added) from `overrides`. */
function withFlags(base: readonly string[], overrides: readonly string[]): string[] {
  const replace = new Set(overrides.filter((a) => a.startsWith('--')));
  const out: string[] = [];
  for (let i = 0; i < base.length; i++) {
    if (replace.has(base[i]!)) i++;
    else out.push(base[i]!);
  }
  return [...out, ...overrides];
}

describe('k80 add practice (scripted)', () => {
  it('writes the file, commits it alone and prints its path last', () => {
    const r = repo();
    const res = run(r, [
      ...PRACTICE,
      '--tag', 'dorpsplan', '--tag', 'burgerkracht',
      '--link', 'https://www.example.org/dorpsplan',
      '--contact-role', 'Dorpscoördinator',
      '--contact-municipality', 'Ameland',
      '--contact-email', 'kernen@example.org',
      '--body', '## Wat is het?\n\nEen plan van en voor het dorp.',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(normalize(res.stdout)).toBe(
      [
        'Goed voorbeeld toegevoegd: Dorpsplan Ameland',
        'Vastgelegd in commit <id>: Goed voorbeeld toegevoegd: Dorpsplan Ameland (Ameland)',
        'Volgende stap: zet de commit online met:',
        '  git push',
        'Mag je niet rechtstreeks op main zetten? Gebruik dan --branch: de wijziging komt op een eigen tak voor een pull request.',
        'agenda/practices/dorpsplan-ameland.md',
        '',
      ].join('\n'),
    );
    expect(r.read('agenda/practices/dorpsplan-ameland.md')).toBe(
      [
        '---',
        'title: Dorpsplan Ameland',
        'municipality: Ameland',
        'themes:',
        '  - krachtige-vitale-kernen',
        '  - nabijheid',
        'date: "2026-03-05"',
        'summary: "Inwoners schrijven samen met de gemeente een dorpsplan: wat willen we over tien jaar?"',
        'tags:',
        '  - dorpsplan',
        '  - burgerkracht',
        'contact:',
        '  role: Dorpscoördinator',
        '  email: kernen@example.org',
        'links:',
        '  - https://www.example.org/dorpsplan',
        '---',
        '',
        '## Wat is het?',
        '',
        'Een plan van en voor het dorp.',
        '',
      ].join('\n'),
    );
    expect(head(r)).toEqual({
      files: ['agenda/practices/dorpsplan-ameland.md'],
      message: 'Goed voorbeeld toegevoegd: Dorpsplan Ameland (Ameland)',
      parents: 1,
    });
    expect(r.git(['show', '--stat', '--format=%s', 'HEAD'])).toContain('1 file changed, 21 insertions(+)');
    expect(gitState(r).status).toBe('');
    expectValid(r, true);
  });

  it('starts the body from the template and defaults the date to today (Europe/Amsterdam)', () => {
    const r = repo();
    const res = run(r, PRACTICE.filter((_, i) => i < PRACTICE.length - 2));
    expect(res.code).toBe(0);
    const text = r.read('agenda/practices/dorpsplan-ameland.md');
    expect(text).toContain(`date: "${today()}"`);
    expect(text.slice(text.indexOf('---\n\n') + 5)).toBe(
      [
        '## Wat is het?',
        '',
        '<!-- Beschrijf in een paar zinnen wat de gemeente doet, voor wie, en sinds wanneer. -->',
        '',
        '## Wat levert het op?',
        '',
        '<!-- Wat merken inwoners, de gemeente en partners ervan? Noem resultaten, cijfers en lessen. -->',
        '',
        '## Hoe pak je het aan?',
        '',
        '<!-- Wat moet een andere gemeente regelen om dit ook te doen: besluiten, geld, mensen, partners, tijd? -->',
        '',
        '## Contact',
        '',
        "<!-- Bij wie kunnen collega's terecht? Noem een rol en een functionele mailbox, geen persoonlijk adres. -->",
        '',
      ].join('\n'),
    );
    // k80 add says nothing about its own template; validate later points at every hint still there
    expect(res.stderr).toBe('');
    expectValid(r, false);
    const later = JSON.parse(run(r, ['validate', '--format', 'json']).stdout) as { messages: Array<{ rule: string; line: number }> };
    expect(later.messages.map((x) => `${x.rule}:${x.line}`)).toEqual(['template-leftover:13', 'template-leftover:17', 'template-leftover:21', 'template-leftover:25']);
  });

  it('gives a clashing id -2, then -3, and never overwrites', () => {
    const r = repo();
    r.write('agenda/practices/dorpsplan-ameland.md', 'niet van ons\n');
    const first = run(r, [...PRACTICE, '--no-commit']);
    expect(first.code).toBe(0);
    expect(first.stdout.trimEnd().split('\n').at(-1)).toBe('agenda/practices/dorpsplan-ameland-2.md');
    const second = run(r, [...PRACTICE, '--no-commit']);
    expect(second.stdout.trimEnd().split('\n').at(-1)).toBe('agenda/practices/dorpsplan-ameland-3.md');
    expect(r.read('agenda/practices/dorpsplan-ameland.md')).toBe('niet van ons\n');
  });

  it('reads the body from a file and from standard input', () => {
    const r = repo();
    writeFileSync(join(r.dir, 'tekst.md'), '## Wat is het?\r\n\r\nUit een bestand.\r\n');
    const fromFile = run(r, [...PRACTICE, '--body-file', 'tekst.md', '--no-commit']);
    expect(fromFile.code).toBe(0);
    expect(r.read('agenda/practices/dorpsplan-ameland.md')).toMatch(/---\n\n## Wat is het\?\n\nUit een bestand\.\n$/);
    const fromStdin = run(r, withFlags(PRACTICE, ['--title', 'Tweede', '--body-file', '-', '--no-commit']), { input: 'Van stdin.\n' });
    expect(fromStdin.code).toBe(0);
    expect(r.read('agenda/practices/tweede.md')).toMatch(/---\n\nVan stdin\.\n$/);
    const missing = run(r, [...PRACTICE, '--body-file', 'bestaat-niet.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'Fout: Het bestand bestaat-niet.md (--body-file) kan niet worden gelezen: het bestaat niet.\nOplossing: Controleer het pad, of geef de tekst mee met --body.\n',
    );
    expect(run(r, [...PRACTICE, '--body-file', 'agenda']).stderr).toMatch(/^Fout: Het bestand agenda \(--body-file\) kan niet worden gelezen: dat is een map\.\n/);
  });

  it('warns about a personal-looking e-mail address but writes', () => {
    const r = repo();
    const res = run(r, [...PRACTICE, '--contact-role', 'adviseur', '--contact-email', 'jan.jansen@gemeente.nl']);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe(
      "Waarschuwing: 'jan.jansen@gemeente.nl' lijkt een persoonlijk e-mailadres. De repository is openbaar: gebruik een functionele mailbox (bijvoorbeeld info@… of secretariaat@…).\n",
    );
  });

  it('writes a non-member with a warning', () => {
    const r = repo();
    const res = run(r, withFlags(PRACTICE, ['--municipality', 'Utrecht']));
    expect(res.code).toBe(0);
    expect(res.stderr).toBe(
      "Waarschuwing: 'Utrecht' staat niet in de ledenlijst (agenda/k80.yaml). Controleer de schrijfwijze; is het een nieuw lid, vraag het secretariaat de lijst aan te vullen.\n",
    );
    expect(head(r).message).toBe('Goed voorbeeld toegevoegd: Dorpsplan Ameland (Utrecht)');
  });
});

describe('k80 add: invalid values (exit 1, nothing written)', () => {
  const cases: Array<[string, string[], string]> = [
    [
      'an unknown theme',
      ['--theme', 'wonenn'],
      "Fout: --theme: Onbekend thema 'wonenn'. Gebruik de id van een thema (de bestandsnaam in agenda/themes/ zonder .md): eigentijds-werkgeverschap, financien, krachtige-vitale-kernen, landelijk-gebied, nabijheid, sociaal-domein, wendbaarheid, wonen. (bedoelde je `wonen`?)\n",
    ],
    [
      'a too long summary',
      ['--summary', 'x'.repeat(281)],
      "Fout: --summary: Samenvatting (summary) is te lang: 281 tekens, hooguit 280. Maak de tekst korter.\n",
    ],
    [
      'a bad date',
      ['--date', '2026-02-30'],
      'Fout: --date: Datum (date) is een datum die niet bestaat: "2026-02-30". Controleer de maand (01 tot en met 12) en de dag.\n',
    ],
    [
      'a link that is not http(s)',
      ['--link', 'ftp://example.org/x'],
      'Fout: --link: Link 1 (links) is geen volledige link: "ftp://example.org/x". Een link begint met https:// (of http://), bijvoorbeeld https://www.voorbeeld.nl/pagina.\n',
    ],
    [
      'a bad e-mail address',
      ['--contact-role', 'adviseur', '--contact-email', 'geen-adres'],
      'Fout: --contact-email: E-mailadres (contact.email) is geen geldig e-mailadres: "geen-adres". Gebruik het adres van een functionele mailbox, bijvoorbeeld info@gemeente.nl.\n',
    ],
    [
      'a contact without a role',
      ['--contact-name', 'Jan Jansen'],
      'Fout: --contact-role: Het verplichte veld Rol (role) ontbreekt in Contact (contact). Voeg een regel toe als role: …\n',
    ],
  ];
  it.each(cases)('%s', (_, extra, expected) => {
    const r = repo();
    const before = gitState(r);
    const res = run(r, withFlags(PRACTICE, extra));
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(`${expected}Oplossing: Er is niets geschreven. Pas de waarde aan en probeer het opnieuw.\n`);
    expect(gitState(r)).toEqual(before);
    expect(r.exists('agenda/practices/dorpsplan-ameland.md')).toBe(false);
  });

  it('lists several invalid values at once', () => {
    const r = repo();
    const res = run(r, withFlags(PRACTICE, ['--summary', 'y'.repeat(300), '--link', 'https://www.ameland.nl/dorps plan']));
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(
      [
        'Fout: 2 ongeldige waarden:',
        '  --summary: Samenvatting (summary) is te lang: 300 tekens, hooguit 280. Maak de tekst korter.',
        '  --link: Link 1 (links) bevat een spatie: "https://www.ameland.nl/dorps plan". Een link heeft geen spaties: haal de spatie weg of schrijf er %20 voor in de plaats.',
        'Oplossing: Er is niets geschreven. Pas de waarde aan en probeer het opnieuw.',
        '',
      ].join('\n'),
    );
  });

  it('refuses a 500-character title (the schema allows 200)', () => {
    const r = repo();
    const res = run(r, withFlags(PRACTICE, ['--title', 'Lang '.repeat(100)]));
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^Fout: --title: Titel \(title\) is te lang: 499 tekens, hooguit 200\./);
    expect(gitState(r).status).toBe('');
  });
});

describe('k80 add: usage errors (exit 2, nothing written)', () => {
  it('names the missing flags', () => {
    const r = repo();
    const res = run(r, ['add', 'practice', '--title', 'Dorpsplan', '--theme', 'wonen']);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(
      'Fout: De verplichte opties --municipality, --summary ontbreken.\n' +
        'Oplossing: Geef ze mee op de opdrachtregel, of start k80 add practice in een terminal: dan worden de vragen gesteld. Zie k80 add practice --help.\n',
    );
    const one = run(r, PRACTICE.filter((_, i) => i !== 4 && i !== 5));
    expect(one.stderr).toMatch(/^Fout: De verplichte optie --municipality ontbreekt\.\n/);
    expect(gitState(r).status).toBe('');
  });

  it('asks for a kind, and suggests the nearest one', () => {
    const r = repo();
    expect(run(r, ['add'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Fout: Zeg wat je wilt toevoegen: practice, action of topic.\nOplossing: Bijvoorbeeld: k80 add practice. Zie k80 add --help.\n',
    });
    expect(run(r, ['add', 'practise', '--title', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "Fout: Onbekende soort 'practise'. Kies practice, action of topic.\nOplossing: bedoelde je k80 add practice?\n",
    });
  });

  it('treats an empty or blank value as missing', () => {
    const r = repo();
    const res = run(r, withFlags(PRACTICE, ['--title', ' \u0007 ']));
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^Fout: De verplichte optie --title ontbreekt\./);
  });

  it('refuses an option of another kind', () => {
    const r = repo();
    const res = run(r, [...PRACTICE, '--type', 'lobby']);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('Fout: Onbekende optie: --type.\nZie: k80 add practice --help\n');
  });

  it('refuses --edit without a terminal, --branch with --no-commit, and --body with --body-file', () => {
    const r = repo();
    expect(run(r, [...PRACTICE, '--edit']).stderr).toBe(
      'Fout: --edit werkt alleen in een terminal.\nOplossing: Geef de tekst mee met --body of --body-file.\n',
    );
    const branch = run(r, [...PRACTICE, '--no-commit', '--branch']);
    expect(branch.code).toBe(2);
    expect(branch.stderr).toBe(
      'Fout: --branch gaat niet samen met --no-commit.\nOplossing: Laat --no-commit weg: dan wordt het bestand op de nieuwe tak vastgelegd.\n',
    );
    expect(run(r, [...PRACTICE, '--body', 'a', '--body-file', 'b']).code).toBe(2);
    expect(gitState(r).status).toBe('');
  });
});

describe('k80 add action and topic', () => {
  it('adds an action with defaults: status planned, the title as body', () => {
    const r = repo();
    const res = run(r, ['add', 'action', '--title', 'We delen ervaringen met dorpshuizen', '--theme', 'krachtige-vitale-kernen', '--type', 'knowledge-sharing']);
    expect(res.code).toBe(0);
    expect(normalize(res.stdout)).toBe(
      'Actie toegevoegd: We delen ervaringen met dorpshuizen\n' +
        'Vastgelegd in commit <id>: Actie toegevoegd: We delen ervaringen met dorpshuizen (Krachtige en vitale kernen)\n' +
        'Volgende stap: zet de commit online met:\n  git push\nMag je niet rechtstreeks op main zetten? Gebruik dan --branch: de wijziging komt op een eigen tak voor een pull request.\n' +
        'agenda/actions/we-delen-ervaringen-met-dorpshuizen.md\n',
    );
    expect(r.read('agenda/actions/we-delen-ervaringen-met-dorpshuizen.md')).toBe(
      '---\ntitle: We delen ervaringen met dorpshuizen\ntheme: krachtige-vitale-kernen\ntype: knowledge-sharing\nstatus: planned\n---\n\nWe delen ervaringen met dorpshuizen\n',
    );
    expect(head(r).files).toEqual(['agenda/actions/we-delen-ervaringen-met-dorpshuizen.md']);
    expectValid(r, true);
  });

  it('adds an action with a lead and a status', () => {
    const r = repo();
    const res = run(r, [
      'add', 'action', '--title', 'Lobby voor dorpshuizen', '--theme', 'financien', '--type', 'lobby', '--status', 'active',
      '--municipality', 'Vaals', '--role', 'wethouder', '--body', 'Voluit.', '--no-commit',
    ]);
    expect(res.code).toBe(0);
    expect(r.read('agenda/actions/lobby-voor-dorpshuizen.md')).toBe(
      '---\ntitle: Lobby voor dorpshuizen\ntheme: financien\ntype: lobby\nstatus: active\nlead:\n  role: wethouder\n  municipality: Vaals\n---\n\nVoluit.\n',
    );
  });

  it('refuses an action with two themes or an unknown type', () => {
    const r = repo();
    const two = run(r, ['add', 'action', '--title', 'X', '--theme', 'wonen', '--theme', 'financien', '--type', 'lobby']);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('Fout: Een actie hoort bij precies één thema, maar --theme is vaker opgegeven.\nOplossing: Geef --theme één keer op.\n');
    const type = run(r, ['add', 'action', '--title', 'X', '--theme', 'wonen', '--type', 'lobyy']);
    expect(type.code).toBe(1);
    expect(type.stderr).toMatch(/^Fout: --type: 'lobyy' is geen geldige waarde voor Soort actie \(type\)\. Kies uit: knowledge-sharing, lobby\. \(bedoelde je `lobby`\?\)\n/);
  });

  it('adds a topic raised by a municipality, status open, the description as body', () => {
    const r = repo();
    const res = run(r, [
      'add', 'topic', '--title', 'Wet op de dorpsraden', '--municipality', 'Beesel', '--role', 'wethouder',
      '--date', '2026-04-01', '--body', 'Het kabinet wil dorpsraden wettelijk regelen.',
    ]);
    expect(res.code).toBe(0);
    expect(normalize(res.stdout)).toBe(
      'Actueel onderwerp toegevoegd: Wet op de dorpsraden\n' +
        'Vastgelegd in commit <id>: Actueel onderwerp toegevoegd: Wet op de dorpsraden (Beesel)\n' +
        'Volgende stap: zet de commit online met:\n  git push\nMag je niet rechtstreeks op main zetten? Gebruik dan --branch: de wijziging komt op een eigen tak voor een pull request.\n' +
        'agenda/topics/wet-op-de-dorpsraden.md\n',
    );
    expect(r.read('agenda/topics/wet-op-de-dorpsraden.md')).toBe(
      '---\ntitle: Wet op de dorpsraden\nraised_by:\n  role: wethouder\n  municipality: Beesel\ndate: "2026-04-01"\nstatus: open\n---\n\nHet kabinet wil dorpsraden wettelijk regelen.\n',
    );
    expectValid(r, true);
  });

  it('names --municipality when a topic has no raised_by', () => {
    const r = repo();
    const res = run(r, ['add', 'topic', '--title', 'Wet op de dorpsraden']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^Fout: De verplichte optie --municipality ontbreekt\./);
  });
});
