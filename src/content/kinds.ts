/** The kinds of entry files, their folders under `agenda/` and their schema files under `schemas/`. */
export const ENTRY_KINDS = ['theme', 'action', 'practice', 'topic', 'foreword'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const KIND_FOLDER: Record<EntryKind, string> = {
  theme: 'themes',
  action: 'actions',
  practice: 'practices',
  topic: 'topics',
  foreword: 'terugkoppeling',
};

/** Settings files directly under `agenda/`. */
export const SETTINGS_FILES = { settings: 'k80.yaml', framework: 'afwegingskader.yaml' } as const;

export const SCHEMA_FILE: Record<EntryKind | 'settings' | 'framework', string> = {
  theme: 'theme.schema.json',
  action: 'action.schema.json',
  practice: 'practice.schema.json',
  topic: 'topic.schema.json',
  foreword: 'foreword.schema.json',
  settings: 'k80.schema.json',
  framework: 'afwegingskader.schema.json',
};

export const AGENDA_DIR = 'agenda';

/** A valid id: lowercase ASCII kebab-case, no leading/trailing/double hyphen. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 60;

/** Names Windows reserves; an id must not be one of them (case-insensitive, any extension). */
export const WINDOWS_RESERVED = new Set([
  'con', 'prn', 'aux', 'nul',
  'com1', 'com2', 'com3', 'com4', 'com5', 'com6', 'com7', 'com8', 'com9',
  'lpt1', 'lpt2', 'lpt3', 'lpt4', 'lpt5', 'lpt6', 'lpt7', 'lpt8', 'lpt9',
]);

/** The id of a foreword is its period: `2026-H2`, or the last day of the period (`2026-11-15`). */
export const FOREWORD_ID_PATTERN = /^\d{4}-(?:H[12]|\d{2}-\d{2})$/;

export function isValidId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id) && !WINDOWS_RESERVED.has(id);
}

const KIND_OF_FOLDER = new Map(ENTRY_KINDS.map((k) => [KIND_FOLDER[k], k]));

export function kindOfFolder(folder: string): EntryKind | undefined {
  return KIND_OF_FOLDER.get(folder);
}
