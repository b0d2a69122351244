/** `k80 validate`: every file of the agenda, every cross-reference, the afwegingskader's sanity. */
import type { BaseOptions, Outcome } from '../types.js';
import type { ValidateCliOptions } from './command.js';
import { loadRepoParallel } from '../../content/read.js';
import { today } from '../../core/today.js';
import { EXIT } from '../../core/errors.js';
import { PLAIN, styleFor } from '../../core/style.js';
import { checkContent, type ValidateResult } from './check-content.js';
import { render } from './format/index.js';

export type { ValidateResult } from './check-content.js';
export { checkContent } from './check-content.js';

export interface ValidateOptions {
  root: string;
  strict?: boolean;
  /** YYYY-MM-DD; defaults to today in Europe/Amsterdam. */
  today?: string;
}

export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const content = await loadRepoParallel(options.root);
  return checkContent(content, { today: options.today ?? today() }, options.strict ?? false);
}

export async function main(options: ValidateCliOptions & BaseOptions): Promise<Outcome> {
  const result = await validate({ root: options.root, strict: options.strict });
  const style = options.format === 'pretty' ? await styleFor(options.color) : PLAIN;
  const stdout = render(options.format, result, { style, strict: options.strict, ...(options.width ? { width: options.width } : {}) });
  return { stdout, exitCode: result.ok ? EXIT.ok : EXIT.content };
}
