/**
 * I/O, light on purpose (the CLI edge imports it before every command): find the repository root, the
 * nearest ancestor of the working directory that holds `agenda/`, or the folder given with `--root`.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { m } from '../i18n/index.js';
import { UsageError } from '../core/errors.js';
import { AGENDA_DIR } from './kinds.js';

/** The nearest ancestor of `cwd` that holds `agenda/`, or `explicit` (from --root) checked as given. */
export function findRoot(cwd: string, explicit?: string): string {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    if (!isDir(join(dir, AGENDA_DIR))) throw new UsageError(m.common.rootNoAgenda(dir), m.common.rootNoAgendaHint);
    return dir;
  }
  let dir = resolve(cwd);
  for (;;) {
    if (isDir(join(dir, AGENDA_DIR))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new UsageError(m.common.rootNotFound(resolve(cwd)), m.common.rootNotFoundHint);
    dir = up;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
