/**
 * Drive the BUILT CLI in a real pseudo-terminal (python3's pty module, through ./pty_driver.py), so that the
 * real prompts run: wait for a text on the screen, type keys, and collect what the terminal showed and the
 * exit code.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT } from './repo.js';

const BIN = join(PROJECT, 'bin', 'k80.js');
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'pty_driver.py');

const python = process.platform !== 'win32' && spawnSync('python3', ['-c', 'import pty']).status === 0;
const ci = process.env.CI === 'true';
if (!python) {
  const why = process.platform === 'win32' ? 'Windows has no POSIX pseudo-terminal' : 'python3 (with its pty module) is not found';
  process.stderr.write(
    ci ? `k80 tests: the terminal tests FAIL under CI: ${why}.\n` : `k80 tests: the terminal tests are skipped: ${why}. Install python3 to run them.\n`,
  );
}

/**
 * The terminal tests can run: python3 with its pty module is here (POSIX only). Under CI (`CI=true`) they
 * always run, so a missing python3 fails them instead of skipping them silently.
 */
export const hasPty = python || ci;

export const KEY = { enter: '\r', ctrlC: '\x03', escape: '\x1b', down: '\x1b[B', up: '\x1b[A', backspace: '\x7f' } as const;

export interface Step {
  /** Wait until this text (plain, not a pattern) appears on the screen after the previous match. */
  expect: string;
  /** Then type these keys: one chunk, or several, each after the screen has answered the one before. */
  send?: string | string[];
  /** Seconds to wait at least before typing; only for a prompt that redraws after a delay of its own (no default). */
  settle?: number;
  /** At most this many seconds to wait for the screen to answer a chunk before the next one (default 2). */
  pause?: number;
}

export interface PtyResult {
  code: number;
  /** What the terminal showed, escape sequences removed. */
  output: string;
  /** The step whose text never appeared, if any. */
  failed: { step: number; expect: string } | null;
}

/** A step: wait for `text` on the screen, then (optionally) type `keys`. */
export function waitFor(text: string, keys?: string | string[]): Step {
  return keys === undefined ? { expect: text } : { expect: text, send: keys };
}

/** Run `k80 ...args` in a pseudo-terminal in `cwd`, playing `steps`. */
export function k80Pty(args: string[], steps: Step[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): PtyResult {
  const spec = {
    argv: [process.execPath, BIN, ...args],
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', TERM: 'xterm-256color', ...opts.env },
    timeout: 90,
    steps,
  };
  if (!python) throw new Error('python3 with its pty module is needed for the terminal tests (they do not skip under CI)');
  const r = spawnSync('python3', [DRIVER], { input: JSON.stringify(spec), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PtyResult;
}
