/**
 * Registers the commands on the program. Each `command.ts` is light (its heavy `index.ts` loads lazily), and
 * only the one being run is loaded: all of them only for the help, `k80 help …` or a name that is no command.
 */
import type { Command } from 'commander';
import type { Configure, Runner } from './types.js';

type Register = (program: Command, run: Runner, configure: Configure) => void;

/** Every command, in the order of the help. */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  validate: async () => (await import('./validate/command.js')).registerValidate,
  list: async () => (await import('./list/command.js')).registerList,
  add: async () => (await import('./add/command.js')).registerAdd,
  update: async () => (await import('./update/command.js')).registerUpdate,
  score: async () => (await import('./score/command.js')).registerScore,
  report: async () => (await import('./report/command.js')).registerReport,
  site: async () => (await import('./site/command.js')).registerSite,
  forms: async () => (await import('./forms/command.js')).registerForms,
  intake: async () => (await import('./intake/command.js')).registerIntake,
  init: async () => (await import('./init/command.js')).registerInit,
};

/** Register `only` when it names a command, otherwise every command. */
export async function registerCommands(program: Command, run: Runner, configure: Configure, only?: string): Promise<void> {
  const names = only !== undefined && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program, run, configure);
}
