/** `k80 add`: commander wiring only; the work is in ./index.ts, loaded when the command runs. */
import type { Command } from 'commander';
import type { Runner } from '../../cli.js';
import type { Configure } from '../register.js';

export function registerAdd(program: Command, run: Runner, configure: Configure): void {
  const cmd = configure(program.command('add')).description('(in aanbouw)');
  cmd.action(async (opts: object) => run(cmd, () => import('./index.js'), opts));
}
