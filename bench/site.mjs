#!/usr/bin/env node
/**
 * `node bench/site.mjs [--rounds 3]` (after `npm run build`): `k80 site` on the large generated repository
 * against Eleventy 3 rendering the same practice markdown files, one page each, with a minimal layout.
 * Alternating runs (k80, Eleventy, k80, …), medians, peak RSS (GNU time), and the size of both outputs.
 * k80 builds much more from the same repository: timelines from one git history pass, the catalogue with its
 * search index, the map, member and theme pages, and the archive of terugkoppelingen. Writes bench/site-results.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, DEFAULT_OUT } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHECKOUT = join(HERE, '..');
const WORK = join(HERE, '.work');
const NODE = process.execPath;
const { values: opt } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const ROUNDS = Number(opt.rounds);

await generate({});
const LARGE = DEFAULT_OUT;
const ELEVENTY = join(WORK, 'eleventy');
/**
 * The runs' output folders: in memory (/dev/shm) where there is one, so that both tools are measured writing their
 * files, not the disk's state (see `settle`); else under bench/.work.
 */
const SHM = '/dev/shm';
const RUNS = existsSync(SHM) && statSync(SHM).isDirectory() ? join(SHM, `k80-bench-site-${process.pid}`) : join(WORK, 'site-runs');
/** When this bench last removed many files (ms since the epoch): see `settle`. */
const REMOVED_AT = join(WORK, 'site-removed-at.txt');

/** Remove a folder of many files, and note when (then `settle` waits before timing anything). */
function removeMany(dir) {
  if (!existsSync(dir)) return;
  rmSync(dir, { recursive: true, force: true });
  if (dir.startsWith(`${SHM}/`)) return; // memory: nothing to wait for
  spawnSync('sync');
  writeFileSync(REMOVED_AT, String(Date.now()));
}

/**
 * Creating thousands of files within a minute after thousands were removed is slow on ext4: for each new inode
 * it skips over the recently freed ones one by one (up to 1 ms a file on this machine, against 0.06 ms
 * otherwise; ext4 counts an inode as recent for 60 s, or 6 minutes while its table block is not yet written
 * home). That measures the file system's state, not the tools: wait until the bench's last removal on the disk
 * is 65 s old (the runs themselves write to memory where they can).
 */
function settle() {
  const at = existsSync(REMOVED_AT) ? Number(readFileSync(REMOVED_AT, 'utf8')) : 0;
  const wait = at + 65_000 - Date.now();
  if (wait <= 0) return;
  console.log(`bench site: waiting ${Math.ceil(wait / 1000)} s after removing the previous run's files (ext4 creates files slowly for a minute after)`);
  spawnSync('sleep', [String(Math.ceil(wait / 1000))]);
}

// Eleventy's input: the same practice files (copied once, not timed, kept while they are the same), a minimal layout
const practicesDir = join(LARGE, 'agenda', 'practices');
const sameFiles = (a, b) => {
  if (!existsSync(b)) return false;
  const names = readdirSync(a).filter((f) => f.endsWith('.md'));
  const theirs = readdirSync(b).filter((f) => f.endsWith('.md'));
  return names.length === theirs.length && names.every((f) => existsSync(join(b, f)) && statSync(join(a, f)).size === statSync(join(b, f)).size && readFileSync(join(a, f), 'utf8') === readFileSync(join(b, f), 'utf8'));
};
if (!sameFiles(practicesDir, join(ELEVENTY, 'src'))) {
  removeMany(ELEVENTY);
  mkdirSync(join(ELEVENTY, 'src', '_includes'), { recursive: true });
  cpSync(practicesDir, join(ELEVENTY, 'src'), { recursive: true });
}
removeMany(join(ELEVENTY, 'out')); // the output folder of an earlier version of this bench
removeMany(join(WORK, 'site-out'));
removeMany(join(WORK, 'site-runs')); // left by an interrupted run
if (RUNS.startsWith(`${SHM}/`)) for (const name of readdirSync(SHM)) if (name.startsWith('k80-bench-site-')) removeMany(join(SHM, name));
mkdirSync(join(ELEVENTY, 'src', '_includes'), { recursive: true });
writeFileSync(join(ELEVENTY, 'src', '_includes', 'practice.njk'),
  '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main><h1>{{ title }}</h1>\n{{ content | safe }}\n</main></body></html>\n');
