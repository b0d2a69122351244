/**
 * `k80 report` as a user runs it (the CLI edge in process; --out and the bundled agenda also through the spawned built CLI): merges, output files, tags, shallow clones, bad input,
 * and this repository's own history.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, k80 } from '../../helpers/cli.js';
import { makeRepo, practiceText, PROJECT, type TestRepo } from '../../helpers/repo.js';
import type { ReportContext } from '../../../src/commands/report/context.js';
import { ANNA, CARLA, DIRK, SECRETARIAAT, actionText, commitNamed, gitAs, normalise } from './scenario.js';

const FOREWORD = '---\ntitle: Een voorjaar vol voorbeelden\nhighlights:\n  - Ameland deelt zijn dorpsplan.\n---\nBeste collega\'s,\n\nDit voorjaar <script>alert(1)</script> groeide de agenda.\n';
/** What `k80 report` prints on stderr for a period without a foreword file. */
const tip = (period: string): string =>
  `Tip: deze terugkoppeling heeft geen voorwoord. Schrijf je eigen woorden en hoogtepunten in agenda/terugkoppeling/${period}.md ` +
  '(frontmatter: title en highlights, een lijst korte zinnen; daaronder het voorwoord), commit het bestand en maak de terugkoppeling opnieuw.\n';

let repo: TestRepo;
const names: Record<string, string> = {};
const temps: string[] = [];

beforeAll(() => {
  repo = makeRepo({ agenda: 'minimal' });
  repo.write('agenda/actions/dorpshuizen-verbinden.md', actionText({ title: 'Dorpshuizen verbinden', theme: 'wonen', status: 'planned' }));
  repo.write('agenda/terugkoppeling/2026-H1.md', FOREWORD);
  names[repo.commit('Basis', '2025-12-01T10:00:00+01:00', SECRETARIAAT)] = 'c0';
  // a pull request: two commits by Dirk on a side branch
  repo.git(['checkout', '--quiet', '-b', 'voorstel']);
  repo.write('agenda/practices/dorpsplan-ameland.md', practiceText());
  names[repo.commit('Goed voorbeeld Ameland', '2026-02-01T10:00:00+01:00', DIRK)] = 's1';
  repo.write('agenda/practices/dorpsplan-ameland.md', practiceText({ title: 'Dorpsplan met alle inwoners' }));
  names[repo.commit('Titel aangepast', '2026-02-02T10:00:00+01:00', DIRK)] = 's2';
  // meanwhile on main
  repo.git(['checkout', '--quiet', 'main']);
  repo.write('agenda/actions/dorpshuizen-verbinden.md', actionText({ title: 'Dorpshuizen verbinden', theme: 'wonen', status: 'active' }));
  names[repo.commit('Dorpshuizen lopend', '2026-02-15T10:00:00+01:00', ANNA)] = 'm1';
  // Carla merges the pull request on 1 March
  gitAs(repo, ['merge', '--quiet', '--no-ff', '-m', 'Merge voorstel', 'voorstel'], '2026-03-01T10:00:00+01:00', CARLA);
  names[repo.git(['rev-parse', 'HEAD']).trim()] = 'merge';
  repo.write('agenda/actions/dorpshuizen-verbinden.md', actionText({ title: 'Dorpshuizen verbinden', theme: 'wonen', status: 'done' }));
  names[repo.commit('Dorpshuizen afgerond', '2026-08-01T10:00:00+02:00', ANNA)] = 'c2';
});

afterAll(() => {
  repo.cleanup();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function json(stdout: string): ReportContext {
  return normalise(JSON.parse(stdout) as ReportContext, names);
}

function clone(depth: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'k80-shallow-'));
  temps.push(dir);
  execFileSync('git', ['clone', '--quiet', `--depth=${depth}`, `file://${repo.dir}`, dir], { stdio: 'pipe' });
  return dir;
}

