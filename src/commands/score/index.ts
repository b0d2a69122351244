/** `k80 score` — placeholder until its engineer lands the real command. */
import type { BaseOptions, Outcome } from '../types.js';

export async function main(_options: BaseOptions): Promise<Outcome> {
  return { stderr: 'nog niet beschikbaar\n', exitCode: 2 };
}
