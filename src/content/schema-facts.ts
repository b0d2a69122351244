/**
 * Facts the tool needs from our JSON Schemas — the order of the keys, the longest allowed text — read from the
 * schema files themselves, so that a change in `schemas/` is a change everywhere (the writer's key order, the
 * limits the prompts and flags check before the schema does). The schemas ship with the package.
 */
import { createRequire } from 'node:module';
import { SCHEMA_FILE, type EntryKind } from './kinds.js';
import type { SchemaName } from './schema.js';

interface Node {
  properties?: Record<string, Node>;
  $defs?: Record<string, Node>;
  $ref?: string;
  items?: Node;
  maxLength?: number;
}

const require = createRequire(import.meta.url);
const cache = new Map<SchemaName, Node>();

/** The schema file `name` as data (read once per process). */
export function schemaOf(name: SchemaName): Node {
  let s = cache.get(name);
  if (!s) {
    s = require(`../../schemas/${SCHEMA_FILE[name]}`) as Node;
    cache.set(name, s);
  }
  return s;
}

/** A node with its local `$ref` (`#/$defs/person`) followed; the node's own keywords win. */
function resolved(root: Node, node: Node): Node {
  const ref = node.$ref;
  if (ref === undefined) return node;
  const def = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const target = def === undefined ? undefined : root.$defs?.[def];
  if (!target) throw new Error(`schema $ref not supported here: ${ref}`);
  return { ...resolved(root, target), ...node, $ref: undefined };
}

/** The schema node of the field at `path` (`['contact', 'email']`; `'*'` for a list's items), or undefined. */
export function fieldSchema(name: SchemaName, path: readonly string[]): Node | undefined {
  const root = schemaOf(name);
  let node: Node | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    const here: Node = resolved(root, node);
    node = key === '*' ? here.items : here.properties?.[key];
  }
  return node && resolved(root, node);
}

/** The keys of the object at `path` (top level when empty), in the schema's order. */
export function keyOrder(name: SchemaName, path: readonly string[] = []): readonly string[] {
  return Object.keys(fieldSchema(name, path)?.properties ?? {});
}

/** The keys of every nested object of an entry kind (`contact`, `raised_by`, `assessment`), by top-level key, in schema order. */
export function nestedKeyOrder(kind: EntryKind): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const key of keyOrder(kind)) {
    const keys = keyOrder(kind, [key]);
    if (keys.length > 0) out[key] = keys;
  }
  return out;
}

/** The schema's `maxLength` of the text at `path`; a schema without one is a bug of the tool. */
export function maxLength(name: SchemaName, path: readonly string[]): number {
  const limit = fieldSchema(name, path)?.maxLength;
  if (limit === undefined) throw new Error(`no maxLength in ${SCHEMA_FILE[name]} at ${path.join('.')}`);
  return limit;
}
