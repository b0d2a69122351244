/**
 * Faults around writing and committing (add, update, score): a commit that git refuses is never reported as
 * a success, the index is put back and the file kept; the repository state is checked before anything is
 * written; commands at the same time never lose each other's work. Real repositories, real hooks, real git.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempRepos } from '../../helpers/temp-repos.js';
import { BIN } from '../../helpers/cli.js';
import { PRACTICE, PRACTICE_FILE as FILE, agendaRepo, gitState, head, isolatedGitEnv, run } from '../add/support.js';
import type { TestRepo } from '../../helpers/repo.js';

const repo = tempRepos(agendaRepo);
const ACTION = 'agenda/actions/totale-afschaf-opschalingskorting.md';

function hook(r: TestRepo, name: string, script: string): void {
  r.write(`.git/hooks/${name}`, `#!/bin/sh\n${script}\n`);
  chmodSync(join(r.dir, '.git/hooks', name), 0o755);
}

/** Hidden temporary files left anywhere in the agenda. */
function leftovers(r: TestRepo): string[] {
  return readdirSync(join(r.dir, 'agenda'), { recursive: true, encoding: 'utf8' }).filter((p) => /(^|\/)\.[^/]*\.tmp$/.test(p));
}

describe('a commit that git refuses is not a success', () => {
  for (const name of ['pre-commit', 'commit-msg', 'prepare-commit-msg']) {
    it(`add: a ${name} hook that exits 1 without a word → exit 2, index restored, file kept; a retry commits that same file`, async () => {
      const r = repo();
      hook(r, name, 'exit 1');
      const before = gitState(r);
      const parent = r.git(['rev-parse', 'HEAD']).trim();
      const res = await run(r, PRACTICE);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain(`Fout: ${FILE} is geschreven en bewaard, maar niet vastgelegd: git weigerde de commit`);
      expect(res.stderr).toContain(`git add -- ${FILE} && git commit -m`);
      expect(r.git(['rev-parse', 'HEAD']).trim()).toBe(parent);
      // the index is as it was: the new file is untracked, not staged
      expect(r.git(['diff', '--cached', '--name-only'])).toBe(before.staged);
      expect(r.git(['status', '--porcelain=v1', '--untracked-files=all'])).toBe(`?? ${FILE}\n`);
      expect(r.exists(FILE)).toBe(true);
      expect(leftovers(r)).toEqual([]);

      r.remove(`.git/hooks/${name}`);
      const again = await run(r, PRACTICE);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      expect(head(r).files).toEqual([FILE]);
      expect(r.exists('agenda/practices/dorpsplan-ameland-2.md')).toBe(false);
      expect(gitState(r)).toEqual(before);
    });
  }

  it('update and score: a silent pre-commit hook → exit 2, HEAD unchanged, nothing staged', async () => {
    const r = repo();
    r.write('agenda/topics/glasvezel.md', '---\ntitle: Glasvezel in het buitengebied\nraised_by:\n  municipality: Vaals\ndate: "2026-02-10"\nstatus: open\n---\nTekst.\n');
    r.commit('Onderwerp');
    hook(r, 'pre-commit', 'exit 1');
    const parent = r.git(['rev-parse', 'HEAD']).trim();
    const upd = await run(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--note', 'Brief verstuurd.', '--date', '2026-03-05']);
    expect(upd.code).toBe(2);
    expect(upd.stderr).toContain(`Fout: ${ACTION} is geschreven en bewaard, maar niet vastgelegd`);
    expect(upd.stderr).toContain(`git restore -- ${ACTION}`);
    expect(r.git(['rev-parse', 'HEAD']).trim()).toBe(parent);
    expect(r.git(['diff', '--cached', '--name-only'])).toBe('');
    expect(r.read(ACTION)).toContain('Brief verstuurd.');

    const sets = ['impact=3', 'agenda=2', 'added-value=2', 'influence=3', 'support=1', 'capacity=1'].flatMap((s) => ['--set', s]);
    const sc = await run(r, ['score', 'glasvezel', ...sets]);
    expect(sc.code).toBe(2);
    expect(sc.stdout).toBe('');
    expect(sc.stderr).toContain('agenda/topics/glasvezel.md is geschreven en bewaard, maar niet vastgelegd');
    expect(r.git(['rev-parse', 'HEAD']).trim()).toBe(parent);
    expect(r.git(['diff', '--cached', '--name-only'])).toBe('');
  });

  it("keeps the user's GIT_AUTHOR_DATE (a backfilled practice keeps its real date)", async () => {
    const r = repo();
    const res = await run(r, PRACTICE, { env: { GIT_AUTHOR_DATE: '2024-05-01T12:00:00+02:00' } });
    expect(res.code).toBe(0);
    expect(r.git(['log', '-1', '--format=%aI']).trim()).toBe('2024-05-01T12:00:00+02:00');
  });
});

describe('the repository state is checked before anything is written', () => {
  const cases: Array<[string, (r: TestRepo) => void, RegExp]> = [
    ['index.lock', (r) => r.write('.git/index.lock', ''), /^Fout: Een ander git-programma is bezig in deze repository \(.*index\.lock bestaat\)\. Er is niets geschreven\.\n/],
    ['a bisect', (r) => r.git(['bisect', 'start']), /^Fout: Er is een bisect bezig in deze repository\. Er is niets geschreven\.\nOplossing: .*git bisect reset/],
    ['a detached HEAD', (r) => r.git(['switch', '--quiet', '--detach']), /^Fout: Er is geen tak uitgecheckt \(detached HEAD\)/],
  ];
  for (const [what, make, expected] of cases) {
    it(what, async () => {
      const r = repo();
      make(r);
      const before = gitState(r);
      for (const args of [PRACTICE, ['update', 'action', 'totale-afschaf-opschalingskorting', '--status', 'active']]) {
        const res = await run(r, args);
        expect(res.code).toBe(2);
        expect(res.stderr).toMatch(expected);
        expect(gitState(r)).toEqual(before);
      }
      expect(r.exists(FILE)).toBe(false);
    });
  }

  it('refuses a symlinked or file kind folder, also with --no-commit, and writes nothing outside the repository', async () => {
    const r = repo();
    const outside = mkdtempSync(join(tmpdir(), 'k80-outside-'));
    try {
      r.remove('agenda/practices');
      symlinkSync(outside, join(r.dir, 'agenda/practices'));
      const res = await run(r, [...PRACTICE, '--no-commit']);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/^Fout: agenda\/practices is een symbolische koppeling \(symlink\)/);
      expect(readdirSync(outside)).toEqual([]);
      r.remove('agenda/practices');
      r.write('agenda/practices', 'geen map\n');
      const file = await run(r, [...PRACTICE, '--no-commit']);
      expect(file.code).toBe(2);
      expect(file.stderr).toMatch(/^Fout: agenda\/practices is een bestand, maar hoort een map te zijn\. Er is niets geschreven\.\n/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('--branch @, refs/heads/x and an over-long name are refused in Dutch', async () => {
    const r = repo();
    for (const name of ['@', 'refs/heads/x', 'HEAD']) {
      const res = await run(r, [...PRACTICE, '--branch', name]);
      expect(res.code).toBe(2);
      expect(res.stderr).toBe(`Fout: '${name}' is geen geldige naam voor een tak.\nOplossing: Gebruik letters, cijfers, streepjes en schuine strepen, bijvoorbeeld practice/dorpsplan-ameland.\n`);
    }
    const long = await run(r, [...PRACTICE, '--branch', `practice/${'a'.repeat(300)}`]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/^Fout: De naam voor de tak is te lang \(309 tekens\)\./);
    expect(r.exists(FILE)).toBe(false);
  });
});

/** Run the built CLI without waiting: the way to run several at the same time. */
function start(r: TestRepo, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: r.dir, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('commands at the same time', () => {
  it('two update --note at once, several rounds: every exit 0 has its note in HEAD, a refusal is exit 2 "probeer opnieuw"', async () => {
    const r = repo();
    const env = isolatedGitEnv();
    let successes = 0;
    for (let round = 0; round < 4; round++) {
      const notes = [`Notitie ${round}a.`, `Notitie ${round}b.`];
      const results = await Promise.all(notes.map((n) => start(r, ['update', 'action', 'totale-afschaf-opschalingskorting', '--note', n, '--date', '2026-03-05'], env)));
      const committed = r.git(['show', `HEAD:${ACTION}`]);
      results.forEach((res, i) => {
        if (res.code === 0) {
          successes++;
          expect(committed).toContain(notes[i]);
        } else {
          expect(res.code).toBe(2);
          expect(res.stderr).toContain('Probeer het opnieuw');
        }
      });
      // nothing half-changed: the work tree and index are clean after every round
      expect(r.git(['status', '--porcelain'])).toBe('');
    }
    expect(successes).toBeGreaterThanOrEqual(4);
  }, 240_000);

  it('8 adds at once: all committed, one file each, nothing staged or left behind', async () => {
    const r = repo();
    const env = isolatedGitEnv();
    const titles = Array.from({ length: 8 }, (_, i) => `Voorbeeld nummer ${i + 1}`);
    const results = await Promise.all(
      titles.map((t) => start(r, ['add', 'practice', '--title', t, '--municipality', 'Ameland', '--theme', 'nabijheid', '--summary', 'Een zin.', '--date', '2026-03-05'], env)),
    );
    for (const res of results) expect(res).toEqual({ code: 0, stderr: '' });
    expect(r.git(['status', '--porcelain', '--untracked-files=all'])).toBe('');
    const log = r.git(['log', '--format=%s', '-n', '8']).trim().split('\n');
    expect(log.sort()).toEqual(titles.map((t) => `Goed voorbeeld toegevoegd: ${t} (Ameland)`).sort());
    for (let i = 0; i < 8; i++) {
      expect(r.git(['show', '--name-only', '--format=', `HEAD~${i}`]).trim().split('\n')).toHaveLength(1);
    }
    expect(leftovers(r)).toEqual([]);
  }, 240_000);
});
