/**
 * Pure: raw files (path + bytes, from the working tree or from git blobs) → parsed, schema-checked content
 * and messages. Every file is parsed once. Used by validate, list, add, score and report alike.
 */
import { m } from '../i18n/index.js';
import { message, START, type Message } from '../core/message.js';
import { parseEntrySource, parseYamlSource, LIMITS, type ParsedSource } from './frontmatter.js';
import { checkSchema, type Validators } from './schema.js';
import {
  AGENDA_DIR,
  ENTRY_KINDS,
  FOREWORD_ID_PATTERN,
  ID_MAX_LENGTH,
  ID_PATTERN,
  KIND_FOLDER,
  SETTINGS_FILES,
  WINDOWS_RESERVED,
  kindOfFolder,
  type EntryKind,
} from './kinds.js';
import type { Entry, EntryDataByKind, Framework, Settings } from './types.js';
import { repoPath } from '../core/paths.js';

export interface RawFile {
  /** Repository-relative path with forward slashes, e.g. `agenda/practices/x.md`. */
  path: string;
  /** The file's bytes, or its exact text (BOM and line ends as in the file; see `readListed`). */
  bytes: Uint8Array | string;
}

/** The file's own bytes (a text is encoded back: UTF-8 round-trips exactly). */
export function rawBytes(raw: RawFile): Uint8Array {
  return typeof raw.bytes === 'string' ? Buffer.from(raw.bytes, 'utf8') : raw.bytes;
}

export interface Content {
  /** Entries whose file has no errors, per kind, sorted by id. */
  entries: { [K in EntryKind]: Array<Entry<K>> };
  settings: Settings | undefined;
  framework: Framework | undefined;
  /** Every parsed source by path, for positions in later checks (cross-references). */
  sources: Map<string, ParsedSource>;
  /** Kind and id of every parsed source that is an entry with a valid file name (classified once, here). */
  entryIds: Map<string, { kind: EntryKind; id: string }>;
  /** Messages of reading, parsing and schema checks. */
  messages: Message[];
  /** Number of content files looked at. */
  files: number;
}

/** Where a path belongs, or why it does not. */
export type Classified =
  | { type: 'entry'; kind: EntryKind; id: string }
  | { type: 'settings'; name: keyof typeof SETTINGS_FILES }
  | { type: 'ignored' }
  | { type: 'invalid'; rule: string; text: string; kind?: EntryKind };

export function classify(path: string): Classified {
  const parts = path.split('/');
  if (parts[0] !== AGENDA_DIR) return { type: 'ignored' };
  const name = parts[parts.length - 1] ?? '';
  if (name.startsWith('.')) return { type: 'ignored' };
  if (parts.length === 2) {
    if (name === SETTINGS_FILES.settings) return { type: 'settings', name: 'settings' };
    if (name === SETTINGS_FILES.framework) return { type: 'settings', name: 'framework' };
    return { type: 'ignored' };
  }
  const kind = kindOfFolder(parts[1] ?? '');
  if (!kind) return { type: 'ignored' };
  if (parts.length > 3) return { type: 'invalid', rule: 'file-nested', text: m.content.nested(KIND_FOLDER[kind]) };
  if (!name.endsWith('.md')) return { type: 'invalid', rule: 'file-not-markdown', text: m.content.notMarkdown(KIND_FOLDER[kind]) };
  const id = name.slice(0, -3);
  // the name before the first dot, in any case (the reserved names have 3 or 4 letters)
  const dot = id.indexOf('.');
  const stem = dot < 0 ? id : id.slice(0, dot);
  if (stem.length <= 4 && WINDOWS_RESERVED.has(stem.toLowerCase())) {
    return { type: 'invalid', rule: 'file-name', text: m.content.reservedId(name), kind };
  }
  if (kind === 'foreword') {
    if (!FOREWORD_ID_PATTERN.test(id)) return { type: 'invalid', rule: 'file-name', text: m.content.invalidForewordId(name) };
    return { type: 'entry', kind, id };
  }
  if (!ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH) {
    return { type: 'invalid', rule: 'file-name', text: m.content.invalidId(name), kind };
  }
  return { type: 'entry', kind, id };
}

