/** `k80 score` without a terminal, end to end: the built CLI against real temporary git repositories. */
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../../src/content/entry-text.js';
import { k80 } from '../../helpers/cli.js';
import { makeRepo, type TestRepo } from '../../helpers/repo.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { OTHER_TOPIC, SETS, TOPIC, sets, topicRepo } from './fixtures.js';

const repo = tempRepos(topicRepo);
const bareRepo = tempRepos(makeRepo);
let date = '';
beforeAll(() => {
  date = today();
});

const TABLE = `Weging van het actuele onderwerp: Glasvezel in het buitengebied (glasvezel)

Criterium          Gewicht  Score         Punten
impact                   3  3 (sterk)      9 van  9
past bij agenda          2  2 (redelijk)   4 van  6
eigen perspectief        3  2 (redelijk)   6 van  9
invloed                  2  3 (sterk)      6 van  6
draagvlak                2  1 (beperkt)    2 van  6
capaciteit               1  1 (beperkt)    1 van  3
Samen                                     28 van 39

Totaal: 72 van 100 (oppakken vanaf 65, volgen vanaf 40)
Oordeel: Oppakken
De uitkomst is gevoelig voor: impact (\u22121 → Volgen), eigen perspectief (\u22121 → Volgen)
`;

/** TOPIC after the weighing of SETS today, with `note` (a YAML line) at the end of the assessment. */
const ASSESSED = (note: string): string =>
  TOPIC.replace(
    'status: open\n',
    () => `status: assessed
assessment:
  date: "${date}"
  by: Dagelijks bestuur
  framework_version: 1
  scores:
    impact: 3
    agenda: 2
    added-value: 2
    influence: 3
    support: 1
    capacity: 1
  total: 72
  verdict: take-up
${note}`,
  );

const head = (r: TestRepo): string => r.git(['rev-parse', 'HEAD']).trim();

