/**
 * Run the command-line tool as a user would, two ways with the same result shape:
 * - `k80(...)` spawns the BUILT tool (`bin/k80.js` → dist/; the vitest globalSetup builds it): the end-to-end
 *   promise (the real process, its streams and exit code). Keep these few: one per behaviour of the edge.
 * - `cli(...)` runs the same CLI edge (`main()` of src/cli.ts) in this process: the same commander wiring,
 *   messages and exit codes, without starting Node each time. Use it for the logic of a command.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { languageFrom } from '../../src/i18n/index.js';
import { PROJECT } from './repo.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
}

export const BIN = join(PROJECT, 'bin', 'k80.js');

const PLAIN = { NO_COLOR: '1', FORCE_COLOR: '0' };

export function k80(args: string[], opts: CliOptions): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...PLAIN, ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `k80 ...args` in this process: no terminal (like a spawned run with pipes). `env` is laid over process.env
 * for the duration of the call, because the git the tool starts reads process.env; it is put back after.
 * Standard input is not available here: a test that pipes text into the tool uses `k80`. So does a test in
 * another language than Dutch: a command module keeps the catalogue of the language it was first loaded in, so
 * in one process a second language would not take (and would leak into the next test).
 */
export async function cli(args: string[], opts: Omit<CliOptions, 'input'>): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...PLAIN, ...opts.env };
  if (languageFrom(args, { ...process.env, ...env }).lang !== 'nl') {
    throw new Error('cli() runs in Dutch only; use k80() (the spawned CLI) for --lang or K80_LANG');
  }
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(env)) {
    saved.set(k, process.env[k]);
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  let stdout = '';
  let stderr = '';
  try {
    const code = await main(['node', BIN, ...args], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      cwd: opts.cwd,
      env: process.env,
      stdinIsTTY: false,
      stdoutIsTTY: false,
    });
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
