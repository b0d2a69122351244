/** The output formats of `k80 validate`: pure functions from the result to text. */
import type { ValidateResult } from '../check-content.js';
import { pretty, type FormatOptions } from './pretty.js';
import { json } from './json.js';
import { github } from './github.js';
import { markdown } from './markdown.js';
import { gitlab } from './gitlab.js';

export type Format = 'pretty' | 'json' | 'github' | 'markdown' | 'gitlab';
export type { FormatOptions } from './pretty.js';

export function render(format: Format, result: ValidateResult, options: FormatOptions): string {
  if (format === 'json') return json(result);
  if (format === 'github') return github(result, options);
  if (format === 'markdown') return markdown(result, options);
  if (format === 'gitlab') return gitlab(result);
  return pretty(result, options);
}