describe('k80 report on a history with a merged pull request', () => {
  it('credits municipalities, never people: no git name in json, md or html without --authors', async () => {
    const r = await cli(['report', '--format', 'json', '--period', '2026-H1'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // the context itself, indented by two spaces
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    const ctx = json(r.stdout);
    expect(ctx.period).toEqual({ from: '2026-01-01', to: '2026-06-30', fromCommit: 'c0', toCommit: 'merge' });
    expect(ctx.totals).toEqual({ commits: 2, contributors: 1, practicesAdded: 1, actionsAdded: 0, actionsStatusChanged: 1, topicsAssessed: 0 });
    expect(ctx.contributors).toEqual([{ municipality: 'Ameland', contributions: 1 }]);
    expect(ctx.authors).toBeUndefined();
    for (const format of ['json', 'md', 'html']) {
      const out = (await cli(['report', '--format', format, '--period', '2026-H1'], { cwd: repo.dir })).stdout;
      for (const person of [ANNA, CARLA, DIRK, SECRETARIAAT]) expect(out).not.toContain(person.name);
    }
    expect(ctx.practices.added.map((p) => [p.id, p.title])).toEqual([['dorpsplan-ameland', 'Dorpsplan met alle inwoners']]);
    expect(ctx.actions.statusChanges).toEqual([
      { id: 'dorpshuizen-verbinden', title: 'Dorpshuizen verbinden', theme: 'wonen', from: 'planned', to: 'active' },
    ]);
  });

  it('--authors credits a merged pull request to its own commits (second parent), not to whoever merged it', async () => {
    const r = await cli(['report', '--format', 'json', '--period', '2026-H1', '--authors'], { cwd: repo.dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(json(r.stdout).authors).toEqual([
      { name: DIRK.name, commits: 2 },
      { name: ANNA.name, commits: 1 },
    ]);
    const md = (await cli(['report', '--period', '2026-H1', '--authors'], { cwd: repo.dir })).stdout;
    expect(md).toContain(`## Auteurs\n\nDe mensen die de wijzigingen in de repository schreven (gevraagd met --authors):\n\n- ${DIRK.name} — 2 wijzigingen\n- ${ANNA.name} — 1 wijziging\n`);
    expect(md).not.toContain(CARLA.name);
  });

  it('renders Markdown by default, the foreword of the period first', async () => {
    const r = await cli(['report', '--period', '2026-H1'], { cwd: repo.dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.startsWith('# Terugkoppeling K80: 1 januari 2026 – 30 juni 2026\n')).toBe(true);
    expect(r.stdout).toContain(
      '## Een voorjaar vol voorbeelden\n\nBeste collega\'s,\n\nDit voorjaar alert(1) groeide de agenda.\n\n### Hoogtepunten\n\n- Ameland deelt zijn dorpsplan.\n\n## Kerncijfers\n',
    );
    const html = (await cli(['report', '--period', '2026-H1', '--format', 'html'], { cwd: repo.dir })).stdout;
    expect(html).toContain('<h2 id="voorwoord">Een voorjaar vol voorbeelden</h2>');
    expect(html).not.toContain('<script>alert');
    const ctx = json((await cli(['report', '--period', '2026-H1', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(ctx.foreword).toEqual({
      id: '2026-H1',
      title: 'Een voorjaar vol voorbeelden',
      highlights: ['Ameland deelt zijn dorpsplan.'],
      text: "Beste collega's,\n\nDit voorjaar <script>alert(1)</script> groeide de agenda.",
    });
  });

  it('without a foreword file: says on stderr which file to add, and the report has none', async () => {
    const r = await cli(['report', '--period', '2026-H2', '--format', 'json'], { cwd: repo.dir });
    expect([r.code, r.stderr]).toEqual([0, tip('2026-H2')]);
    expect(json(r.stdout).foreword).toBeUndefined();
  });

  it('writes --out atomically and says where', () => {
    const r = k80(['report', '--period', '2026-H1', '--format', 'html', '--out', 'terugkoppeling.html'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const target = join(repo.dir, 'terugkoppeling.html');
    expect(r.stdout).toBe(`Terugkoppeling geschreven naar ${target}\n`);
    expect(r.stderr).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/i);
    rmSync(target);
  });

  it('--out: the extension picks the format; a contradiction with --format is exit 2 with the fix, nothing written', async () => {
    for (const [name, start] of [['verslag.html', '<!doctype html>'], ['verslag.json', '{'], ['verslag.md', '# Terugkoppeling']] as const) {
      const r = await cli(['report', '--period', '2026-H1', '--out', name], { cwd: repo.dir });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(readFileSync(join(repo.dir, name), 'utf8').toLowerCase().startsWith(start.toLowerCase())).toBe(true);
      rmSync(join(repo.dir, name));
    }
    expect(await cli(['report', '--period', '2026-H1', '--format', 'md', '--out', 'verslag.html'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Fout: --format md past niet bij de bestandsnaam van --out (.html).\n' +
        'Oplossing: Laat --format weg (de extensie .html kiest het formaat), of geef --out een naam die eindigt op .md.\n',
    });
    expect(existsSync(join(repo.dir, 'verslag.html'))).toBe(false);
    expect((await cli(['report', '--period', '2026-H1', '--out', 'agenda/k80.yaml'], { cwd: repo.dir })).code).toBe(2);
  });

  it('--out in a folder that does not exist, or naming a folder, is exit 2 with the reason in Dutch', async () => {
    const hint = 'Oplossing: Geef met --out een bestandsnaam in een bestaande map waarin je mag schrijven, bijvoorbeeld --out terugkoppeling.md.\n';
    expect(await cli(['report', '--period', '2026-H1', '--out', 'bestaat-niet/t.md'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `Fout: Kan ${join(repo.dir, 'bestaat-niet/t.md')} niet schrijven: de map bestaat niet.\n${hint}`,
    });
    expect(await cli(['report', '--period', '2026-H1', '--out', 'agenda'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `Fout: Kan ${join(repo.dir, 'agenda')} niet schrijven: dat is een map.\n${hint}`,
    });
  });

  it('--tag marks the end commit of the period, and refuses a second time', async () => {
    const first = await cli(['report', '--period', '2026-H1', '--tag', '--out', 'h1.md'], { cwd: repo.dir });
    expect([first.code, first.stderr]).toEqual([0, '']);
    const merge = commitNamed(names, 'merge');
    expect(first.stdout).toBe(
      `Terugkoppeling geschreven naar ${join(repo.dir, 'h1.md')}\n` +
        `Tag terugkoppeling-2026-H1 gezet bij commit ${merge.slice(0, 12)}. Deel hem met: git push origin terugkoppeling-2026-H1\n`,
    );
    expect(repo.git(['rev-parse', 'terugkoppeling-2026-H1^{commit}']).trim()).toBe(merge);
    rmSync(join(repo.dir, 'h1.md'));

    const again = await cli(['report', '--period', '2026-H1', '--tag', '--out', 'h1.md'], { cwd: repo.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Fout: De tag terugkoppeling-2026-H1 bestaat al.');
    expect(existsSync(join(repo.dir, 'h1.md'))).toBe(false);

    // the next report starts after the tag by default
    const next = await cli(['report', '--format', 'json', '--to', '2026-12-31'], { cwd: repo.dir });
    expect([next.code, next.stderr]).toEqual([0, tip('2026-12-31')]);
    expect(json(next.stdout).period).toEqual({ from: '2026-07-01', to: '2026-12-31', fromCommit: 'merge', toCommit: 'c2' });

    // with dates the tag is named after the last day
    const dated = await cli(['report', '--from', '2026-07-01', '--to', '2026-09-30', '--tag', '--format', 'json'], { cwd: repo.dir });
    expect(dated.code).toBe(0);
    const c2 = commitNamed(names, 'c2');
    expect(dated.stderr).toBe(
      tip('2026-09-30') +
      `Tag terugkoppeling-2026-09-30 gezet bij commit ${c2.slice(0, 12)}. Deel hem met: git push origin terugkoppeling-2026-09-30\n`,
    );
  });

  afterAll(() => {
    for (const tag of ['terugkoppeling-2026-H1', 'terugkoppeling-2026-09-30']) {
      if (repo.git(['tag', '--list', tag]).trim() !== '') repo.git(['tag', '-d', tag]);
    }
  });
});

describe('shallow clones', () => {
  it('a clone whose history does not reach the start of the period is exit 2 naming the fix', async () => {
    const dir = clone(1);
    const r = await cli(['report', '--period', '2026-H2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Fout: Dit is een ondiepe kloon (shallow clone): de geschiedenis is niet volledig. ' +
        'De geschiedenis in deze kloon gaat niet terug tot het begin van de periode (2026-07-01).\n' +
        'Oplossing: Haal de volledige geschiedenis op met: git fetch --unshallow (in GitHub Actions: actions/checkout met fetch-depth: 0).\n',
    );
  });

  it('without a tag the default start is the first commit, which a shallow clone lacks', async () => {
    const r = await cli(['report', '--to', '2026-12-31'], { cwd: clone(2) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('De geschiedenis in deze kloon gaat niet terug tot de eerste commit.');
    expect(r.stderr).toContain('git fetch --unshallow');
  });

  it('a shallow clone that does reach the start works', async () => {
    const r = await cli(['report', '--period', '2026-H2', '--format', 'json'], { cwd: clone(2) });
    expect(r.stderr).toBe(tip('2026-H2'));
    expect(r.code).toBe(0);
    expect(json(r.stdout).totals.commits).toBe(1);
  });
});

describe('bad input is exit 2 with a clear message', () => {
  const cases: Array<[string[], string]> = [
    [['--from', '2026-02-30'], "Fout: --from '2026-02-30' is geen bestaande datum.\nOplossing: Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.\n"],
    [['--to', '2026-7-1'], "Fout: --to '2026-7-1' is geen bestaande datum.\nOplossing: Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.\n"],
    [['--from', 'bestaat-niet'], "Fout: --from 'bestaat-niet' is geen datum en geen bestaande git-revisie.\nOplossing: Geef een datum (JJJJ-MM-DD) of een bestaande tag, tak of commit (zie git tag en git log).\n"],
    [['--from=--upload-pack=evil'], "Fout: --from '--upload-pack=evil' is geen datum en geen bestaande git-revisie.\nOplossing: Geef een datum (JJJJ-MM-DD) of een bestaande tag, tak of commit (zie git tag en git log).\n"],
    [['--from', '2026-07-01', '--to', '2026-06-01'], 'Fout: Het begin van de periode (2026-07-01) ligt na het eind (2026-06-01).\nOplossing: Kies een begin dat vóór het eind ligt.\n'],
    [['--period', '2026-H3'], "Fout: '2026-H3' is geen geldige periode.\nOplossing: Schrijf een half jaar als JJJJ-H1 (januari–juni) of JJJJ-H2 (juli–december), bijvoorbeeld 2026-H1.\n"],
    [['--period', '2026-H1', '--from', '2026-01-01'], 'Fout: --period gaat niet samen met --from of --to.\nOplossing: Gebruik óf --period (bijvoorbeeld --period 2026-H1), óf --from en --to.\n'],
  ];
  for (const [args, stderr] of cases) {
    it(args.join(' '), async () => {
      const r = await cli(['report', ...args], { cwd: repo.dir });
      expect(r).toEqual({ code: 2, stdout: '', stderr });
    });
  }

  it('a --from revision that is not in the history of the branch', async () => {
    repo.git(['checkout', '--quiet', '--orphan', 'los']);
    repo.commit('Losse geschiedenis', '2026-01-01T10:00:00+01:00');
    repo.git(['checkout', '--quiet', 'main']);
    const r = await cli(['report', '--from', 'los'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Fout: 'los' hoort niet bij de geschiedenis van de huidige tak.");
  });

  it('not a git repository, or no git at all: the fix says the report needs the history', async () => {
    const plain = makeRepo({ agenda: 'minimal', git: false });
    try {
      expect(await cli(['report'], { cwd: plain.dir })).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `Fout: ${plain.dir} is geen git-repository.\n` +
          'Oplossing: De terugkoppeling komt uit de git-geschiedenis: werk in een kloon van de repository (git clone …), niet in een losse kopie van de map agenda/.\n',
      });
      expect(await cli(['report'], { cwd: plain.dir, env: { PATH: plain.dir } })).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'Fout: Git is niet gevonden op deze computer.\n' +
          'Oplossing: Installeer Git (https://git-scm.com) en open daarna een nieuw terminalvenster: de terugkoppeling komt uit de git-geschiedenis.\n',
      });
    } finally {
      plain.cleanup();
    }
  });

  it('a repository without commits', async () => {
    const empty = makeRepo({ agenda: 'minimal' });
    try {
      const r = await cli(['report'], { cwd: empty.dir });
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: 'Fout: Deze repository heeft nog geen commits.\nOplossing: Commit eerst de agenda: git add agenda en daarna git commit.\n',
      });
    } finally {
      empty.cleanup();
    }
  });
});

describe("this repository's own history", () => {
  it('reports the bundled agenda: exit 0 and the 8 themes in agenda order', () => {
    const r = k80(['report', '--format', 'json'], { cwd: PROJECT });
    expect(r.code).toBe(0);
    const ctx = JSON.parse(r.stdout) as ReportContext;
    expect(ctx.themes.map((t) => t.id)).toEqual([
      'nabijheid',
      'krachtige-vitale-kernen',
      'wonen',
      'sociaal-domein',
      'landelijk-gebied',
      'financien',
      'eigentijds-werkgeverschap',
      'wendbaarheid',
    ]);
    expect(ctx.themes.reduce((n, t) => n + t.actions.length, 0)).toBe(20);
    expect(ctx.totals.commits).toBeGreaterThan(0);
  });
});