writeFileSync(join(ELEVENTY, 'eleventy.config.mjs'),
  "export default function (config) {\n  config.addGlobalData('layout', 'practice.njk');\n  config.addGlobalData('permalink', () => (data) => `${data.page.fileSlug}.html`);\n  return { dir: { input: 'src', output: 'out' } };\n}\n");
const practiceFiles = readdirSync(join(ELEVENTY, 'src')).filter((f) => f.endsWith('.md')).length;

const RSS = join(WORK, 'site-rss.txt');
function run(cmd, args, cwd) {
  rmSync(RSS, { force: true });
  const began = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', RSS, cmd, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.status}\n${r.stderr}`);
  const [kb, user, sys] = readFileSync(RSS, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + sys, rssMB: kb / 1024, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}
function size(dir) {
  let bytes = 0;
  let files = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      const s = size(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

// Both start from an empty output folder: a new one for every run (in memory where possible), none removed during
// the runs. Removing a site's thousands of files just before a run makes the next run's file creation slow on ext4
// (for minutes it skips over the recently freed inodes one by one: up to 1 ms a file here, against 0.06 ms
// otherwise), which measures the file system's state, not the tools. The folders are removed at the end. `k80Rebuild`, last,
// times k80's clean rebuild over its previous site (k80 removes the old pages itself; Eleventy would leave stale ones).
mkdirSync(RUNS, { recursive: true });
let runCount = 0;
const freshOut = (name) => join(RUNS, `${name}-${runCount++}`);
const k80At = (out) => run(NODE, [join(CHECKOUT, 'bin', 'k80.js'), '--root', LARGE, 'site', '--out', out, '--base-url', 'https://k80.example.org/'], CHECKOUT);
let lastK80Out = '';
const k80 = () => k80At((lastK80Out = freshOut('k80')));
const k80Rebuild = () => k80At(lastK80Out);
let lastEleventyOut = '';
const eleventy = () =>
  run(NODE, [join(CHECKOUT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'), '--config=eleventy.config.mjs', '--quiet', `--output=${(lastEleventyOut = freshOut('eleventy'))}`], ELEVENTY);
const results = { k80: [], eleventy: [], k80Rebuild: [] };
settle();
console.log(`bench site: ${practiceFiles} practice files, ${ROUNDS} rounds, load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores)`);
for (let i = 0; i < ROUNDS; i++) {
  results.k80.push(k80());
  results.eleventy.push(eleventy());
  console.log(`  round ${i + 1}: k80 site ${results.k80[i].seconds.toFixed(2)} s, Eleventy ${results.eleventy[i].seconds.toFixed(2)} s`);
}
results.k80Rebuild.push(k80Rebuild());
console.log(`  k80 site over its previous site ${results.k80Rebuild[0].seconds.toFixed(2)} s`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const sum = (runs) => ({ median: median(runs.map((r) => r.seconds)), cpuMedian: median(runs.map((r) => r.cpu)), peakRssMB: Math.max(...runs.map((r) => r.rssMB)) });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  practiceFiles,
  k80: { ...sum(results.k80), output: size(lastK80Out), message: results.k80[0].stdout.trim() },
  k80Rebuild: sum(results.k80Rebuild),
  eleventy: { ...sum(results.eleventy), output: size(lastEleventyOut) },
  runs: results,
  loadAverageEnd: loadavg(),
};
out.ratio = out.k80.median / out.eleventy.median;
writeFileSync(join(HERE, 'site-results.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`k80 site: ${out.k80.median.toFixed(2)} s (cpu ${out.k80.cpuMedian.toFixed(2)} s), peak RSS ${out.k80.peakRssMB.toFixed(0)} MB, ${out.k80.output.files} files, ${(out.k80.output.bytes / 1048576).toFixed(1)} MB`);
console.log(`Eleventy 3: ${out.eleventy.median.toFixed(2)} s (cpu ${out.eleventy.cpuMedian.toFixed(2)} s), peak RSS ${out.eleventy.peakRssMB.toFixed(0)} MB, ${out.eleventy.output.files} files, ${(out.eleventy.output.bytes / 1048576).toFixed(1)} MB`);
console.log(`k80 site over its previous site (clean rebuild, old pages removed): ${out.k80Rebuild.median.toFixed(2)} s`);
console.log(`ratio k80/Eleventy: ${out.ratio.toFixed(2)}× (goal ≤ 1)`);
const written = existsSync(lastK80Out);
removeMany(RUNS);
if (!written) process.exit(1);
