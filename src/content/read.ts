/**
 * I/O: read the files under `agenda/` and our own schemas from the package (the root is found by `root.ts`).
 * Parsing is done by the pure `load.ts`; this module only reads bytes and refuses what must not be read
 * (symlinks, special files), reporting it as messages.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { m } from '../i18n/index.js';
import { message, START, type Message } from '../core/message.js';
import { AGENDA_DIR, KIND_FOLDER, SCHEMA_FILE } from './kinds.js';
import { loadContent, type Content, type RawFile } from './load.js';
import { LIMITS } from './frontmatter.js';
import { repoPath } from '../core/paths.js';
import { compileSchemas, schemaFingerprint, type SchemaName, type SchemaSet, type Validators } from './schema.js';

/** A file found under `agenda/`, not yet read. */
export interface Listed {
  abs: string;
  /** Repository-relative, forward slashes. */
  rel: string;
  /** A regular file (not a device, socket, …). */
  isFile: boolean;
}

/**
 * Every file under `agenda/` that content loading looks at: files directly in `agenda/` and in the kind folders
 * (one level; deeper files are listed too so that they can be reported). Symlinks are never followed: they are
 * reported, as are unknown folders. Sorted by path.
 */
export function listAgenda(root: string): { listed: Listed[]; messages: Message[] } {
  const listed: Listed[] = [];
  const messages: Message[] = [];
  const agenda = join(root, AGENDA_DIR);
  const agendaReal = realpathSync(agenda);
  const folders = new Set(Object.values(KIND_FOLDER));

  // `relDir` is the repository-relative path of `dir` with forward slashes (cheaper than path.relative per file)
  const walk = (dir: string, relDir: string, depth: number): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = dir + sep + d.name;
      const rel = repoPath(relDir, d.name);
      if (d.name.startsWith('.')) {
        // a hidden file is not read, but never skipped silently (only git's own placeholders are)
        if (d.name !== '.gitkeep' && d.name !== '.gitignore') messages.push(message(rel, START, 'warning', 'file-hidden', m.content.hidden(rel)));
        continue;
      }
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
        else messages.push(message(rel, START, 'error', 'file-nested', m.content.nestedDir(`${rel}/`)));
        continue;
      }
      if (depth === 0 && folders.has(d.name)) {
        messages.push(message(rel, START, 'error', 'folder-not-dir', m.content.kindFolderIsFile(d.name)));
        continue;
      }
      if (depth === 0 && !/\.ya?ml$/.test(d.name)) continue; // README.md and the like
      listed.push({ abs, rel, isFile: d.isFile() });
    }
  };
  walk(agenda, AGENDA_DIR, 0);
  listed.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { listed, messages };
}

/**
 * Read one listed file: its text, or a message why it cannot be read. Never more than the size limit: one open,
 * one fstat, one read of that many bytes from the same descriptor (a file swapped or grown meanwhile is not read
 * further). The bytes are decoded by Buffer's own decoder, much cheaper per file than a TextDecoder; a text with a
 * replacement character (U+FFFD) may hide bytes that are not UTF-8, so such a file is passed on as bytes, for the
 * strict decoder of `load.ts` to report where.
 */
export function readListed(file: Listed): RawFile | Message {
  if (!file.isFile) return message(file.rel, START, 'error', 'file-special', m.content.notAFile(file.rel));
  let fd: number | undefined;
  try {
    fd = openSync(file.abs, 'r');
    const size = fstatSync(fd).size;
    // too large: not read; load.ts reports the size from a placeholder of the same length
    if (size > LIMITS.fileBytes) return { path: file.rel, bytes: new Uint8Array(size) };
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    const read = done === size ? bytes : bytes.subarray(0, done);
    const text = read.toString('utf8');
    return { path: file.rel, bytes: text.includes('\uFFFD') ? read : text };
  } catch (e) {
    return message(file.rel, START, 'error', 'file-unreadable', m.content.unreadable((e as Error).message));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const isMessage = (x: RawFile | Message): x is Message => 'rule' in x;

/** Every file under `agenda/` that content loading looks at, read (see listAgenda). */
export function readAgenda(root: string): { files: RawFile[]; messages: Message[] } {
  const { listed, messages } = listAgenda(root);
  const files: RawFile[] = [];
  for (const file of listed) {
    const r = readListed(file);
    if (isMessage(r)) messages.push(r);
    else files.push(r);
  }
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
/**
 * Where to look for them: next to this module, and, when this module runs from src/ (the tests; their global
 * setup builds dist/ first), in dist/. The fingerprint decides whether a file found is used.
 */
const PRECOMPILED_CANDIDATES = [PRECOMPILED_VALIDATORS, fileURLToPath(new URL('../../dist/content/validators.cjs', import.meta.url))];

let cachedValidators: Validators | undefined;
/**
 * Our schemas as validators, once per process: the ones compiled at build time when they match the schemas
 * on disk (same fingerprint), otherwise compiled now (a schema edited after a build).
 */
export function validators(): Validators {
  if (cachedValidators) return cachedValidators;
  const texts = readSchemaTexts();
  const fingerprint = schemaFingerprint(texts);
  for (const file of PRECOMPILED_CANDIDATES) {
    if (!existsSync(file)) continue;
    const mod = createRequire(import.meta.url)(file) as { fingerprint: string; validators: Validators };
    if (mod.fingerprint === fingerprint) return (cachedValidators = mod.validators);
  }
  cachedValidators = compileSchemas(readSchemas(texts));
  return cachedValidators;
}

/** Read and load the working tree's agenda. */
export function loadRepo(root: string): Content {
  const { files, messages } = readAgenda(root);
  return loadContent(files, validators(), messages);
}
