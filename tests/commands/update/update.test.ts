/** `k80 update` scripted, end to end: the built CLI against real temporary git repositories. */
import { describe, expect, it } from 'vitest';
import { practiceText, type TestRepo } from '../../helpers/repo.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, expectValid, gitState, head, normalize, run } from '../add/support.js';

const ACTION = 'agenda/actions/totale-afschaf-opschalingskorting.md';
const ACTION_TITLE = 'We blijven inzetten op de totale afschaf van de opschalingskorting';
const PRACTICE = 'agenda/practices/dorpsplan-met-inwoners.md';
const TOPIC = 'agenda/topics/wet-op-de-dorpsraden.md';

const repo = tempRepos((): TestRepo => {
  const r = agendaRepo();
  r.write(
    PRACTICE,
    practiceText({ themes: '[wonen] # het belangrijkste thema' }, '\n## Wat is het?\n\nEen voorbeeld.\n'),
  );
  r.write(TOPIC, '---\ntitle: Wet op de dorpsraden\nraised_by:\n  municipality: Beesel\ndate: "2026-02-01"\nstatus: open\n---\n\nOmschrijving.\n');
  r.commit('Voorbeeld en onderwerp', '2026-02-01T10:00:00+01:00');
  return r;
});

describe('k80 update action', () => {
  it('sets the status, appends a dated note, sets updated and commits that file alone', () => {
    const r = repo();
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'active', '--note', 'Brief aan de Tweede Kamer gestuurd, samen met de VNG.', '--date', '2026-03-05']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(normalize(res.stdout)).toBe(
      [
        `Bijgewerkt: ${ACTION_TITLE} (status van gepland naar lopend)`,
        `Vastgelegd in commit <id>: Actie bijgewerkt: ${ACTION_TITLE} (status: lopend)`,
        'Volgende stap: zet de commit online met:',
        '  git push',
        'Mag je niet rechtstreeks op main zetten? Gebruik dan --branch: de wijziging komt op een eigen tak voor een pull request.',
        ACTION,
        '',
      ].join('\n'),
    );
    expect(r.git(['show', '--format=', 'HEAD', '--', ACTION])).toContain(
      [
        ' type: lobby',
        '-status: planned',
        '+status: active',
        '+updated: "2026-03-05"',
        ' ---',
        ' ',
        ' We blijven inzetten op de totale afschaf van de opschalingskorting.',
        '+',
        '+## Voortgang',
        '+',
        '+- 2026-03-05: Status van gepland naar lopend. Brief aan de Tweede Kamer gestuurd, samen met de VNG.',
      ].join('\n'),
    );
    expect(head(r)).toEqual({
      files: [ACTION],
      message: `Actie bijgewerkt: ${ACTION_TITLE} (status: lopend)\n\nBrief aan de Tweede Kamer gestuurd, samen met de VNG.`,
      parents: 1,
    });
    expect(gitState(r).status).toBe('');
    expectValid(r, true);
  });

  it('adds later notes last, with the progress message', () => {
    const r = repo();
    expect(run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'active', '--date', '2026-03-05']).code).toBe(0);
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--note', 'Gesprek met het ministerie.\nVervolg in mei.', '--date', '2026-04-10']);
    expect(res.code).toBe(0);
    expect(head(r).message).toBe(`Actie bijgewerkt: ${ACTION_TITLE} (voortgang)\n\nGesprek met het ministerie.\nVervolg in mei.`);
    const text = r.read(ACTION);
    expect(text).toContain('updated: "2026-04-10"\n');
    expect(text.endsWith(
      '## Voortgang\n\n- 2026-03-05: Status van gepland naar lopend.\n- 2026-04-10: Gesprek met het ministerie.\n  Vervolg in mei.\n',
    )).toBe(true);
    expectValid(r, true);
  });

  it('changes the title', () => {
    const r = repo();
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--title', 'Afschaffen van de opschalingskorting', '--date', '2026-03-05']);
    expect(res.code).toBe(0);
    expect(head(r).message).toBe('Actie bijgewerkt: Afschaffen van de opschalingskorting');
    expect(r.read(ACTION)).toMatch(/^---\ntitle: Afschaffen van de opschalingskorting\ntheme: financien\n/);
  });

  it('changes nothing when the status is already so', () => {
    const r = repo();
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'planned']);
    expect(res).toEqual({
      code: 0,
      stdout: `Niets gewijzigd in ${ACTION}: alles was al zo.\n${ACTION}\n`,
      stderr: '',
    });
    expect(head(r).message).toBe('Voorbeeld en onderwerp');
  });

  it('an unknown id: exit 2 with the nearest id', () => {
    const r = repo();
    expect(run(r, ['update', 'action', 'totale-afschaf-opschalingskortin', '--status', 'done'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "Fout: Er is geen actie met de id 'totale-afschaf-opschalingskortin'.\nOplossing: bedoelde je totale-afschaf-opschalingskorting?\n",
    });
    expect(run(r, ['update', 'action', 'opschalingskorting', '--status', 'done']).stderr).toBe(
      "Fout: Er is geen actie met de id 'opschalingskorting'.\nOplossing: bedoelde je totale-afschaf-opschalingskorting?\n",
    );
    expect(run(r, ['update', 'action', '../../etc/passwd', '--status', 'done'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "Fout: Er is geen actie met de id '../../etc/passwd'.\nOplossing: Bekijk de ids met k80 list actions.\n",
    });
    expect(gitState(r).status).toBe('');
  });

  it('an invalid status or date: exit 1, nothing written', () => {
    const r = repo();
    expect(run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'actief'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "Fout: --status: 'actief' is geen geldige waarde voor Status (status). Kies uit: planned, active, done, dropped. (bedoelde je `active`?)\n" +
        'Oplossing: Er is niets geschreven. Pas de waarde aan en probeer het opnieuw.\n',
    });
    expect(run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--note', 'x', '--date', '2026-13-01'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Fout: --date: Datum (date) is een datum die niet bestaat: "2026-13-01". Controleer de maand (01 tot en met 12) en de dag.\n' +
        'Oplossing: Er is niets geschreven. Pas de waarde aan en probeer het opnieuw.\n',
    });
    expect(gitState(r).status).toBe('');
  });

  it('nothing to change without a terminal: exit 2', () => {
    const r = repo();
    expect(run(r, ['update', 'action', 'totale-afschaf-opschalingskorting'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Fout: Geef aan wat er verandert: --status, --note of --title.\n' +
        'Oplossing: Of start k80 update action <id> in een terminal: dan worden de vragen gesteld.\n',
    });
    expect(run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--note', '  \n ']).code).toBe(2);
  });

  it('refuses a file with uncommitted changes of its own (unless --no-commit)', () => {
    const r = repo();
    r.write(ACTION, `${r.read(ACTION)}\nEigen, nog niet vastgelegde regel.\n`);
    const before = gitState(r);
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'done']);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      `Fout: ${ACTION} heeft wijzigingen die nog niet zijn vastgelegd.\n` +
        'Oplossing: Leg die eerst vast (git commit) of maak ze ongedaan (git restore), of gebruik --no-commit.\n',
    );
    expect(gitState(r)).toEqual(before);
    const plain = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'done', '--no-commit', '--date', '2026-03-05']);
    expect(plain.code).toBe(0);
    expect(r.read(ACTION)).toContain('Eigen, nog niet vastgelegde regel.\n\n## Voortgang\n\n- 2026-03-05: Status van gepland naar afgerond.\n');
    expect(head(r).message).toBe('Voorbeeld en onderwerp');
  });

  it('refuses to update a file with errors: exit 1', () => {
    const r = repo();
    r.write(ACTION, r.read(ACTION).replace('type: lobby', 'type: lobbyen'));
    r.commit('kapot');
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'done']);
    expect(res).toEqual({
      code: 1,
      stdout: '',
      stderr: `Fout: ${ACTION} bevat fouten en kan zo niet worden bijgewerkt.\nOplossing: Bekijk de fouten met k80 validate en herstel ze eerst.\n`,
    });
  });

  it('--branch: action/<id>', () => {
    const r = repo();
    r.git(['remote', 'add', 'origin', 'https://github.com/k80/agenda']);
    const res = run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'done', '--branch']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      'Op de nieuwe tak action/totale-afschaf-opschalingskorting.\nZet de tak online met:\n  git push -u origin action/totale-afschaf-opschalingskorting\n' +
        'Open daarna het pull request:\n  https://github.com/k80/agenda/compare/action/totale-afschaf-opschalingskorting?expand=1\n',
    );
    expect(r.git(['branch', '--show-current']).trim()).toBe('action/totale-afschaf-opschalingskorting');
  });
});

