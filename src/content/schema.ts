/**
 * JSON Schema validation of parsed content, with ajv (2020-12), and the mapping of ajv's errors to our
 * Message type: positions from the YAML source, Dutch text (ajv-i18n `nl` plus our own for the common
 * cases) and "bedoelde je …?" suggestions. Pure: the schema objects are passed in (read by content/read).
 * Safety: `$data` is off, `strict` is on, schemas are ours and never loaded from content.
 */
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Type } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { m, language } from '../i18n/index.js';
import { closest } from '../core/suggest.js';
import { message, type Message } from '../core/message.js';
import type { ParsedSource, PathSegment } from './frontmatter.js';
import type { SCHEMA_FILE } from './kinds.js';

export type SchemaName = keyof typeof SCHEMA_FILE;
export type SchemaSet = Record<SchemaName, object>;
export type Validators = Record<SchemaName, ValidateFunction>;

// ajv, ajv-formats and ajv-i18n are CommonJS. They are required on first use: the built tool runs validators
// that were compiled at build time (see `precompile.ts`), so it never loads the compiler.
const require = createRequire(import.meta.url);

/** The one ajv configuration, used at run time and by the build step that writes the compiled validators. */
export function createAjv(extra: object = {}): Ajv2020Type {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, $data: false, messages: true, ...extra });
  addFormats(ajv, ['date', 'uri', 'email']);
  return ajv;
}

export function compileSchemas(schemas: SchemaSet): Validators {
  const ajv = createAjv();
  const out = {} as Validators;
  for (const name of Object.keys(schemas) as SchemaName[]) out[name] = ajv.compile(schemas[name]);
  return out;
}

/** A short fingerprint of the schema texts, so that validators compiled at build time are never stale. */
export function schemaFingerprint(texts: Record<string, string>): string {
  let h = 0x811c9dc5;
  for (const name of Object.keys(texts).sort()) {
    const t = `${name}\0${texts[name]}\0`;
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0') + ':' + Object.values(texts).reduce((n, t) => n + t.length, 0);
}

let localizeNl: ((errors: ErrorObject[]) => void) | undefined;

/** The ajv instancePath `/contact/role` as path segments (`~1` and `~0` unescaped, indices as numbers). */
export function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(path: readonly PathSegment[]): string {
  return path.length === 0 ? m.content.wholeFrontmatter : `'${path.join('.')}'`;
}

/** Validate data against a schema; every ajv error becomes a positioned Message. */
export function checkSchema(
  file: string,
  source: ParsedSource,
  validate: ValidateFunction,
  data: unknown = source.data,
): Message[] {
  if (validate(data)) return [];
  const errors = [...(validate.errors ?? [])];
  if (language === 'nl') {
    // ajv's own texts are English; in Dutch they come from ajv-i18n
    localizeNl ??= require('ajv-i18n/localize/nl/index.js') as (errors: ErrorObject[]) => void;
    localizeNl(errors);
  }
  // `format` and `pattern` can fail together with the same Dutch text (a bad date): report it once
  const seen = new Set<string>();
  return dedupe(errors)
    .map((err) => toMessage(file, source, err))
    .filter((x) => {
      const key = `${x.line}:${x.column}:${x.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** ajv reports one error per failing branch; keep the first per path and keyword. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toMessage(file: string, source: ParsedSource, err: ErrorObject): Message {
  const path = pathOf(err.instancePath);
  const parent = err.parentSchema as { properties?: Record<string, unknown>; enum?: unknown[] } | undefined;
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parent?.properties ?? {});
      const guess = closest(key, known);
      return message(
        file,
        source.locate([...path, key], 'key'),
        'error',
        'schema-unknown-key',
        m.content.unknownKey(key, known),
        guess === undefined ? undefined : m.common.didYouMean(`\`${guess}\``),
      );
    }
    case 'required': {
      const key = String((err.params as { missingProperty: string }).missingProperty);
      const pos = path.length === 0 ? { line: 2, column: 1 } : source.locate(path, 'key');
      return message(file, pos, 'error', 'schema-required', m.content.missingKey(key, fieldName(path)));
    }
    case 'enum': {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const guess = closest(String(err.data), allowed);
      return message(
        file,
        source.locate(path),
        'error',
        'schema-enum',
        m.content.notAllowed(String(err.data), fieldName(path), allowed),
        guess === undefined ? undefined : m.common.didYouMean(`\`${guess}\``),
      );
    }
    case 'maxLength': {
      const limit = (err.params as { limit: number }).limit;
      return message(file, source.locate(path), 'error', 'schema-max-length',
        m.content.tooLong(fieldName(path), limit, String(err.data).length));
    }
    case 'format':
    case 'pattern':
      return message(file, source.locate(path), 'error', `schema-${err.keyword}`,
        m.content.badFormat(fieldName(path), String(err.data), formatHint(path, err)));
    default:
      return message(file, source.locate(path), 'error', `schema-${err.keyword}`,
        `${fieldName(path)}: ${err.message ?? err.keyword}`);
  }
}

function formatHint(path: readonly PathSegment[], err: ErrorObject): string {
  const format = (err.params as { format?: string }).format;
  const schema = err.parentSchema as { format?: string; pattern?: string } | undefined;
  const f = format ?? schema?.format;
  if (f === 'date') return m.content.hintDate;
  if (f === 'uri' || String(schema?.pattern ?? '').startsWith('^https?')) return m.content.hintUrl;
  if (f === 'email') return m.content.hintEmail;
  if (path.length > 0 && /theme/.test(String(path[0]))) return m.content.hintId;
  return m.content.hintPattern(String(schema?.pattern ?? ''));
}
