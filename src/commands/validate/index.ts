/** `k80 validate` — placeholder until the validate engineer lands the real command. */
import type { BaseOptions, Outcome } from '../types.js';
import type { ValidateCliOptions } from './command.js';

export async function main(_options: ValidateCliOptions & BaseOptions): Promise<Outcome> {
  return { stderr: 'nog niet beschikbaar\n', exitCode: 2 };
}
