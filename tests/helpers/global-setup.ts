/**
 * Once per `vitest run`, before any test file:
 * 1. Build the command-line tool when dist/ is older than its sources, so no test spawns a stale `bin/k80.js`
 *    (`npm test` is plain `vitest run`; a second run without changes skips the build).
 * 2. Give the run its own temporary folder: TMPDIR/TMP/TEMP point into it for every test worker and every
 *    process they start (git, Chromium, LibreOffice, the CLI), and it is removed at the end. Whatever a test
 *    forgot to clean up is named on stderr, so a leak is seen, and nothing is left in the machine's /tmp.
 *    The folder is in memory when the machine has room there (Linux: /dev/shm): the tests make and remove
 *    thousands of small files (repositories and their copies), and on a disk mounted with `discard` every
 *    removal waits for the disk (a copied repository took 0.6 s to remove there, 0.02 s in memory).
 *    K80_TEST_TMPDIR names another folder to use instead.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from './repo.js';

/** Written by every build (tsc rewrites all its output), so its time is the time of the last build. */
const BUILT = join(PROJECT, 'dist', 'cli.js');
/** What the build reads: a change in any of these makes dist/ stale. */
const INPUTS = ['src', 'schemas', 'tsconfig.json', 'package.json'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function buildWhenStale(): void {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map((p) => newest(join(PROJECT, p))));
  if (built > sources) return;
  const started = Date.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT, stdio: 'inherit', shell: process.platform === 'win32' });
  process.stderr.write(`k80 tests: dist/ built (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

/** In-memory space the run may use: a little for each worker's repositories, browsers and documents. */
const MEMORY_NEEDED = 1024 ** 3;

/** Where the run's temporary folder goes: K80_TEST_TMPDIR, else /dev/shm when it has room, else the system's. */
function outerTemp(): string {
  const chosen = process.env.K80_TEST_TMPDIR;
  if (chosen) return chosen;
  try {
    const shm = statfsSync('/dev/shm');
    accessSync('/dev/shm', constants.W_OK);
    if (shm.bavail * shm.bsize >= MEMORY_NEEDED) return '/dev/shm';
  } catch {
    // no /dev/shm (Windows, macOS) or not writable: the system's temporary folder
  }
  return tmpdir();
}

export default function setup(): () => void {
  buildWhenStale();
  const outer = outerTemp();
  const root = mkdtempSync(join(outer, 'k80-tests-'));
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = root;
  return () => {
    const left = readdirSync(root);
    if (left.length > 0) {
      process.stderr.write(`k80 tests: ${left.length} temporary folder(s) not cleaned up by their test: ${left.slice(0, 20).join(', ')}\n`);
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
