/**
 * I/O: atomic writes of entry files. A temporary file in the same folder is written completely and then
 * linked (new files: fails if the target exists, so nothing is ever overwritten) or renamed (updates of an
 * existing file) into place. A crash leaves either the old file or the new one, never half a file, and a
 * failed write (a full disk, no permission) leaves no temporary file behind.
 */
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A file system error names the file the user knows (the target), not the temporary file. */
function named(e: unknown, target: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code === 'string') err.path = target;
  return e;
}

/** Create `target` with `text`; returns false (and writes nothing) when `target` already exists. */
export function writeNewFile(target: string, text: string): boolean {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tempPath(target);
  try {
    // inside the try: a full disk can fail the write half-way, and the temporary file must go then too
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    linkSync(tmp, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (e as NodeJS.ErrnoException).syscall === 'link') return false;
    throw named(e, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Replace the existing `target` with `text` (or bytes: a document) atomically. */
export function replaceFile(target: string, text: string | Uint8Array): void {
  const tmp = tempPath(target);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, target);
  } catch (e) {
    throw named(e, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}
