#!/usr/bin/env node
/**
 * Floor for `k80 report`: git's own plumbing for one report period, output consumed, nothing interpreted.
 *
 *   node bench/floor-report.mjs <repo> <YYYY-H1|YYYY-H2>
 *
 * 1. the start and end commits of the period on HEAD's first-parent line (`git rev-list --before`, twice);
 * 2. `git log --first-parent --raw -z -M` of the range (one streaming pass);
 * 3. `git ls-tree -r` of agenda/ at the start and at the end commit;
 * 4. `git diff-tree -r -M` between them;
 * 5. ONE `git cat-file --batch` fed every blob a report needs: every non-practice entry at the end (themes,
 *    actions, topics, settings) plus both sides of every file that changed between start and end.
 *
 * Prints `commits=<n> changed=<n> blobs=<n> bytes=<n>`; exits non-zero when git fails.
 */
import { commitBefore, periodBounds, run } from './lib.mjs';

const [repo, period] = process.argv.slice(2);
if (!repo || !period) {
  console.error('usage: node bench/floor-report.mjs <repo> <YYYY-H1|YYYY-H2>');
  process.exit(2);
}
const ZERO = /^0+$/;

/** `git ls-tree -r -z` → Map path → blob id. */
function parseTree(buf) {
  const map = new Map();
  for (const rec of buf.toString('utf8').split('\0')) {
    if (rec === '') continue;
    const tab = rec.indexOf('\t');
    const [, type, oid] = rec.slice(0, tab).split(' ');
    if (type === 'blob') map.set(rec.slice(tab + 1), oid);
  }
  return map;
}

const bounds = periodBounds(period);
const start = await commitBefore(repo, bounds.fromEpoch);
const end = await commitBefore(repo, bounds.endEpoch);
if (!end) throw new Error(`no commit before the end of ${period}`);

const range = start ? [`${start}..${end}`] : [end];
const log = await run('git', ['log', '--first-parent', '--raw', '-z', '-M', '--no-abbrev',
  '--format=%x01%H%x00%P%x00%an%x00%ae%x00%ct%x00%s', ...range, '--', 'agenda/'], { cwd: repo });
let commits = 0;
for (const byte of log) if (byte === 1) commits++;

const endTree = parseTree(await run('git', ['ls-tree', '-r', '-z', end, '--', 'agenda/'], { cwd: repo }));
const startTree = start ? parseTree(await run('git', ['ls-tree', '-r', '-z', start, '--', 'agenda/'], { cwd: repo })) : new Map();

const blobs = new Set();
for (const [path, oid] of endTree) if (!path.startsWith('agenda/practices/')) blobs.add(oid);
let changed = 0;
if (start) {
  const diff = (await run('git', ['diff-tree', '-r', '-z', '-M', '--no-commit-id', start, end, '--', 'agenda/'], { cwd: repo }))
    .toString('utf8').split('\0');
  for (let i = 0; i < diff.length; i++) {
    const meta = diff[i];
    if (!meta.startsWith(':')) continue;
    const [, , oldOid, newOid, status] = meta.slice(1).split(' ');
    i += status.startsWith('R') || status.startsWith('C') ? 2 : 1;
    changed++;
    if (!ZERO.test(oldOid)) blobs.add(oldOid);
    if (!ZERO.test(newOid)) blobs.add(newOid);
  }
} else {
  for (const oid of endTree.values()) blobs.add(oid);
  changed = endTree.size;
}
void startTree;

const out = await run('git', ['cat-file', '--batch'], { cwd: repo, input: `${[...blobs].join('\n')}\n` });
// consume: walk the "<oid> blob <size>\n<content>\n" records
let pos = 0;
let received = 0;
while (pos < out.length) {
  const nl = out.indexOf(10, pos);
  const header = out.toString('latin1', pos, nl).split(' ');
  if (header[1] === 'missing') throw new Error(`blob ${header[0]} missing`);
  pos = nl + 1 + Number(header[2]) + 1;
  received++;
}
if (received !== blobs.size) throw new Error(`cat-file returned ${received} of ${blobs.size} blobs`);
console.log(`commits=${commits} changed=${changed} blobs=${blobs.size} bytes=${out.length}`);
