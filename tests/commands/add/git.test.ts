/** `k80 add` and git, end to end: other changes stay as they were, branches, and every git failure before writing. */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEntrySource } from '../../../src/content/frontmatter.js';
import { cleanLine } from '../../../src/content/entry-text.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { PRACTICE, PRACTICE_FILE as FILE, agendaRepo, expectValid, gitState, head, normalize, run } from './support.js';

const repo = tempRepos(agendaRepo);

describe('staged and unstaged changes elsewhere stay exactly as they were', () => {
  it('after k80 add', async () => {
    const r = repo();
    // staged change
    r.write('agenda/themes/wonen.md', `${r.read('agenda/themes/wonen.md')}\nStaged regel.\n`);
    r.git(['add', '--', 'agenda/themes/wonen.md']);
    // staged and, on top of it, unstaged change in one file
    r.write('agenda/themes/nabijheid.md', `${r.read('agenda/themes/nabijheid.md')}\nEerst gestaged.\n`);
    r.git(['add', '--', 'agenda/themes/nabijheid.md']);
    r.write('agenda/themes/nabijheid.md', `${r.read('agenda/themes/nabijheid.md')}Daarna niet.\n`);
    // unstaged change
    r.write('agenda/actions/totale-afschaf-opschalingskorting.md', 'half werk\n');
    // staged new file, staged deletion, untracked file
    r.write('docs/nieuw.md', 'nieuw\n');
    r.git(['add', '--', 'docs/nieuw.md']);
    r.git(['rm', '--quiet', '--', 'agenda/README.md']);
    r.write('aantekeningen.txt', 'los\n');
    const before = gitState(r);
    const parent = r.git(['rev-parse', 'HEAD']).trim();

    const res = await run(r, PRACTICE);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);

    expect(gitState(r)).toEqual(before);
    expect(head(r).files).toEqual([FILE]);
    expect(r.git(['diff', '--name-status', parent, 'HEAD'])).toBe(`A\t${FILE}\n`);
    expect(r.git(['rev-parse', 'HEAD^']).trim()).toBe(parent);
  });

  it('after k80 update', async () => {
    const r = repo();
    r.write('agenda/themes/wonen.md', `${r.read('agenda/themes/wonen.md')}\nStaged regel.\n`);
    r.git(['add', '--', 'agenda/themes/wonen.md']);
    r.write('agenda/actions/samen-reageren-op-cao-voorstellen.md', 'half werk\n');
    r.write('aantekeningen.txt', 'los\n');
    const before = gitState(r);
    const res = await run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'active', '--date', '2026-03-05']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(gitState(r)).toEqual(before);
    expect(head(r).files).toEqual(['agenda/actions/totale-afschaf-opschalingskorting.md']);
  });
});

