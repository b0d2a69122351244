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
  ID_MAX_LENGTH,
  ID_PATTERN,
  KIND_FOLDER,
  SETTINGS_FILES,
  WINDOWS_RESERVED,
  kindOfFolder,
  type EntryKind,
} from './kinds.js';
import type { Entry, EntryDataByKind, Framework, Settings } from './types.js';

export interface RawFile {
  /** Repository-relative path with forward slashes, e.g. `agenda/practices/x.md`. */
  path: string;
  bytes: Uint8Array | string;
}

export interface Content {
  /** Entries whose file has no errors, per kind, sorted by id. */
  entries: { [K in EntryKind]: Array<Entry<K>> };
  settings: Settings | undefined;
  framework: Framework | undefined;
  /** Every parsed source by path, for positions in later checks (cross-references). */
  sources: Map<string, ParsedSource>;
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
  | { type: 'invalid'; rule: string; text: string };

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
  if (WINDOWS_RESERVED.has(id.toLowerCase().split('.')[0] ?? '')) {
    return { type: 'invalid', rule: 'file-name', text: m.content.reservedId(name) };
  }
  if (!ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH) {
    return { type: 'invalid', rule: 'file-name', text: m.content.invalidId(name) };
  }
  return { type: 'entry', kind, id };
}

export function emptyEntries(): Content['entries'] {
  return { theme: [], action: [], practice: [], topic: [] };
}

/** Parse and schema-check every file. `pre` are messages found while reading (symlinks, unreadable files). */
export function loadContent(files: readonly RawFile[], validators: Validators, pre: readonly Message[] = []): Content {
  const content: Content = {
    entries: emptyEntries(),
    settings: undefined,
    framework: undefined,
    sources: new Map(),
    messages: [...pre],
    files: 0,
  };
  for (const raw of files) {
    const c = classify(raw.path);
    if (c.type === 'ignored') continue;
    content.files++;
    if (c.type === 'invalid') {
      content.messages.push(message(raw.path, START, 'error', c.rule, c.text));
      continue;
    }
    const size = typeof raw.bytes === 'string' ? raw.bytes.length : raw.bytes.byteLength;
    if (size > LIMITS.fileBytes) {
      content.messages.push(message(raw.path, START, 'error', 'file-too-large', m.content.fileTooLarge(LIMITS.fileBytes)));
      continue;
    }
    if (c.type === 'settings') {
      const source = parseYamlSource(raw.path, raw.bytes);
      content.sources.set(raw.path, source);
      const msgs = source.data === undefined ? source.messages : checkSchema(raw.path, source, validators[c.name]);
      content.messages.push(...msgs);
      if (msgs.length === 0) {
        if (c.name === 'settings') content.settings = source.data as Settings;
        else content.framework = source.data as Framework;
      }
      continue;
    }
    const source = parseEntrySource(raw.path, raw.bytes);
    content.sources.set(raw.path, source);
    const msgs = source.data === undefined ? source.messages : checkSchema(raw.path, source, validators[c.kind]);
    content.messages.push(...msgs);
    if (msgs.length === 0) {
      (content.entries[c.kind] as Entry[]).push({
        kind: c.kind,
        id: c.id,
        file: raw.path,
        data: source.data as EntryDataByKind[typeof c.kind],
        body: source.body,
        bodyLine: source.bodyLine,
      });
    }
  }
  for (const kind of ENTRY_KINDS) content.entries[kind].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [name, file] of Object.entries(SETTINGS_FILES)) {
    const path = `${AGENDA_DIR}/${file}`;
    if (!content.sources.has(path) && !content.messages.some((x) => x.file === path)) {
      content.messages.push(message(path, START, 'error', 'file-missing', m.content.missingSettings(file)));
      void name;
    }
  }
  return content;
}
