/**
 * Drive the BUILT CLI in a real pseudo-terminal (python3's pty module, through ./pty_driver.py), so that the
 * real prompts run: wait for a text on the screen, type keys, and collect what the terminal showed and the
 * exit code.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN } from './cli.js';

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'pty_driver.py');

/** python3 with its pty module is here (POSIX only: not on Windows). */
export const hasPty = process.platform !== 'win32' && spawnSync('python3', ['--version']).status === 0;

export const KEY = { enter: '\r', ctrlC: '\x03', escape: '\x1b', down: '\x1b[B', up: '\x1b[A', backspace: '\x7f' } as const;

export interface Step {
  /** Wait until this text (plain, not a pattern) appears on the screen after the previous match. */
  expect: string;
  /** Then type these keys: one chunk, or several with `pause` seconds between them. */
  send?: string | string[];
  /** Seconds to let the prompt render before typing (default 0.15). */
  settle?: number;
  /** Seconds between chunks (default 0.05). */
  pause?: number;
}

export interface PtyResult {
  code: number;
  /** What the terminal showed, escape sequences removed. */
  output: string;
  /** The step whose text never appeared, if any. */
  failed: { step: number; expect: string } | null;
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
  const r = spawnSync('python3', [DRIVER], { input: JSON.stringify(spec), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PtyResult;
}
