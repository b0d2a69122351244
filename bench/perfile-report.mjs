#!/usr/bin/env node
/**
 * Per-file peer for `k80 report`: what naive tools do — one `git log` call per entry file for the period.
 * Only the history is collected (no contents), so this is a lower bound for that approach.
 *
 *   node bench/perfile-report.mjs <repo> <YYYY-H1|YYYY-H2> [--limit N]
 *
 * Lists the entry files at the end of the period, then runs, one after the other for the first N of them,
 * `git log --first-parent --format=… <start>..<end> -- <file>`. Prints one JSON line:
 * `{ "files": total, "measured": N, "loopSeconds": s, "commitsSeen": n }` so the runner can scale the loop
 * linearly to all files.
 */
import { spawnSync } from 'node:child_process';
import { commitBefore, periodBounds, run } from './lib.mjs';

const args = process.argv.slice(2);
const [repo, period] = args;
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
if (!repo || !period || !(limit > 0)) {
  console.error('usage: node bench/perfile-report.mjs <repo> <YYYY-H1|YYYY-H2> [--limit N]');
  process.exit(2);
}

const bounds = periodBounds(period);
const start = await commitBefore(repo, bounds.fromEpoch);
const end = await commitBefore(repo, bounds.endEpoch);
const files = (await run('git', ['ls-tree', '-r', '-z', '--name-only', end, '--', 'agenda/'], { cwd: repo }))
  .toString('utf8').split('\0').filter((f) => f.endsWith('.md') && !f.endsWith('README.md'));
// spread the sample over all kinds: every k-th file
const measured = Math.min(limit, files.length);
const step = files.length / measured;
const range = start ? `${start}..${end}` : end;
const began = process.hrtime.bigint();
let commitsSeen = 0;
for (let i = 0; i < measured; i++) {
  const file = files[Math.floor(i * step)];
  const r = spawnSync('git', ['log', '--first-parent', '--format=%H%x00%an%x00%ct%x00%s', range, '--', file],
    { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`git log -- ${file} failed: ${r.stderr}`);
  for (const ch of r.stdout) if (ch === '\n') commitsSeen++;
}
const loopSeconds = Number(process.hrtime.bigint() - began) / 1e9;
console.log(JSON.stringify({ files: files.length, measured, loopSeconds, commitsSeen }));
