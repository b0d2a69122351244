/** The output formats of `k80 validate`: pure functions from the result to text. */
import type { ValidateResult } from '../check-content.js';
import { pretty, type FormatOptions } from './pretty.js';
import { json } from './json.js';
import { github } from './github.js';

export type Format = 'pretty' | 'json' | 'github';
export type { FormatOptions } from './pretty.js';

export function render(format: Format, result: ValidateResult, options: FormatOptions): string {
  if (format === 'json') return json(result);
  if (format === 'github') return github(result, options);
  return pretty(result, options);
}
