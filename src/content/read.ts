/**
 * I/O: find the repository root, read the files under `agenda/` and our own schemas from the package.
 * Parsing is done by the pure `load.ts`; this module only reads bytes and refuses what must not be read
 * (symlinks, special files), reporting it as messages.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { m } from '../i18n/index.js';
import { UsageError } from '../core/errors.js';
import { message, START, type Message } from '../core/message.js';
import { AGENDA_DIR, KIND_FOLDER, SCHEMA_FILE } from './kinds.js';
import { loadContent, type Content, type RawFile } from './load.js';
import { LIMITS } from './frontmatter.js';
import { compileSchemas, type SchemaName, type SchemaSet, type Validators } from './schema.js';

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

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Every file under `agenda/` that content loading looks at: files directly in `agenda/` and in the kind folders
 * (one level; deeper files are returned too so that they can be reported). Symlinks are never followed.
 */
export function readAgenda(root: string): { files: RawFile[]; messages: Message[] } {
  const files: RawFile[] = [];
  const messages: Message[] = [];
  const agenda = join(root, AGENDA_DIR);
  const agendaReal = realpathSync(agenda);
  const folders = new Set(Object.values(KIND_FOLDER));

  const readOne = (abs: string, rel: string): void => {
    try {
      const st = statSync(abs);
      if (!st.isFile()) {
        messages.push(message(rel, START, 'error', 'file-special', m.content.notAFile));
        return;
      }
      if (st.size > LIMITS.fileBytes) {
        // do not read it; load.ts reports the size from a placeholder of the same length
        files.push({ path: rel, bytes: new Uint8Array(st.size) });
        return;
      }
      files.push({ path: rel, bytes: readFileSync(abs) });
    } catch (e) {
      messages.push(message(rel, START, 'error', 'file-unreadable', m.content.unreadable((e as Error).message)));
    }
  };

  const walk = (dir: string, depth: number): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
      const abs = join(dir, d.name);
      const rel = toPosix(relative(root, abs));
      if (d.isSymbolicLink()) {
        let outside: boolean;
        try {
          const target = realpathSync(abs);
          outside = !(target + sep).startsWith(agendaReal + sep);
        } catch {
          outside = true;
        }
        messages.push(message(rel, START, 'error', 'symlink', outside ? m.content.symlinkOutside : m.content.symlinkRefused));
        continue;
      }
      if (d.isDirectory()) {
        if (depth === 0 && !folders.has(d.name)) {
          messages.push(message(rel, START, 'warning', 'folder-unknown', m.content.unexpectedDir(d.name)));
          continue;
        }
        if (depth < 2) walk(abs, depth + 1);
        continue;
      }
      if (depth === 0 && !/\.ya?ml$/.test(d.name)) continue; // README.md and the like
      readOne(abs, rel);
    }
  };
  walk(agenda, 0);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, messages };
}

/** Directory of the installed package (holds `schemas/`). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readSchemas(): SchemaSet {
  const out = {} as SchemaSet;
  for (const [name, file] of Object.entries(SCHEMA_FILE) as Array<[SchemaName, string]>) {
    out[name] = JSON.parse(readFileSync(join(PACKAGE_DIR, 'schemas', file), 'utf8')) as object;
  }
  return out;
}

let cachedValidators: Validators | undefined;
/** Our schemas, compiled once per process. */
export function validators(): Validators {
  cachedValidators ??= compileSchemas(readSchemas());
  return cachedValidators;
}

/** Read and load the working tree's agenda. */
export function loadRepo(root: string): Content {
  const { files, messages } = readAgenda(root);
  return loadContent(files, validators(), messages);
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