describe('k80 score, scripted', () => {
  it('writes the assessment and status, keeps the rest of the file, commits that file alone', () => {
    const r = repo();
    // unrelated work in progress must stay exactly as it is
    r.write('agenda/topics/dorpsscholen.md', OTHER_TOPIC.replace('Krimp', 'Krimp (concept)'));
    r.write('notities.txt', 'staged\n');
    r.git(['add', '--', 'notities.txt']);
    const before = head(r);
    const res = k80(['score', 'glasvezel', ...SETS, '--note', 'Besluit in de vergadering van maart.'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const commit = head(r);
    expect(res.stdout).toBe(`${TABLE}\nBijgewerkt: agenda/topics/glasvezel.md\nVastgelegd in commit ${commit.slice(0, 7)}.\n`);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(ASSESSED('  note: Besluit in de vergadering van maart.\n'));
    expect(r.git(['rev-parse', 'HEAD~1']).trim()).toBe(before);
    expect(r.git(['show', '--name-only', '--format=%s', 'HEAD'])).toBe(
      'Actueel onderwerp beoordeeld: Glasvezel in het buitengebied (Oppakken, 72)\n\nagenda/topics/glasvezel.md\n',
    );
    expect(r.git(['status', '--porcelain'])).toBe(' M agenda/topics/dorpsscholen.md\nA  notities.txt\n');
  });

  it('what it writes passes k80 validate, and a hand-edited total does not', () => {
    const r = repo();
    expect(k80(['score', 'glasvezel', ...sets('added-value=0')], { cwd: r.dir }).code).toBe(0);
    const ok = k80(['validate', '--format', 'json'], { cwd: r.dir });
    expect(JSON.parse(ok.stdout).messages.filter((x: { file: string }) => x.file.startsWith('agenda/topics/'))).toEqual([]);
    r.write('agenda/topics/glasvezel.md', r.read('agenda/topics/glasvezel.md').replace('total: 56', 'total: 65'));
    const bad = k80(['validate', '--format', 'json'], { cwd: r.dir });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).messages.map((x: { rule: string; file: string }) => `${x.file} ${x.rule}`)).toContain(
      'agenda/topics/glasvezel.md assessment-mismatch',
    );
  });

  it('--by and a multi-line --note', () => {
    const r = repo();
    const res = k80(['score', 'glasvezel', ...SETS, '--by', 'Algemeen bestuur', '--note', 'Eerste regel.\nTweede regel.'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(
      ASSESSED('  note: |-\n    Eerste regel.\n    Tweede regel.\n').replace('by: Dagelijks bestuur', 'by: Algemeen bestuur'),
    );
  });

  it('replaces an earlier assessment in place', () => {
    const r = repo();
    expect(k80(['score', 'glasvezel', ...sets('impact=1')], { cwd: r.dir }).code).toBe(0);
    expect(k80(['score', 'glasvezel', ...SETS], { cwd: r.dir }).code).toBe(0);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(ASSESSED(''));
    expect(r.git(['rev-list', '--count', 'HEAD']).trim()).toBe('3');
  });

  it('--dry-run computes and prints, writes and commits nothing', () => {
    const r = repo();
    const before = head(r);
    const res = k80(['score', 'glasvezel', ...SETS, '--dry-run'], { cwd: r.dir });
    expect(res).toEqual({ code: 0, stdout: `${TABLE}\nProefrun (--dry-run): er is niets geschreven.\n`, stderr: '' });
    expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
    expect(head(r)).toBe(before);
    expect(r.git(['status', '--porcelain'])).toBe('');
  });

  it('--no-commit writes the file and leaves the commit to you', () => {
    const r = repo();
    const before = head(r);
    const res = k80(['score', 'glasvezel', ...SETS, '--no-commit'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.stdout.endsWith('Bijgewerkt: agenda/topics/glasvezel.md\nGeen commit gemaakt (--no-commit). Leg de wijziging zelf vast met git.\n')).toBe(true);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(ASSESSED(''));
    expect(head(r)).toBe(before);
    expect(r.git(['status', '--porcelain'])).toBe(' M agenda/topics/glasvezel.md\n');
  });

  it('the agenda in a subfolder of the repository (--root): commits that path, from the top or from inside', () => {
    const r = repo();
    r.write('site/README.md', 'x\n');
    r.git(['mv', 'agenda', 'site/agenda']);
    r.commit('verplaatst');
    const res = k80(['score', 'glasvezel', ...SETS, '--root', 'site'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('\nBijgewerkt: agenda/topics/glasvezel.md\nVastgelegd in commit ');
    expect(r.git(['show', '--name-only', '--format=%s', 'HEAD'])).toBe(
      'Actueel onderwerp beoordeeld: Glasvezel in het buitengebied (Oppakken, 72)\n\nsite/agenda/topics/glasvezel.md\n',
    );
    expect(r.read('site/agenda/topics/glasvezel.md')).toBe(ASSESSED(''));
    expect(r.git(['status', '--porcelain'])).toBe('');

    // started inside the agenda folder, without --root
    const inside = k80(['score', 'dorpsscholen', ...SETS], { cwd: `${r.dir}/site/agenda/topics` });
    expect(inside.stderr).toBe('');
    expect(inside.code).toBe(0);
    expect(r.git(['show', '--name-only', '--format=', 'HEAD'])).toBe('site/agenda/topics/dorpsscholen.md\n');
    expect(r.git(['status', '--porcelain'])).toBe('');
  });

  it('--json prints the result', () => {
    const r = repo();
    const res = k80(['score', 'glasvezel', ...SETS, '--json', '--dry-run'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      topic: 'glasvezel',
      scores: { impact: 3, agenda: 2, 'added-value': 2, influence: 3, support: 1, capacity: 1 },
      total: 72,
      verdict: 'take-up',
      knockout: null,
      sensitivity: [
        { id: 'impact', up: null, down: 'monitor' },
        { id: 'agenda', up: null, down: null },
        { id: 'added-value', up: null, down: 'monitor' },
        { id: 'influence', up: null, down: null },
        { id: 'support', up: null, down: null },
        { id: 'capacity', up: null, down: null },
      ],
      file: 'agenda/topics/glasvezel.md',
      written: false,
      commit: null,
    });
    const written = JSON.parse(k80(['score', 'glasvezel', ...sets('added-value=0'), '--json'], { cwd: r.dir }).stdout);
    expect(written).toMatchObject({ total: 56, verdict: 'decline', knockout: 'added-value', written: true, commit: head(r) });
  });

  it('names the knockout that decided, and says when the outcome is robust', () => {
    const r = repo();
    const ko = k80(['score', 'glasvezel', ...sets('added-value=0', 'agenda=3', 'support=3', 'capacity=3'), '--dry-run'], { cwd: r.dir });
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('Totaal: 77 van 100');
    expect(ko.stdout).toContain(
      'Oordeel: Niet oppakken\nKnock-out: eigen perspectief scoort 0 (niet). Daarom niet oppakken, wat het totaal ook is.\nDe uitkomst is gevoelig voor: eigen perspectief (+1 → Oppakken)\n',
    );
    const top = k80(['score', 'glasvezel', '--set', 'impact=3', '--set', 'agenda=3', '--set', 'added-value=3', '--set', 'influence=3', '--set', 'support=3', '--set', 'capacity=3', '--dry-run'], { cwd: r.dir });
    expect(top.stdout).toContain('Oordeel: Oppakken\nDe uitkomst is robuust: geen enkele score van één punt hoger of lager verandert het oordeel.\n');
  });
});

describe('k80 score, exit codes', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['a missing criterion', ['glasvezel', ...SETS.slice(0, -2)], 2, /^Fout: Geen score voor: capacity\. Zonder terminal is --set nodig voor elk criterium\.\nOplossing: Bijvoorbeeld: k80 score <thema> --set impact=3 --set agenda=2 --set added-value=2 --set influence=3 --set support=1 --set capacity=3\n$/],
    ['every missing criterion', ['glasvezel', '--set', 'impact=1'], 2, /^Fout: Geen score voor: agenda, added-value, influence, support, capacity\./],
    ['an unknown criterion', ['glasvezel', ...sets('influense=2')], 2, /^Fout: --set influense: onbekend criterium\.\nOplossing: Bedoelde je influence\? De criteria zijn: impact, agenda, added-value, influence, support, capacity\.\n$/],
    ['a value off the scale', ['glasvezel', ...sets('support=4')], 2, /^Fout: --set support=4: de score moet op de schaal van 0 tot en met 3 liggen\.\nOplossing: De schaal: 0 = niet, 1 = beperkt, 2 = redelijk, 3 = sterk\.\n$/],
    ['a negative value', ['glasvezel', ...sets('support=-1')], 2, /^Fout: --set support=-1: de score moet op de schaal/],
    ['a non-integer', ['glasvezel', ...sets('agenda=2.5')], 2, /^Fout: --set agenda=2\.5: de score moet een geheel getal zijn\.\n/],
    ['a word as value', ['glasvezel', ...sets('agenda=sterk')], 2, /^Fout: --set agenda=sterk: de score moet een geheel getal zijn\./],
    ['a --set without =', ['glasvezel', ...SETS, '--set', 'impact'], 2, /^Fout: --set impact: gebruik de vorm criterium=score, bijvoorbeeld --set impact=3\.\nOplossing: De criteria zijn: impact, agenda, added-value, influence, support, capacity\.\n$/],
    ['a criterion set twice', ['glasvezel', ...SETS, '--set', 'impact=1'], 2, /^Fout: --set impact is meer dan eens opgegeven\.\nOplossing: Geef elk criterium één keer op\.\n$/],
    ['an unknown topic', ['glasvezl', ...SETS], 2, /^Fout: Onbekend actueel onderwerp: glasvezl\.\nOplossing: Bedoelde je glasvezel\? Zie alle actuele onderwerpen met: k80 list topics\n$/],
    ['a path as topic', ['../k80', ...SETS], 2, /^Fout: Onbekend actueel onderwerp: \.\.\/k80\./],
    ['no topic without a terminal', [...SETS], 2, /^Fout: Geef het actuele onderwerp op dat je weegt/],
    ['an empty --by', ['glasvezel', ...SETS, '--by', '  '], 2, /^Fout: Geef bij --by op wie heeft gewogen, bijvoorbeeld --by "Dagelijks bestuur"\.\nOplossing: Of laat --by weg: dan staat er Dagelijks bestuur\.\n$/],
    ['a --by that is too long', ['glasvezel', ...SETS, '--by', 'x'.repeat(101)], 2, /^Fout: --by is te lang: 101 tekens, hooguit 100\.\nOplossing: Maak de tekst korter\.\n$/],
    ['a --set without value', ['glasvezel', '--set'], 2, /^Fout: De optie --set heeft een waarde nodig\./],
  ];
  for (const [what, args, code, stderr] of cases) {
    it(`${what} → exit ${code}`, () => {
      const r = repo();
      const res = k80(['score', ...args], { cwd: r.dir });
      expect(res.stderr).toMatch(stderr);
      expect([res.code, res.stdout]).toEqual([code, '']);
      expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
      expect(r.git(['status', '--porcelain'])).toBe('');
    });
  }

  it('a topic file with errors → exit 1 with its positions', () => {
    const r = repo();
    r.write('agenda/topics/glasvezel.md', TOPIC.replace('status: open', 'status: open\nstatsu: x'));
    const res = k80(['score', 'glasvezel', ...SETS], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^Fout: Het actuele onderwerp agenda\/topics\/glasvezel\.md bevat fouten; los die eerst op:\n {2}agenda\/topics\/glasvezel\.md:9:1 {2}.*\n/);
  });

  it('a framework that makes no sense → exit 1 with positioned messages, nothing written', () => {
    const r = repo();
    const fw = r.read('agenda/afwegingskader.yaml');
    r.write('agenda/afwegingskader.yaml', fw.replace('take-up: 65', 'take-up: 30'));
    const line = fw.split('\n').indexOf('  monitor: 40') + 1;
    const res = k80(['score', 'glasvezel', ...SETS], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      `Fout: Het afwegingskader (agenda/afwegingskader.yaml) bevat fouten; zo kan er niet gewogen worden:\n  agenda/afwegingskader.yaml:${line}:12  `,
    );
    expect(res.stderr).toContain('[framework-threshold-order]');
    expect(res.stderr).toMatch(/\nOplossing: Herstel het afwegingskader en controleer het met: k80 validate\n$/);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
  });

  it('a framework that fails its schema → exit 1', () => {
    const r = repo();
    r.write('agenda/afwegingskader.yaml', r.read('agenda/afwegingskader.yaml').replace('weight: 1\n', 'weight: 0\n'));
    const res = k80(['score', 'glasvezel', ...SETS], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^Fout: Het afwegingskader .*\n {2}agenda\/afwegingskader\.yaml:\d+:\d+ {2}/);
  });

  it('outside a git repository → exit 2, nothing written; --no-commit and --dry-run still work', () => {
    const r = bareRepo({ agenda: 'minimal', git: false });
    r.write('agenda/topics/glasvezel.md', TOPIC);
    const res = k80(['score', 'glasvezel', ...SETS], { cwd: r.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^Fout: /);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
    expect(k80(['score', 'glasvezel', ...SETS, '--dry-run'], { cwd: r.dir }).code).toBe(0);
    expect(k80(['score', 'glasvezel', ...SETS, '--no-commit'], { cwd: r.dir }).code).toBe(0);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(ASSESSED(''));
  });

  it('without a git identity → exit 2, nothing written', () => {
    const r = bareRepo({ agenda: 'minimal', identity: false });
    r.write('agenda/topics/glasvezel.md', TOPIC);
    const res = k80(['score', 'glasvezel', ...SETS], {
      cwd: r.dir,
      env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: r.dir, GIT_AUTHOR_NAME: '', GIT_COMMITTER_NAME: '', EMAIL: '' },
    });
    expect(res.code).toBe(2);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
  });
});