describe('k80 update practice and topic', () => {
  it('practice: title, summary and a note; comments in the frontmatter stay', () => {
    const r = repo();
    const res = run(r, [
      'update', 'practice', 'dorpsplan-met-inwoners', '--title', 'Dorpsplan: samen met inwoners',
      '--summary', 'Inwoners en gemeente schrijven samen een dorpsplan.', '--note', 'Tweede dorp doet mee.', '--date', '2026-03-05',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(head(r).message).toBe('Goed voorbeeld bijgewerkt: Dorpsplan: samen met inwoners (voortgang)\n\nTweede dorp doet mee.');
    expect(r.read(PRACTICE)).toBe(
      [
        '---',
        'title: "Dorpsplan: samen met inwoners"',
        'municipality: Ameland',
        'themes: [wonen] # het belangrijkste thema',
        'date: "2026-03-05"',
        'summary: Inwoners en gemeente schrijven samen een dorpsplan.',
        '---',
        '',
        '## Wat is het?',
        '',
        'Een voorbeeld.',
        '',
        '## Voortgang',
        '',
        '- 2026-03-05: Tweede dorp doet mee.',
        '',
      ].join('\n'),
    );
    expectValid(r, true);
  });

  it('practice: a too long summary is exit 1', () => {
    const r = repo();
    const res = run(r, ['update', 'practice', 'dorpsplan-met-inwoners', '--summary', 'z'.repeat(281)]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^Fout: --summary: Samenvatting \(summary\) is te lang: 281 tekens, hooguit 280\. Maak de tekst korter\./);
  });

  it('topic: status and note', () => {
    const r = repo();
    const res = run(r, ['update', 'topic', 'wet-op-de-dorpsraden', '--status', 'taken-up', '--note', 'Het bestuur pakt het op.', '--date', '2026-03-05']);
    expect(res.code).toBe(0);
    expect(head(r)).toEqual({
      files: [TOPIC],
      message: 'Actueel onderwerp bijgewerkt: Wet op de dorpsraden (status: opgepakt)\n\nHet bestuur pakt het op.',
      parents: 1,
    });
    expect(r.read(TOPIC)).toBe(
      '---\ntitle: Wet op de dorpsraden\nraised_by:\n  municipality: Beesel\ndate: "2026-02-01"\nstatus: taken-up\n---\n\nOmschrijving.\n\n## Voortgang\n\n- 2026-03-05: Status van open naar opgepakt. Het bestuur pakt het op.\n',
    );
    expectValid(r, true);
  });

  it('options of another kind are refused', () => {
    const r = repo();
    const res = run(r, ['update', 'practice', 'dorpsplan-met-inwoners', '--status', 'done']);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('Fout: Onbekende optie: --status.\nZie: k80 update practice --help\n');
  });
});