export function emptyEntries(): Content['entries'] {
  return { theme: [], action: [], practice: [], topic: [], foreword: [] };
}

/** One content file, loaded: where it belongs, its parsed source (entries and settings) and its messages. */
export interface LoadedFile {
  path: string;
  classified: Exclude<Classified, { type: 'ignored' }>;
  source?: ParsedSource;
  /** Problems of reading, parsing and the schema; none means the file is valid. */
  messages: Message[];
}

/** Parse and schema-check one file; undefined when it is not a content file (README.md, dotfiles, …). */
export function loadFile(raw: RawFile, validators: Validators): LoadedFile | undefined {
  const c = classify(raw.path);
  if (c.type === 'ignored') return undefined;
  const path = raw.path;
  // a bad file name hides nothing else: an entry file is still parsed and checked, so one run shows everything
  const named = c.type === 'invalid' ? [message(path, START, 'error', c.rule, c.text)] : [];
  if (c.type === 'invalid' && c.kind === undefined) return { path, classified: c, messages: named };
  const size = typeof raw.bytes === 'string' ? raw.bytes.length : raw.bytes.byteLength;
  if (size > LIMITS.fileBytes) {
    return { path, classified: c, messages: [...named, message(path, START, 'error', 'file-too-large', m.content.fileTooLarge(LIMITS.fileBytes))] };
  }
  const source = c.type === 'settings' ? parseYamlSource(path, raw.bytes) : parseEntrySource(path, raw.bytes);
  const validate = validators[c.type === 'settings' ? c.name : c.kind!];
  const messages = source.data === undefined ? source.messages : checkSchema(path, source, validate);
  return { path, classified: c, source, messages: named.length === 0 ? messages : [...named, ...messages] };
}

/** Put loaded files (in path order) together: entries of valid files, settings, framework, all messages. */
export function assembleContent(loaded: Iterable<LoadedFile>, pre: readonly Message[] = []): Content {
  const content: Content = {
    entries: emptyEntries(),
    settings: undefined,
    framework: undefined,
    sources: new Map(),
    entryIds: new Map(),
    messages: [...pre],
    files: 0,
  };
  for (const file of loaded) {
    content.files++;
    content.messages.push(...file.messages);
    const { source, classified: c } = file;
    if (!source) continue;
    content.sources.set(file.path, source);
    if (c.type === 'entry') content.entryIds.set(file.path, { kind: c.kind, id: c.id });
    if (file.messages.length > 0) continue;
    if (c.type === 'settings') {
      if (c.name === 'settings') content.settings = source.data as Settings;
      else content.framework = source.data as Framework;
    } else if (c.type === 'entry') {
      (content.entries[c.kind] as Entry[]).push({
        kind: c.kind,
        id: c.id,
        file: file.path,
        data: source.data as EntryDataByKind[typeof c.kind],
        body: source.body,
        bodyLine: source.bodyLine,
      });
    }
  }
  for (const kind of ENTRY_KINDS) content.entries[kind].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const file of Object.values(SETTINGS_FILES)) {
    const path = repoPath(AGENDA_DIR, file);
    if (!content.sources.has(path) && !content.messages.some((x) => x.file === path)) {
      content.messages.push(message(path, START, 'error', 'file-missing', m.content.missingSettings(file)));
    }
  }
  return content;
}

/** Parse and schema-check every file. `pre` are messages found while reading (symlinks, unreadable files). */
export function loadContent(files: readonly RawFile[], validators: Validators, pre: readonly Message[] = []): Content {
  const loaded: LoadedFile[] = [];
  for (const raw of files) {
    const file = loadFile(raw, validators);
    if (file) loaded.push(file);
  }
  return assembleContent(loaded, pre);
}
