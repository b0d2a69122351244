/**
 * `--out FILE` for every command that writes a file for people (report now; site and documents can reuse it):
 * the safe writer. It replaces only a regular file (never a
 * device, FIFO, socket, folder or symbolic link), never writes inside `agenda/` or a `.git` folder, writes
 * atomically (a temporary file in the same folder, renamed into place; none is left behind on failure) and keeps
 * the mode of the file it replaces. Every refusal is a Dutch usage error (exit 2) naming the reason and the fix.
 */
import { chmodSync, lstatSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function refuse(target: string, reason: string): never {
  throw new UsageError(m.output.failed(target, reason), m.output.failedHint);
}

/** The real path of `path` when it exists, else undefined. */
function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Write `data` to `target` (absolute, or relative to the working directory) safely; see the module comment.
 * `root` is the repository root whose `agenda/` is off limits.
 */
export function writeOutFile(target: string, data: string | Uint8Array, root: string): void {
  const path = resolve(target);
  const folder = real(dirname(path));
  if (folder === undefined) {
    let code = 'ENOENT';
    try {
      lstatSync(dirname(path));
      code = 'ENOTDIR';
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code ?? code;
    }
    refuse(path, reasonOf(code));
  }
  const full = join(folder, basename(path));
  let mode: number | undefined;
  try {
    const st = lstatSync(full);
    if (st.isSymbolicLink()) refuse(path, m.output.reason.symlink);
    if (st.isDirectory()) refuse(path, reasonOf('EISDIR'));
    if (!st.isFile()) refuse(path, m.output.reason.special);
    mode = st.mode & 0o7777;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') refuse(path, reasonOf(code));
  }

  const agenda = real(join(root, 'agenda')) ?? resolve(root, 'agenda');
  if (inside(agenda, full) || inside(resolve(root, 'agenda'), path)) refuse(path, m.output.reason.agenda);
  if (full.split(sep).includes('.git') || path.split(sep).includes('.git')) refuse(path, m.output.reason.git);

  const tmp = join(folder, `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) chmodSync(tmp, mode); // the mode as it was, whatever the umask
    renameSync(tmp, full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    refuse(path, reasonOf(code));
  } finally {
    rmSync(tmp, { force: true });
  }
}

function reasonOf(code: string | undefined): string {
  return (m.output.reason as Record<string, string>)[code ?? ''] ?? m.output.reasonOther(code ?? '?');
}
