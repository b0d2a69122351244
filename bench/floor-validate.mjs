#!/usr/bin/env node
/**
 * Floor for `k80 validate`: the least any validator must do — read every file under agenda/ and parse the
 * frontmatter of each entry (and the YAML settings files) with js-yaml's core schema. No schema checks,
 * no positions, no cross-references.
 *
 *   node bench/floor-validate.mjs <repo root>
 *
 * Prints `files=<n> entries=<n>` on stdout; exit 1 when a file does not parse.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/floor-validate.mjs <repo root>');
  process.exit(2);
}
const agenda = join(root, 'agenda');

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const files = (await walk(agenda)).filter((f) => f.endsWith('.md') || f.endsWith('.yaml'));
const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
let entries = 0;
let failed = 0;
for (let i = 0; i < files.length; i++) {
  const text = texts[i];
  let yamlText = text;
  if (files[i].endsWith('.md')) {
    if (files[i].endsWith('README.md')) continue;
    if (!text.startsWith('---')) {
      failed++;
      continue;
    }
    const end = text.indexOf('\n---', 3);
    if (end < 0) {
      failed++;
      continue;
    }
    yamlText = text.slice(text.indexOf('\n') + 1, end + 1);
    entries++;
  }
  try {
    const data = load(yamlText, { schema: CORE_SCHEMA });
    if (data === null || typeof data !== 'object') failed++;
  } catch {
    failed++;
  }
}
console.log(`files=${files.length} entries=${entries} failed=${failed}`);
process.exitCode = failed === 0 ? 0 : 1;
