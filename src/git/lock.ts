/**
 * The repository's write lock: k80 commands that write an entry and commit it (add, update, score) take it,
 * so that two of them at the same time run one after the other instead of racing for git's index or losing
 * each other's change. The lock is a file in the git folder, created exclusively and holding the owner's
 * process id; a lock whose process is gone is taken over. Waiting is bounded: after `timeoutMs` the command
 * stops with exit 2 and "probeer opnieuw", it never hangs.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { m } from '../i18n/index.js';
import { GitError } from '../core/errors.js';

const LOCK_FILE = 'k80-write.lock';

/** A held lock; `release()` may be called more than once. */
export interface Lock {
  release(): void;
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/** Is the process that wrote `text` (`pid host`) gone? Only a lock from this machine can be judged. */
function stale(text: string): boolean {
  const [pid, host] = text.trim().split(' ');
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return true;
  if (host !== undefined && host !== hostname()) return false;
  try {
    process.kill(n, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Remove a stale lock, but only while holding a second, short lock, and only if it is still the same stale
 * lock: two processes that both found it stale must not remove each other's fresh lock.
 */
function takeOver(path: string, owner: string): void {
  let fd: number;
  try {
    fd = openSync(`${path}.takeover`, 'wx');
  } catch {
    sleep(20);
    return;
  }
  try {
    let now = '';
    try {
      now = readFileSync(path, 'utf8');
    } catch {
      return;
    }
    if (now === owner) rmSync(path, { force: true });
  } finally {
    closeSync(fd);
    rmSync(`${path}.takeover`, { force: true });
  }
}

/** Take the write lock in `gitDir` (the repository's `.git` folder), waiting at most `timeoutMs`. */
export function acquireLock(gitDir: string, timeoutMs = 60_000): Lock {
  const path = join(gitDir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  let wait = 20;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, `${process.pid} ${hostname()}\n`);
      } finally {
        closeSync(fd);
      }
      let held = true;
      return {
        release() {
          if (held) rmSync(path, { force: true });
          held = false;
        },
      };
    }
    let owner: string;
    try {
      owner = readFileSync(path, 'utf8');
    } catch {
      continue; // released just now: try again
    }
    // an empty file is a lock being written right now; a lock of a process that is gone is taken over
    if (owner !== '' && stale(owner)) {
      takeOver(path, owner);
      continue;
    }
    if (Date.now() >= deadline) throw new GitError(m.git.lockBusy(path), '', m.git.lockBusyHint(path));
    sleep(wait);
    wait = Math.min(wait * 2, 250);
  }
}
