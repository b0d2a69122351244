/** Registers every command on the program. Each `command.ts` is light: its heavy `index.ts` loads lazily. */
import type { Command } from 'commander';
import type { Configure, Runner } from './types.js';
import { registerValidate } from './validate/command.js';
import { registerList } from './list/command.js';
import { registerAdd } from './add/command.js';
import { registerUpdate } from './update/command.js';
import { registerScore } from './score/command.js';
import { registerReport } from './report/command.js';
import { registerSite } from './site/command.js';
import { registerForms } from './forms/command.js';
import { registerIntake } from './intake/command.js';
import { registerInit } from './init/command.js';

export function registerAll(program: Command, run: Runner, configure: Configure): void {
  registerValidate(program, run, configure);
  registerList(program, run, configure);
  registerAdd(program, run, configure);
  registerUpdate(program, run, configure);
  registerScore(program, run, configure);
  registerReport(program, run, configure);
  registerSite(program, run, configure);
  registerForms(program, run, configure);
  registerIntake(program, run, configure);
  registerInit(program, run, configure);
}
