/**
 * I/O: find the repository root, read the files under `agenda/` and our own schemas from the package.
 * Parsing is done by the pure `load.ts`; this module only reads bytes and refuses what must not be read
 * (symlinks, special files), reporting it as messages.
 */
import { existsSync, closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { m } from '../i18n/index.js';
import { UsageError } from '../core/errors.js';
import { message, START, type Message } from '../core/message.js';
import { AGENDA_DIR, KIND_FOLDER, SCHEMA_FILE } from './kinds.js';
import { loadContent, type Content, type RawFile } from './load.js';
import { LIMITS } from './frontmatter.js';
import { compileSchemas, schemaFingerprint, type SchemaName, type SchemaSet, type Validators } from './schema.js';

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

  const readOne = (abs: string, rel: string, isFile: boolean): void => {
    if (!isFile) {
      messages.push(message(rel, START, 'error', 'file-special', m.content.notAFile));
      return;
    }
    let fd: number | undefined;
    try {
      // one open, one fstat, one read: the size is known before anything is read
      fd = openSync(abs, 'r');
      const size = fstatSync(fd).size;
      if (size > LIMITS.fileBytes) {
        // do not read it; load.ts reports the size from a placeholder of the same length
        files.push({ path: rel, bytes: new Uint8Array(size) });
        return;
      }
      const bytes = Buffer.allocUnsafe(size);
      let done = 0;
      while (done < size) {
        const n = readSync(fd, bytes, done, size - done, done);
        if (n === 0) break;
        done += n;
      }
      files.push({ path: rel, bytes: done === size ? bytes : bytes.subarray(0, done) });
    } catch (e) {
      messages.push(message(rel, START, 'error', 'file-unreadable', m.content.unreadable((e as Error).message)));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };

  // `relDir` is the repository-relative path of `dir` with forward slashes (cheaper than path.relative per file)
  const walk = (dir: string, relDir: string, depth: number): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
      const abs = dir + sep + d.name;
      const rel = `${relDir}/${d.name}`;
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
        if (depth < 2) walk(abs, rel, depth + 1);
        continue;
      }
      if (depth === 0 && !/\.ya?ml$/.test(d.name)) continue; // README.md and the like
      readOne(abs, rel, d.isFile());
    }
  };
  walk(agenda, AGENDA_DIR, 0);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, messages };
}

/** Directory of the installed package (holds `schemas/`). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The text of each of our schema files, by name. */
export function readSchemaTexts(): Record<SchemaName, string> {
  const out = {} as Record<SchemaName, string>;
  for (const [name, file] of Object.entries(SCHEMA_FILE) as Array<[SchemaName, string]>) {
    out[name] = readFileSync(join(PACKAGE_DIR, 'schemas', file), 'utf8');
  }
  return out;
}

export function readSchemas(texts: Record<SchemaName, string> = readSchemaTexts()): SchemaSet {
  const out = {} as SchemaSet;
  for (const name of Object.keys(texts) as SchemaName[]) out[name] = JSON.parse(texts[name]) as object;
  return out;
}

/** Where the build step writes the validators it compiled (next to this module in dist/). */
export const PRECOMPILED_VALIDATORS = fileURLToPath(new URL('./validators.cjs', import.meta.url));

let cachedValidators: Validators | undefined;
/**
 * Our schemas as validators, once per process: the ones compiled at build time when they match the schemas
 * on disk (same fingerprint), otherwise compiled now (tests running from src/, a schema edited after a build).
 */
export function validators(): Validators {
  if (cachedValidators) return cachedValidators;
  const texts = readSchemaTexts();
  if (existsSync(PRECOMPILED_VALIDATORS)) {
    const mod = createRequire(import.meta.url)(PRECOMPILED_VALIDATORS) as { fingerprint: string; validators: Validators };
    if (mod.fingerprint === schemaFingerprint(texts)) cachedValidators = mod.validators;
  }
  cachedValidators ??= compileSchemas(readSchemas(texts));
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
