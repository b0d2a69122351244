#!/usr/bin/env node
/**
 * Floor for `k80 validate`: the fastest honest way to do the least any validator must do — read every file
 * under agenda/ (synchronously: one file after the other is faster than thousands of pending promises) and
 * parse the frontmatter of each entry (and the YAML settings files) with the fastest YAML 1.2 core-schema
 * parser measured (js-yaml 4; see bench/README.md). No schema checks, no positions, no cross-references.
 *
 *   node bench/floor-validate.mjs <repo root>
 *
 * Prints `files=<n> entries=<n> failed=<n>` on stdout; exit 1 when a file does not parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/floor-validate.mjs <repo root>');
  process.exit(2);
}

const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && (e.name.endsWith('.md') || e.name.endsWith('.yaml'))) files.push(p);
  }
};
walk(join(root, 'agenda'));

let entries = 0;
let failed = 0;
for (const file of files) {
  if (file.endsWith('README.md')) continue;
  const text = readFileSync(file, 'utf8');
  let yamlText = text;
  if (file.endsWith('.md')) {
    const end = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
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
