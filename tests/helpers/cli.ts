/** Spawn the BUILT command-line tool (`bin/k80.js` → dist/) as a user would. Run `npm run build` first. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT } from './repo.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const BIN = join(PROJECT, 'bin', 'k80.js');

export function k80(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string } ): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
