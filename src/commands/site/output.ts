/**
 * I/O: the site written as a whole. It is built in a new folder beside the target and then put in its place,
 * so that a failure never leaves half a site. A folder that already exists is replaced only when it is a site
 * k80 made (its marker file lists every file it wrote) and holds nothing else: user files are never deleted.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { AGENDA_DIR } from '../../content/kinds.js';
import { repoPath } from '../../core/paths.js';

/** The marker file: JSON `{ "generator": "k80 site", "files": [...] }`. */
export const MARKER = '.k80-site';

const t = m.site.out;

function inside(parent: string, child: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** Every file and folder under `dir` (relative, forward slashes); symlinks are listed, never followed. */
function listAll(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = base === '' ? d.name : repoPath(base, d.name);
    if (d.isDirectory()) {
      const inner = listAll(join(dir, d.name), rel);
      out.push(...(inner.length === 0 ? [`${rel}/`] : inner));
    } else out.push(rel);
  }
  return out;
}

/** Why `target` may not be (re)placed, or undefined when it may. */
export function refusal(root: string, target: string): string | undefined {
  if (inside(target, root)) return t.holdsRepository(target);
  if (inside(join(root, AGENDA_DIR), target)) return t.insideAgenda(target);
  if (target.split(sep).includes('.git')) return t.insideGit(target);
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return undefined; // does not exist: fine
  }
  if (!stat.isDirectory()) return t.notAFolder(target);
  const present = listAll(target);
  if (present.length === 0) return undefined;
  let listed: Set<string>;
  try {
    const marker = JSON.parse(readFileSync(join(target, MARKER), 'utf8')) as { files?: unknown };
    if (!Array.isArray(marker.files)) throw new Error('no list');
    listed = new Set(marker.files.filter((f): f is string => typeof f === 'string'));
  } catch {
    return t.notASite(target);
  }
  const foreign = present.filter((f) => f !== MARKER && !listed.has(f));
  if (foreign.length > 0) return t.foreignFiles(target, foreign.slice(0, 5).join(', '), foreign.length);
  return undefined;
}

/** What `writeSite` wrote: the paths (in the order made) and their size in bytes. */
export interface Written {
  paths: string[];
  bytes: number;
}

/**
 * Write `files` as the folder `target` (absolute), replacing a previous site there. Each file is written as it
 * comes (a generator of pages is never held as a whole; an asynchronous one may wait for a part in between).
 */
export async function writeSite(
  root: string,
  target: string,
  files: Iterable<readonly [string, string | Uint8Array]> | AsyncIterable<readonly [string, string | Uint8Array]>,
): Promise<Written> {
  target = resolve(target);
  const why = refusal(resolve(root), target);
  if (why !== undefined) throw new UsageError(why, t.refusedHint);
  const parent = dirname(target);
  const suffix = randomBytes(6).toString('hex');
  const fresh = join(parent, `.k80-site-new-${suffix}`);
  const old = join(parent, `.k80-site-old-${suffix}`);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(fresh);
    const written: Written = { paths: [], bytes: 0 };
    /** Folders made so far: each made once, not asked for again with every page. */
    const folders = new Set([fresh]);
    for await (const [path, data] of files) {
      const abs = join(fresh, ...path.split('/'));
      const folder = dirname(abs);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(abs, data);
      written.paths.push(path);
      written.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    }
    writeFileSync(join(fresh, MARKER), `${JSON.stringify({ generator: 'k80 site', files: [...written.paths].sort() }, null, 1)}\n`);
    let existed = true;
    try {
      renameSync(target, old);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      existed = false;
    }
    try {
      renameSync(fresh, target);
    } catch (e) {
      if (existed) renameSync(old, target); // put the previous site back
      throw e;
    }
    if (existed) rmSync(old, { recursive: true, force: true });
    return written;
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new UsageError(t.failed(target, code), t.failedHint);
  }
}
