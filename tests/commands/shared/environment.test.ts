/**
 * When the computer refuses (a full disk, a read-only folder, a closed or full output) or the input is
 * hostile (endless, slow, binary): exit 2 with a Dutch sentence that names the place and the fix, never a
 * stack trace, never a temporary file left behind, never a hang. Disk-full and read-only use a real tmpfs and
 * a real read-only bind mount; where the machine does not allow that, the test says why it is skipped.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepos } from '../../helpers/temp-repos.js';
import { BIN } from '../../helpers/cli.js';
import { PRACTICE, agendaRepo, gitState, isolatedGitEnv, run, runBuilt } from '../add/support.js';
import { EXIT, environmentError } from '../../../src/core/errors.js';

const repo = tempRepos(agendaRepo);

/** Can this machine mount (root, and mount allowed in this container)? Otherwise the reason. */
function mountProblem(): string | undefined {
  if (process.getuid?.() !== 0) return 'not running as root: cannot mount a tmpfs or a read-only bind mount';
  const r = spawnSync('mount', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? undefined : 'mount is not available on this machine';
}

function mounted<T>(target: string, args: string[], body: () => T): T {
  execFileSync('mount', [...args, target]);
  try {
    return body();
  } finally {
    execFileSync('umount', [target]);
  }
}

const problem = mountProblem();
if (problem) console.warn(`[skipped] disk-full and read-only tests: ${problem}`);

describe.skipIf(problem !== undefined)('a full disk and a read-only folder (real tmpfs and bind mount)', () => {
  it('a full disk during add: exit 2, Dutch, no temporary file left, nothing staged', async () => {
    const r = repo();
    const folder = join(r.dir, 'agenda/practices');
    const before = gitState(r);
    mounted(folder, ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs'], () => {
      writeFileSync(join(folder, '.gitkeep'), '');
      // fill the disk to the last block
      const fd = openSync(join(folder, 'vol.bin'), 'w');
      try {
        for (;;) writeFileSync(fd, Buffer.alloc(1024, 1));
      } catch {
        // ENOSPC: full
      } finally {
        closeSync(fd);
      }
      const res = runBuilt(r, [...PRACTICE, '--body', 'x'.repeat(20_000)]);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/^Fout: .*agenda\/practices\/dorpsplan-ameland\.md: de schijf is vol\.\nOplossing: Maak ruimte vrij op de schijf/);
      expect(res.stderr).not.toMatch(/ENOSPC|at .*\.js/);
      expect(readdirSync(folder).sort()).toEqual(['.gitkeep', 'vol.bin']);
    });
    expect(gitState(r)).toEqual(before);
  });

  it('a read-only folder: exit 2, Dutch, nothing written', async () => {
    const r = repo();
    const folder = join(r.dir, 'agenda/practices');
    mounted(folder, ['--bind', folder], () => {
      execFileSync('mount', ['-o', 'remount,bind,ro', folder]);
      const res = runBuilt(r, PRACTICE);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/^Fout: .*agenda\/practices\/dorpsplan-ameland\.md: deze schijf of map is alleen-lezen\.\nOplossing: Werk in een map waarin je mag schrijven/);
      expect(readdirSync(folder)).toEqual(['.gitkeep']);
    });
  });
});

describe('environment errors are classified by type', () => {
  it('EACCES, EROFS, ENOSPC, EEXIST become exit 2 in Dutch with the path; other errors stay bugs', async () => {
    for (const [code, text] of [
      ['EACCES', 'je hebt hier geen rechten voor.'],
      ['EROFS', 'deze schijf of map is alleen-lezen.'],
      ['ENOSPC', 'de schijf is vol.'],
      ['EEXIST', 'er staat al een bestand met deze naam'],
    ] as const) {
      const e = environmentError(Object.assign(new Error(`${code}: english`), { code, path: 'agenda/practices/x.md' }));
      expect(e?.exitCode).toBe(EXIT.usage);
      expect(e?.message).toContain(`agenda/practices/x.md: ${text}`);
      expect(e?.hint).toContain('agenda/practices/x.md');
    }
    expect(environmentError(new TypeError('x is undefined'))).toBeUndefined();
    expect(EXIT.bug).toBe(70);
  });
});

describe('output that cannot be written', () => {
  for (const args of [['validate', '--format', 'json'], ['list', 'actions'], ['report']]) {
    it(`k80 ${args.join(' ')} > /dev/full: exit 2, a Dutch sentence, no stack trace`, async () => {
      const r = repo();
      const full = openSync('/dev/full', 'w');
      try {
        const res = spawnSync(process.execPath, [BIN, ...args], { cwd: r.dir, env: { ...process.env, ...isolatedGitEnv() }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(res.status).toBe(2);
        expect(res.stderr).toBe(
          'Fout: De uitvoer kon niet (helemaal) worden geschreven: de schijf is vol.\n' +
            'Oplossing: Schrijf de uitvoer naar een plek met ruimte en schrijfrechten, of laat hem in het terminalvenster zien.\n',
        );
      } finally {
        closeSync(full);
      }
    });
  }
});

describe('--body-file read as a stream', () => {
  it('an endless source stops at the limit (exit 2), binary and non-UTF-8 files are refused', async () => {
    const r = repo();
    const zero = await run(r, [...PRACTICE, '--body-file', '/dev/zero', '--no-commit']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/^Fout: Het bestand \/dev\/zero \(--body-file\) is groter dan 512 KiB/);
    mkdirSync(join(r.dir, 'in'));
    writeFileSync(join(r.dir, 'in/nul.md'), 'tekst\0meer');
    writeFileSync(join(r.dir, 'in/latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const nul = await run(r, [...PRACTICE, '--body-file', 'in/nul.md', '--no-commit']);
    expect(nul.code).toBe(2);
    expect(nul.stderr).toMatch(/^Fout: Het bestand in\/nul\.md \(--body-file\) is geen tekst: er staan NUL-tekens in/);
    const latin = await run(r, [...PRACTICE, '--body-file', 'in/latin1.md', '--no-commit']);
    expect(latin.code).toBe(2);
    expect(latin.stderr).toMatch(/^Fout: Het bestand in\/latin1\.md \(--body-file\) is geen UTF-8-tekst/);
    expect(r.exists('agenda/practices/dorpsplan-ameland.md')).toBe(false);
  });

  it('a slow pipe on standard input is waited for, and more than 64 KiB of it is read whole', async () => {
    const r = repo();
    const body = `${'Een regel tekst over het dorpsplan.\n'.repeat(3000)}`; // about 105 KB
    const child = spawn(process.execPath, [BIN, ...PRACTICE, '--body-file', '-', '--no-commit'], {
      cwd: r.dir,
      env: { ...process.env, ...isolatedGitEnv(), NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    // the first part, a pause (so the tool meets a pipe that is still open and empty), then the rest
    child.stdin.write(body.slice(0, 70_000));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.end(body.slice(70_000));
    expect(await done).toBe(0);
    expect(stderr).toBe('');
    expect(r.read('agenda/practices/dorpsplan-ameland.md')).toContain(body.trimEnd());
  });
});