describe('--branch', () => {
  it('creates practice/<id>, commits there, prints the push command and the GitHub pull request address', async () => {
    const r = repo();
    r.git(['remote', 'add', 'origin', 'git@github.com:k80/agenda.git']);
    const main = r.git(['rev-parse', 'main']).trim();
    const res = await run(r, [...PRACTICE, '--branch']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(normalize(res.stdout)).toBe(
      [
        'Goed voorbeeld toegevoegd: Dorpsplan Ameland',
        'Vastgelegd in commit <id>: Goed voorbeeld toegevoegd: Dorpsplan Ameland (Ameland)',
        'Op de nieuwe tak practice/dorpsplan-ameland.',
        'Zet de tak online met:',
        '  git push -u origin practice/dorpsplan-ameland',
        'Open daarna het pull request:',
        '  https://github.com/k80/agenda/compare/practice/dorpsplan-ameland?expand=1',
        FILE,
        '',
      ].join('\n'),
    );
    expect(r.git(['branch', '--show-current']).trim()).toBe('practice/dorpsplan-ameland');
    expect(r.git(['rev-parse', 'main']).trim()).toBe(main);
    expect(r.git(['rev-parse', 'HEAD^']).trim()).toBe(main);
    expect(head(r).files).toEqual([FILE]);
    // nothing was pushed or fetched
    expect(r.git(['for-each-ref', 'refs/remotes'])).toBe('');
  });

  it('takes a given name and prints the GitLab merge request address', async () => {
    const r = repo();
    r.git(['remote', 'add', 'origin', 'https://gitlab.com/k80/agenda.git']);
    const res = await run(r, [...PRACTICE, '--branch', 'voorbeeld/ameland']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      'Open daarna het merge request:\n  https://gitlab.com/k80/agenda/-/merge_requests/new?merge_request[source_branch]=voorbeeld%2Fameland\n',
    );
    expect(r.git(['branch', '--show-current']).trim()).toBe('voorbeeld/ameland');
  });

  it('prints no address for an unknown host or without origin', async () => {
    const r = repo();
    const res = await run(r, [...PRACTICE, '--branch']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('  git push -u origin practice/dorpsplan-ameland\nagenda/practices/');
    expect(res.stdout).not.toContain('Open daarna');
  });

  it('refuses an existing or invalid branch before writing anything', async () => {
    const r = repo();
    r.git(['branch', 'practice/dorpsplan-ameland']);
    const exists = await run(r, [...PRACTICE, '--branch']);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toBe("Fout: De tak 'practice/dorpsplan-ameland' bestaat al.\nOplossing: Kies een andere naam met --branch NAAM.\n");
    for (const name of ['..kapot', '--force', 'a b', 'x.lock']) {
      const bad = await run(r, [...PRACTICE, `--branch=${name}`]);
      expect(bad.code, name).toBe(2);
      expect(bad.stderr, name).toBe(
        `Fout: '${name}' is geen geldige naam voor een tak.\nOplossing: Gebruik letters, cijfers, streepjes en schuine strepen, bijvoorbeeld practice/dorpsplan-ameland.\n`,
      );
    }
    expect(r.git(['branch', '--show-current']).trim()).toBe('main');
    expect(gitState(r).status).toBe('');
  });
});

describe('--branch from another branch, a detached HEAD, the next step', () => {
  it('starts the new branch from the default branch, so the pull request holds this entry alone', async () => {
    const r = repo();
    const main = r.git(['rev-parse', 'main']).trim();
    r.git(['switch', '--quiet', '-c', 'eerder-werk']);
    r.write('agenda/themes/wonen.md', `${r.read('agenda/themes/wonen.md')}\nEerder werk.\n`);
    r.git(['commit', '--quiet', '-am', 'Eerder werk']);
    const res = await run(r, [...PRACTICE, '--branch']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(r.git(['branch', '--show-current']).trim()).toBe('practice/dorpsplan-ameland');
    expect(r.git(['rev-parse', 'HEAD^']).trim()).toBe(main);
    expect(r.git(['diff', '--name-only', 'main', 'HEAD'])).toBe(`${FILE}\n`);
  });

  it('refuses a detached HEAD before writing anything', async () => {
    const r = repo();
    r.git(['switch', '--quiet', '--detach']);
    const res = await run(r, [...PRACTICE, '--branch']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('(detached HEAD)');
    expect(gitState(r).status).toBe('');
  });

  it('after a commit on the default branch: push, and the repository online when the forge is known', async () => {
    const r = repo();
    r.git(['remote', 'add', 'origin', 'git@github.com:k80/agenda.git']);
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      'Volgende stap: zet de commit online met:\n  git push\n' +
        'Mag je niet rechtstreeks op main zetten? Gebruik dan --branch: de wijziging komt op een eigen tak voor een pull request.\n' +
        'De repository online: https://github.com/k80/agenda\n',
    );
  });

  it('after a commit on another branch: push that branch and open the pull request', async () => {
    const r = repo();
    r.git(['remote', 'add', 'origin', 'git@github.com:k80/agenda.git']);
    r.git(['switch', '--quiet', '-c', 'mijn-tak']);
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      'Volgende stap: zet de tak online met:\n  git push -u origin mijn-tak\nOpen daarna het pull request:\n  https://github.com/k80/agenda/compare/mijn-tak?expand=1\n',
    );
  });
});

describe('git problems: exit 2 before anything is written', () => {
  it('not a git repository (and --no-commit works there)', async () => {
    const r = repo({ git: false });
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^Fout: .* is geen git-repository\.\nOplossing: Werk in een kloon van de repository van het netwerk/);
    expect(r.exists(FILE)).toBe(false);
    const plain = await run(r, [...PRACTICE, '--no-commit']);
    expect(plain.code).toBe(0);
    expect(normalize(plain.stdout)).toBe(`Goed voorbeeld toegevoegd: Dorpsplan Ameland\nNiet vastgelegd (--no-commit).\n${FILE}\n`);
    expect(r.exists(FILE)).toBe(true);
  });

  it('no user.name / user.email', async () => {
    const r = repo({ identity: false });
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      'Fout: Git weet niet wie je bent: user.name en/of user.email ontbreken.\n' +
        'Oplossing: Stel ze eenmalig in: git config --global user.name "Je naam of functie" en git config --global user.email "functioneel-adres@gemeente.nl". Of gebruik --no-commit.\n',
    );
    expect(gitState(r).status).toBe('');
  });

  it('a merge in progress', async () => {
    const r = repo();
    r.git(['switch', '--quiet', '-c', 'ander']);
    r.write('agenda/themes/wonen.md', 'ander\n');
    r.commit('ander');
    r.git(['switch', '--quiet', 'main']);
    r.write('agenda/themes/wonen.md', 'hier\n');
    r.commit('hier');
    expect(() => r.git(['merge', '--quiet', 'ander'])).toThrow();
    const before = gitState(r);
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      'Fout: Er is een merge bezig in deze repository. Er is niets geschreven.\n' +
        'Oplossing: Maak die eerst af, of breek hem af met git merge --abort, en probeer het daarna opnieuw. Of gebruik --no-commit.\n',
    );
    expect(gitState(r)).toEqual(before);
  });

  it('git missing', async () => {
    const r = repo();
    const empty = mkdtempSync(join(tmpdir(), 'k80-nopath-'));
    const res = await run(r, PRACTICE, { env: { PATH: empty } }).finally(() => rmSync(empty, { recursive: true }));
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^Fout: Git is niet gevonden op deze computer\.\n/);
    expect(r.exists(FILE)).toBe(false);
  });

  it('an ignored folder', async () => {
    const r = repo();
    r.write('.gitignore', 'agenda/practices/\n');
    r.commit('negeer');
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      `Fout: Git negeert ${FILE} (.gitignore): het kan niet worden vastgelegd.\nOplossing: Pas .gitignore aan, of gebruik --no-commit om alleen het bestand te schrijven.\n`,
    );
    expect(r.exists(FILE)).toBe(false);
  });

  it('a failing commit hook: the file stays, with how to commit it (exit 2)', async () => {
    const r = repo();
    r.write('.git/hooks/pre-commit', '#!/bin/sh\necho "hook zegt nee" >&2\nexit 1\n');
    chmodSync(join(r.dir, '.git/hooks/pre-commit'), 0o755);
    const parent = r.git(['rev-parse', 'HEAD']).trim();
    const res = await run(r, PRACTICE);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(new RegExp(`^Fout: ${FILE} is geschreven en bewaard, maar niet vastgelegd: git weigerde de commit`));
    expect(res.stderr).toContain('Melding van git:\n  hook zegt nee\n');
    expect(res.stderr).toContain(`Oplossing: Los de oorzaak op en leg het bestand daarna vast met: git add -- ${FILE} && git commit -m "Goed voorbeeld toegevoegd: Dorpsplan Ameland (Ameland)" -- ${FILE}.`);
    expect(r.git(['rev-parse', 'HEAD']).trim()).toBe(parent);
    expect(r.exists(FILE)).toBe(true);
  });

  it('the agenda in a subfolder of the repository (--root)', async () => {
    const r = repo();
    r.write('site/README.md', 'x\n');
    r.git(['mv', 'agenda', 'site/agenda']);
    r.commit('verplaatst');
    const res = await run(r, [...PRACTICE, '--root', 'site']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout.trimEnd().split('\n').at(-1)).toBe(FILE);
    expect(head(r).files).toEqual([`site/${FILE}`]);
  });

  it('--no-commit writes without committing', async () => {
    const r = repo();
    const parent = r.git(['rev-parse', 'HEAD']).trim();
    const res = await run(r, [...PRACTICE, '--no-commit']);
    expect(res.code).toBe(0);
    expect(r.git(['rev-parse', 'HEAD']).trim()).toBe(parent);
    expect(gitState(r).status).toBe(`?? ${FILE}\n`);
  });
});

