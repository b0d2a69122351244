/**
 * JSON Schema validation of parsed content, with ajv (2020-12), and the mapping of ajv's errors to our
 * Message type: positions from the YAML source, our own Dutch text for every keyword (the field by its
 * Dutch title, the right form with an example, the fix) and "bedoelde je …?" suggestions. Pure: the schema objects are passed in (read by content/read).
 * Safety: `$data` is off, `strict` is on, schemas are ours and never loaded from content.
 */
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Type } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { m } from '../i18n/index.js';
import { closest } from '../core/suggest.js';
import { didYouMean, message, type Message, type PathSegment } from '../core/message.js';
import { printable } from '../core/printable.js';
import type { ParsedSource } from './frontmatter.js';
import type { SCHEMA_FILE } from './kinds.js';

export type SchemaName = keyof typeof SCHEMA_FILE;
export type SchemaSet = Record<SchemaName, object>;
export type Validators = Record<SchemaName, ValidateFunction>;

// ajv and ajv-formats are CommonJS. They are required on first use: the built tool runs validators
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

/** The ajv instancePath `/contact/role` as path segments (`~1` and `~0` unescaped, indices as numbers). */
export function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Validate data against a schema; every ajv error becomes a positioned Message. */
export function checkSchema(
  file: string,
  source: ParsedSource,
  validate: ValidateFunction,
  data: unknown = source.data,
): Message[] {
  if (validate(data)) return [];
  const errors = withoutEchoes([...(validate.errors ?? [])]);
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

/**
 * One mistake, one message: a misspelt key (`municpality`) is an unknown key whose nearest known key is the
 * required one that is then missing; only the unknown key is reported ("bedoelde je `municipality`?").
 * The inner error of `propertyNames` (it carries `propertyName`) is said by the `propertyNames` message.
 */
function withoutEchoes(errors: ErrorObject[]): ErrorObject[] {
  const explained = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
    const guess = closest(String((e.params as { additionalProperty: string }).additionalProperty), Object.keys(parent?.properties ?? {}));
    if (guess !== undefined) explained.add(`${e.instancePath}|${guess}`);
  }
  return errors.filter((e) => {
    if ((e as { propertyName?: string }).propertyName !== undefined) return false;
    if (e.keyword !== 'required') return true;
    return !explained.has(`${e.instancePath}|${String((e.params as { missingProperty: string }).missingProperty)}`);
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

type Schema = {
  title?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

const sc = m.content.schema;

/** The field as a person calls it: its Dutch title with the key (`Samenvatting (summary)`, `Link 2 (links)`). */
export function fieldLabel(path: readonly PathSegment[], title: string | undefined): string {
  if (path.length === 0) return sc.frontmatter;
  const keys = path.filter((p): p is string => typeof p === 'string');
  const index = path.at(-1);
  const name = title ?? keys.at(-1) ?? '';
  const item = typeof index === 'number' ? sc.item(name, index + 1) : name;
  return keys.length === 0 || item === keys.join('.') ? item : sc.field(item, keys.join('.'));
}

/** What a value is, in words (for "er staat …"). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return sc.got.empty;
  if (Array.isArray(value)) return sc.got.list;
  if (typeof value === 'object') return sc.got.fields;
  if (typeof value === 'string') return sc.got.text(printable(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  if (typeof value === 'number') return sc.got.number(String(value));
  return sc.got.other(String(value));
}

/** Two example items per list field (for "hoort een lijst, bijvoorbeeld"): content values, the same in every language. */
const LIST_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  themes: ['wonen', 'nabijheid'],
  tags: ['cpo', 'starters'],
  links: ['https://www.gemeente.nl/dorpsplan', 'https://www.gemeente.nl/raadsbesluit'],
  members: ['Beesel', 'Vaals'],
  aliases: ['Kracht van klein', 'Nabijheid'],
};

/** Example lines for a list field: the given value first when it was one value, then the examples. */
function listExample(key: string, value: unknown): string {
  const examples: readonly string[] = (Object.hasOwn(LIST_EXAMPLES, key) ? LIST_EXAMPLES[key] : undefined) ?? sc.examples.listFallback;
  const given = typeof value === 'string' && value !== '' ? [printable(value)] : [];
  const items = [...given, ...examples.filter((e) => e !== value)].slice(0, 2);
  return [`${key}:`, ...items.map((x) => `  - ${x}`)].join('\n');
}

/** Example lines for a group of fields (an object). */
function objectExample(key: string, schema: Schema | undefined): string {
  const known = (sc.examples.object as Record<string, readonly string[]>)[key];
  const lines = known ?? (schema?.required ?? Object.keys(schema?.properties ?? {})).slice(0, 2).map((k) => `${k}: …`);
  return [`${key}:`, ...lines.map((x) => `  ${x}`)].join('\n');
}

/** `12-03-2024` → `2024-03-12`, `2024-3-5` → `2024-03-05`: the date someone meant, or undefined. */
export function guessDate(value: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const dmy = /^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$/.exec(value);
  const ymd = /^\s*(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})\s*$/.exec(value);
  const [y, mo, d] = dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : [];
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : undefined;
}

/** Why a value is not a date (`YYYY-MM-DD`), with the date someone meant when it can be guessed: for the schema and `--date` alike. */
export function dateText(label: string, value: string): string {
  const v = printable(value);
  const guess = guessDate(v);
  if (guess !== undefined && guess !== v) return sc.dateOrder(label, v, guess);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return sc.dateImpossible(label, v);
  return sc.date(label, v);
}

/** The Dutch text for a value that has the wrong form (`format` or `pattern`); the same for both, so it is said once. */
function formText(label: string, value: unknown, schema: Schema | undefined, path: readonly PathSegment[]): string {
  const v = printable(String(value));
  const f = schema?.format;
  const pattern = String(schema?.pattern ?? '');
  if (f === 'date' || pattern === '^\\d{4}-\\d{2}-\\d{2}$') return dateText(label, v);
  if (f === 'uri' || pattern.startsWith('^https?')) {
    if (/\s/.test(v.trim())) return sc.urlSpace(label, v);
    if (!/^https?:\/\//i.test(v)) return sc.urlScheme(label, v);
    return sc.url(label, v);
  }
  if (f === 'email') return sc.email(label, v);
  if (pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$' || /theme|id$/.test(String(path.filter((p) => typeof p === 'string').at(-1) ?? ''))) {
    return sc.id(label, v);
  }
  return sc.pattern(label, v);
}

function toMessage(file: string, source: ParsedSource, err: ErrorObject): Message {
  const path = pathOf(err.instancePath);
  const parent = err.parentSchema as (Schema & { enum?: unknown[] }) | undefined;
  const label = fieldLabel(path, parent?.title);
  const key = String(path.filter((p) => typeof p === 'string').at(-1) ?? '');
  const at = (rule: string, text: string, candidate?: string): Message =>
    message(file, source.locate(path), 'error', rule, text, { path, ...didYouMean(candidate) });
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties': {
      const unknownKey = String(params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {});
      const guess = closest(unknownKey, known);
      const keyPath = [...path, unknownKey];
      return message(file, source.locate(keyPath, 'key'), 'error', 'schema-unknown-key', m.content.unknownKey(unknownKey, known),
        { path: keyPath, ...didYouMean(guess) });
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const pos = path.length === 0 ? { line: 2, column: 1 } : source.locate(path, 'key');
      const title = parent?.properties?.[missing]?.title;
      const where = path.length === 0 ? undefined : label;
      return message(file, pos, 'error', 'schema-required', sc.required(title === undefined ? missing : sc.field(title, missing), missing, where),
        { path: [...path, missing] });
    }
    case 'type': {
      const want = String(params.type);
      const got = describeValue(err.data);
      if (want === 'array') return at('schema-type', sc.typeArray(label, listExample(key, err.data)));
      if (want === 'object') return at('schema-type', sc.typeObject(label, got, objectExample(key, parent)));
      if (want === 'integer') return at('schema-type', sc.typeInteger(label, got));
      if (want === 'number') return at('schema-type', sc.typeNumber(label, got));
      if (want === 'boolean') return at('schema-type', sc.typeBoolean(label, got));
      if (want === 'null') return at('schema-type', sc.typeOther(label, got));
      return at('schema-type', sc.typeString(label, got, key));
    }
    case 'enum': {
      const allowed = ((params.allowedValues as unknown[] | undefined) ?? []).map(String);
      const guess = closest(String(err.data), allowed);
      return at('schema-enum', m.content.notAllowed(String(err.data), label, allowed), guess);
    }
    case 'const':
      return at('schema-const', sc.const(label, String(params.allowedValue), describeValue(err.data)));
    case 'minLength': {
      const limit = Number(params.limit);
      return at('schema-min-length', limit <= 1 ? sc.empty(label) : sc.tooShort(label, limit, String(err.data).length));
    }
    case 'maxLength':
      return at('schema-max-length', m.content.tooLong(label, Number(params.limit), String(err.data).length));
    case 'format':
    case 'pattern':
      return at(`schema-${err.keyword}`, formText(label, err.data, parent, path));
    case 'minItems': {
      const limit = Number(params.limit);
      return at('schema-min-items', limit <= 1 ? sc.noItems(label, listExample(key, undefined)) : sc.tooFewItems(label, limit, (err.data as unknown[]).length));
    }
    case 'maxItems':
      return at('schema-max-items', sc.tooManyItems(label, Number(params.limit), (err.data as unknown[]).length));
    case 'uniqueItems': {
      const { i, j } = params as { i: number; j: number };
      const list = err.data as unknown[];
      return at('schema-unique-items', sc.duplicateItem(label, printable(String(list[i])), Math.max(i, j) + 1, Math.min(i, j) + 1));
    }
    case 'minimum':
      return at('schema-minimum', sc.minimum(label, Number(params.limit), String(err.data)));
    case 'maximum':
      return at('schema-maximum', sc.maximum(label, Number(params.limit), String(err.data)));
    case 'exclusiveMinimum':
      return at('schema-exclusive-minimum', sc.exclusiveMinimum(label, Number(params.limit), String(err.data)));
    case 'exclusiveMaximum':
      return at('schema-exclusive-maximum', sc.exclusiveMaximum(label, Number(params.limit), String(err.data)));
    case 'multipleOf':
      return at('schema-multiple-of', sc.multipleOf(label, Number(params.multipleOf), String(err.data)));
    case 'propertyNames': {
      const keyPath = [...path, String(params.propertyName)];
      return message(file, source.locate(keyPath, 'key'), 'error', 'schema-property-name',
        sc.propertyName(label, printable(String(params.propertyName))), { path: keyPath });
    }
    default:
      return at(`schema-${err.keyword}`, sc.other(label));
  }
}
