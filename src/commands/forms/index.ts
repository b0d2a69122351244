/**
 * `k80 forms [--check]`: writes the issue forms under `.github/ISSUE_TEMPLATE/` from the agenda, or (with
 * `--check`) only says whether the files on disk are what the agenda gives (exit 1 when not).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { m } from '../../i18n/index.js';
import { ContentError, EXIT } from '../../core/errors.js';
import { loadRepo } from '../../content/read.js';
import { replaceFile } from '../../content/write.js';
import type { BaseOptions, Outcome } from '../types.js';
import type { FormsCliOptions } from './options.js';
import { buildForms } from './build.js';

export interface FormsResult {
  /** Repository-relative paths of the forms that differ from the agenda (before writing). */
  stale: string[];
  /** All form files. */
  files: string[];
  written: boolean;
}

export function forms(options: { root: string; check: boolean }): FormsResult {
  const content = loadRepo(options.root);
  if (!content.settings || content.entries.theme.length === 0) {
    throw new ContentError(m.forms.agendaInvalid, m.forms.agendaInvalidHint);
  }
  const wanted = buildForms(content);
  const stale: string[] = [];
  for (const [file, text] of wanted) {
    const abs = join(options.root, file);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8').replace(/\r\n/g, '\n') : undefined;
    if (current !== text) stale.push(file);
  }
  if (!options.check) {
    for (const file of stale) {
      const abs = join(options.root, file);
      mkdirSync(dirname(abs), { recursive: true });
      replaceFile(abs, wanted.get(file)!);
    }
  }
  return { stale, files: [...wanted.keys()], written: !options.check && stale.length > 0 };
}

export async function main(options: FormsCliOptions & BaseOptions): Promise<Outcome> {
  const r = forms({ root: options.root, check: options.check });
  if (options.check) {
    if (r.stale.length === 0) return { stdout: `${m.forms.upToDate(r.files.length)}\n`, exitCode: EXIT.ok };
    throw new ContentError(m.forms.stale(r.stale), m.forms.staleHint);
  }
  if (r.stale.length === 0) return { stdout: `${m.forms.upToDate(r.files.length)}\n`, exitCode: EXIT.ok };
  return { stdout: `${m.forms.written(r.stale.length)}\n${r.stale.map((f) => `  ${f}`).join('\n')}\n`, exitCode: EXIT.ok };
}
