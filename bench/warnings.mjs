#!/usr/bin/env node
/**
 * The "every practice warns" variant of the large repository, for `k80 validate`: a copy of the large
 * repository's `agenda/` (working tree only, no history) in which every practice's contact names a person
 * and gives a personal e-mail address, so that every practice carries a `personal-name` and a
 * `personal-email` warning. Warnings must not send validate down a slow path.
 *
 *   node bench/warnings.mjs [--force]
 *
 * Made once under bench/.work/warnings and reused while the large repository's generator version is the same.
 * The names are invented.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT, readStamp } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const WARNINGS_OUT = join(HERE, '.work', 'warnings');
const STAMP = '.k80-bench-warnings.json';

const FIRST = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Floor', 'Gijs', 'Hanna', 'Iris', 'Joris', 'Kees', 'Lotte'];
const LAST = ['Bakker', 'de Wit', 'Jansen', 'van Dam', 'Smit', 'Visser', 'Mulder', 'de Boer', 'Kok', 'Peters'];

/** `contact:` block of a practice gets `name:` and `email:` lines (a person's, on purpose). */
function withPerson(text, i) {
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const local = `${first[0]}.${last.replace(/ /g, '')}`.toLowerCase();
  const out = text.replace(/^contact:\n/m, `contact:\n  name: ${first} ${last}\n  email: ${local}@gemeente-voorbeeld.nl\n`);
  if (out === text) throw new Error('a practice without a contact block');
  return out;
}

/** Make (or reuse) the variant; returns its root and the number of practices changed. */
export function makeWarnings({ large = DEFAULT_OUT, out = WARNINGS_OUT, force = false, log = console.log } = {}) {
  const version = readStamp(large)?.version;
  if (!version) throw new Error(`no generated repository at ${large} (run bench/generate.mjs first)`);
  const stampFile = join(out, STAMP);
  if (!force && existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (stamp.version === version) {
      log(`bench: reusing ${out} (${stamp.practices} practices with a contact person)`);
      return { root: out, practices: stamp.practices };
    }
  }
  rmSync(out, { recursive: true, force: true });
  cpSync(join(large, 'agenda'), join(out, 'agenda'), { recursive: true });
  const dir = join(out, 'agenda', 'practices');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  files.forEach((f, i) => writeFileSync(join(dir, f), withPerson(readFileSync(join(dir, f), 'utf8'), i)));
  writeFileSync(stampFile, `${JSON.stringify({ version, practices: files.length })}\n`);
  log(`bench: made ${out} (${files.length} practices with a contact person)`);
  return { root: out, practices: files.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) makeWarnings({ force: process.argv.includes('--force') });
