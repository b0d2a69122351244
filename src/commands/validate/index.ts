/** `k80 validate`: every file of the agenda, every cross-reference, the afwegingskader's sanity. */
import type { BaseOptions, Outcome } from '../types.js';
import type { ValidateCliOptions } from './options.js';
import { loadRepo } from '../../content/read.js';
import { today } from '../../core/today.js';
import { readMapNames } from '../../content/geo.js';
import { EXIT, UsageError } from '../../core/errors.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { toRepoPath } from '../../core/paths.js';
import { m } from '../../i18n/index.js';
import { hasErrors } from '../../core/message.js';
import { AGENDA_DIR } from '../../content/kinds.js';
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
  /** Only the messages of these repository-relative files (checked against all the others). */
  files?: string[];
}

export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const content = loadRepo(options.root);
  const result = checkContent(content, { today: options.today ?? today(), mapNames: readMapNames() }, options.strict ?? false);
  if (options.files === undefined) return result;
  const only = new Set(options.files);
  const messages = result.messages.filter((x) => only.has(x.file));
  return { ok: !hasErrors(messages, options.strict ?? false), files: only.size, messages };
}

/** Paths given on the command line → repository-relative paths of agenda files (exit 2 when not one). */
export function agendaPaths(cwd: string, root: string, files: readonly string[]): string[] {
  return files.map((f) => {
    const rel = toRepoPath(root, f, cwd);
    if (rel === undefined || !rel.startsWith(`${AGENDA_DIR}/`)) throw new UsageError(m.forge.fileOutside(f), m.forge.fileOutsideHint);
    if (!existsSync(resolve(cwd, f))) throw new UsageError(m.forge.fileMissing(f), m.forge.fileMissingHint);
    return rel;
  });
}

export async function main(options: ValidateCliOptions & BaseOptions): Promise<Outcome> {
  const files = options.files === undefined ? undefined : agendaPaths(options.cwd, options.root, options.files);
  const result = await validate({ root: options.root, strict: options.strict, ...(files ? { files } : {}) });
  const style = options.format === 'pretty' ? await styleFor(options.color) : PLAIN;
  const stdout = await render(options.format, result, { style, strict: options.strict, ...(options.width ? { width: options.width } : {}) });
  return { stdout, exitCode: result.ok ? EXIT.ok : EXIT.content };
}