describe('hostile titles: the file always lands in agenda/practices/ with a valid id', () => {
  const titles: Array<[string, string, string]> = [
    // [title given, expected id, expected stored title]
    ['../../etc/passwd', 'etc-passwd', '../../etc/passwd'],
    ['..', 'goed-voorbeeld', '..'],
    ['..\\..\\Windows\\win.ini', 'windows-win-ini', '..\\..\\Windows\\win.ini'],
    ['/absoluut/pad', 'absoluut-pad', '/absoluut/pad'],
    ['C:\\Users\\beheer', 'c-users-beheer', 'C:\\Users\\beheer'],
    ['Bel\u0007 en\u0001 escape\u001b[31m rood', 'bel-en-escape-31m-rood', 'Bel en escape [31m rood'],
    ['Twee\nregels', 'twee-regels', 'Twee regels'],
    ['Dorpsplan\u202Egpj.exe', 'dorpsplangpj-exe', 'Dorpsplangpj.exe'],
    ['🎉 Feest in het dorp 🎉', 'feest-in-het-dorp', '🎉 Feest in het dorp 🎉'],
    ['🎉🎉', 'goed-voorbeeld-2', '🎉🎉'],
    ['!!!', 'goed-voorbeeld-3', '!!!'],
    ['CON', 'con-1', 'CON'],
    ['nul', 'nul-1', 'nul'],
    ['COM1', 'com1-1', 'COM1'],
    ['Financiën', 'financien', 'Financiën'],
    [`${'Samenwerking tussen kleine gemeenten '.repeat(6)}`.slice(0, 200), 'samenwerking-tussen-kleine-gemeenten-samenwerking-tussen', ''],
  ];

  it('for each of them, committed, and the repository stays valid', async () => {
    const r = repo();
    for (const [title, id, stored] of titles) {
      const res = await run(r, [...PRACTICE.slice(0, 2), '--title', title, ...PRACTICE.slice(4)]);
      expect(res.stderr, title).toBe('');
      expect(res.code, title).toBe(0);
      const path = res.stdout.trimEnd().split('\n').at(-1)!;
      expect(path, title).toBe(`agenda/practices/${id}.md`);
      expect(id.length).toBeLessThanOrEqual(60);
      expect(head(r).files, title).toEqual([path]);
      expect(gitState(r).status, title).toBe('');
      const data = parseEntrySource(path, r.read(path)).data as { title: string };
      expect(data.title, title).toBe(stored || cleanLine(title));
    }
    expect(r.git(['ls-files', '--', 'agenda/practices/*.md']).trim().split('\n')).toHaveLength(titles.length);
    expect(r.git(['ls-files', '--others', '--exclude-standard'])).toBe('');
    await expectValid(r, false);
  }, 240_000);
});
