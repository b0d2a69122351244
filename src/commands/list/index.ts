/** `k80 list`: the agenda at a glance — themes, actions, good practices or current topics. */
import type { BaseOptions, Outcome } from '../types.js';
import type { ListCliOptions } from './options.js';
import { loadRepo } from '../../content/read.js';
import { EXIT, UsageError } from '../../core/errors.js';
import { styleFor } from '../../core/style.js';
import { m } from '../../i18n/index.js';
import { checkKind, type Filters } from './filters.js';
import { listContent, type ListResult, type ListSort } from './list.js';
import { renderJson, renderText } from './render.js';

export type { ListResult } from './list.js';
export type { ThemeRow, ActionRow, PracticeRow, TopicRow, ListKind } from './rows.js';
export { listContent } from './list.js';

export interface ListOptions extends Filters {
  root: string;
  /** themes (default), actions, practices or topics. */
  kind?: string;
  /** topics only: date (default) or total. */
  sort?: ListSort;
}

export async function list(options: ListOptions): Promise<ListResult> {
  const kind = checkKind(options.kind);
  if (options.sort !== undefined && kind !== 'topics') throw new UsageError(m.list.filterNotApplicable('--sort', kind), m.list.filterHint('topics'));
  const content = loadRepo(options.root);
  const filters: Filters = {};
  if (options.theme !== undefined) filters.theme = options.theme;
  if (options.status !== undefined) filters.status = options.status;
  if (options.municipality !== undefined) filters.municipality = options.municipality;
  return listContent(content, kind, filters, options.sort);
}

export async function main(options: ListCliOptions & BaseOptions): Promise<Outcome> {
  const result = await list(options);
  const stdout = options.json ? renderJson(result) : renderText(result, { style: await styleFor(options.color) });
  const stderr = result.invalidFiles > 0 ? `${m.common.warningPrefix} ${m.list.invalidFiles(result.invalidFiles)}\n` : undefined;
  return { stdout, ...(stderr ? { stderr } : {}), exitCode: EXIT.ok };
}
