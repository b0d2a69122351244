/**
 * The output formats of `k80 validate`: pure functions from the result to text. Only the format asked for is
 * loaded (the GitLab report needs node:crypto, the others do not).
 */
import type { ValidateResult } from '../check-content.js';
import type { FormatOptions } from './pretty.js';

export type Format = 'pretty' | 'json' | 'github' | 'markdown' | 'gitlab';
export type { FormatOptions } from './pretty.js';

export async function render(format: Format, result: ValidateResult, options: FormatOptions): Promise<string> {
  if (format === 'json') return (await import('./json.js')).json(result);
  if (format === 'github') return (await import('./github.js')).github(result, options);
  if (format === 'markdown') return (await import('./markdown.js')).markdown(result, options);
  if (format === 'gitlab') return (await import('./gitlab.js')).gitlab(result);
  return (await import('./pretty.js')).pretty(result, options);
}
