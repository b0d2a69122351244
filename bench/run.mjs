#!/usr/bin/env node
/**
 * `npm run bench`: times whole commands on a large generated agenda repository, as medians of alternating runs
 * in one go (A B C A B C …), and compares them with floors and peers. Writes bench/results.json.
 *
 *   node bench/run.mjs [--rounds 5] [--period 2025-H1] [--peer-files 1000|all] [--perfile-limit 12]
 *                      [--only validate,startup,report,documents] [--force]
 *
 * See bench/README.md for what is compared and why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describe, generate, DEFAULT_OUT } from './generate.mjs';
import { periodBounds } from './lib.mjs';
import { makeWarnings } from './warnings.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHECKOUT = join(HERE, '..');
const WORK = join(HERE, '.work');
const NODE = process.execPath;
const K80 = join(CHECKOUT, 'bin', 'k80.js');
const REMARK = join(CHECKOUT, 'node_modules', 'remark-cli', 'cli.js');
const PRACTICE_SCHEMA = join(CHECKOUT, 'schemas', 'practice.schema.json');

const { values: opt } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    period: { type: 'string', default: '2025-H1' },
    'peer-files': { type: 'string', default: '1000' },
    'perfile-limit': { type: 'string', default: '12' },
    only: { type: 'string', default: 'validate,startup,report,documents,site' },
    force: { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(opt.rounds);
const PEER_FILES = opt['peer-files'] === 'all' ? Infinity : Number(opt['peer-files']);
const PERFILE_LIMIT = Number(opt['perfile-limit']);
const ONLY = new Set(opt.only.split(','));
if (!(ROUNDS >= 1) || !(PEER_FILES >= 2) || !(PERFILE_LIMIT >= 1)) {
  console.error('bench: --rounds ≥ 1, --peer-files ≥ 2 (or all), --perfile-limit ≥ 1');
  process.exit(2);
}
const bounds = periodBounds(opt.period);
mkdirSync(WORK, { recursive: true });

// ---------------------------------------------------------------------------------------------------------
// The large repository.
console.log('bench: generating or reusing the large repository …');
const repoInfo = await generate({ force: opt.force });
const LARGE = DEFAULT_OUT;
console.log(describe(repoInfo));
const startLoad = loadavg();
console.log(`load average at start: ${startLoad.map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores)`);

// ---------------------------------------------------------------------------------------------------------
// Peak RSS: GNU time when present, else a node wrapper reporting process.resourceUsage().maxRSS (node commands only).
const TIME = '/usr/bin/time';
const RSS_FILE = join(WORK, 'rss.txt');
const hasGnuTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', '-o', RSS_FILE, 'true']).status === 0;
if (!hasGnuTime) console.log('bench: /usr/bin/time not found (apt-get install -y time); peak RSS only for node commands, via bench/maxrss.mjs');

/** Runs one command; returns wall seconds, CPU seconds (user+sys, with children), exit status, stdout (when piped),
 * stderr and peak RSS in MB. */
function exec(m, pipeStdout) {
  rmSync(RSS_FILE, { force: true });
  let cmd = m.cmd;
  let args = m.args;
  if (hasGnuTime) {
    args = ['-f', '%M %U %S', '-o', RSS_FILE, cmd, ...args];
    cmd = TIME;
  } else if (cmd === NODE && !args[0].startsWith('-')) {
    args = [join(HERE, 'maxrss.mjs'), RSS_FILE, ...args];
  }
  const began = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: m.cwd ?? CHECKOUT, stdio: ['ignore', pipeStdout ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...m.env } });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  let rssMB = null;
  let cpu = null;
  if (existsSync(RSS_FILE)) {
    const [kb, user, sys] = readFileSync(RSS_FILE, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (kb > 0) rssMB = kb / 1024;
    if (user >= 0 && sys >= 0) cpu = user + sys;
  }
  return { seconds, cpu, status: r.status, stdout: r.stdout ? r.stdout.toString('utf8') : '', stderr: r.stderr.toString('utf8'), rssMB };
}

/** Does this k80 command exist yet? (`node bin/k80.js <cmd> --help` exits 0.) */
function k80Has(command) {
  if (!existsSync(join(CHECKOUT, 'dist', 'cli.js'))) return false;
  return spawnSync(NODE, [K80, command, '--help'], { cwd: CHECKOUT, stdio: 'ignore' }).status === 0;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** median/min/max of wall seconds, median CPU seconds, peak RSS over the runs. */
function summary(runs) {
  const secs = runs.map((x) => x.seconds);
  const cpu = runs.map((x) => x.cpu).filter((x) => x !== null && x !== undefined);
  const rss = runs.map((x) => x.rssMB).filter((x) => x !== null);
  return { median: median(secs), min: Math.min(...secs), max: Math.max(...secs), cpuMedian: cpu.length === runs.length ? median(cpu) : null,
    peakRssMB: rss.length ? Math.max(...rss) : null };
}
// eslint-disable-next-line no-control-regex
const firstLines = (text, n = 6) => text.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(0, n).map((l) => `      ${l}`).join('\n');

// ---------------------------------------------------------------------------------------------------------
// Measurements. Each: id, label, cmd, args, [cwd], pipe (stdout needed by check/extract), check(result) → problem
// string or null, [extract(result) → the seconds to count for this run (e.g. scaled)], [skip: reason].
const practiceFiles = readdirSync(join(LARGE, 'agenda', 'practices')).filter((f) => f.endsWith('.md')).sort();
const entryCount = repoInfo.entries.practices + repoInfo.entries.actions + repoInfo.entries.topics + repoInfo.entries.themes;

/** validate's JSON output, or why the run is not one (the check's answer). */
function validateJson(r) {
  try {
    return JSON.parse(r.stdout);
  } catch {
    return `exit ${r.status}, output is not JSON:\n${firstLines(r.stdout || r.stderr)}`;
  }
}

/** The validate floor ran and parsed every entry. */
function floorOk(r) {
  return r.status === 0 && /entries=\d+ failed=0/.test(r.stdout) ? null : `exit ${r.status}: ${r.stdout}${r.stderr}`;
}

function validateGroup() {
  const ms = [];
  const k80 = k80Has('validate');
  ms.push({
    id: 'k80-validate', label: 'k80 validate --format json',
    cmd: NODE, args: [K80, 'validate', '--root', LARGE, '--format', 'json'], timedPipe: false, pipe: true,
    skip: k80 ? null : 'k80 validate does not exist yet (node bin/k80.js validate --help fails)',
    check(r) {
      const json = validateJson(r);
      if (typeof json === 'string') return json;
      if (r.status !== 0 || json.ok !== true) {
        const msgs = (json.messages ?? []).slice(0, 5).map((x) => `${x.file}:${x.line}:${x.column} ${x.rule} ${x.message}`).join('\n');
        return `exit ${r.status}, ok=${json.ok}, ${json.messages?.length ?? '?'} messages on generated content:\n${firstLines(msgs)}`;
      }
      if (json.files < entryCount) return `reports ${json.files} files, the repository has ${entryCount} entries`;
      return null;
    },
  });
  ms.push({
    id: 'floor-validate', label: 'floor: read + js-yaml core',
    cmd: NODE, args: [join(HERE, 'floor-validate.mjs'), LARGE], pipe: true,
    check: floorOk,
  });
  // the same repository with a contact person (name and personal e-mail) in every practice: warnings must not be slow
  const warned = makeWarnings({ large: LARGE });
  ms.push({
    id: 'k80-validate-warnings', label: `k80 validate --format json, ${warned.practices} practices warn`,
    cmd: NODE, args: [K80, 'validate', '--root', warned.root, '--format', 'json'], timedPipe: false, pipe: true,
    skip: k80 ? null : 'k80 validate does not exist yet (node bin/k80.js validate --help fails)',
    check(r) {
      const json = validateJson(r);
      if (typeof json === 'string') return json;
      const rules = new Set((json.messages ?? []).map((x) => x.rule));
      if (r.status !== 0 || json.ok !== true) return `exit ${r.status}, ok=${json.ok}: warnings alone must not fail`;
      if (json.messages.length !== 2 * warned.practices || rules.size !== 2 || !rules.has('personal-name') || !rules.has('personal-email')) {
        return `expected a personal-name and a personal-email warning per practice (${2 * warned.practices}), got ${json.messages.length} (${[...rules].join(', ')})`;
      }
      return null;
    },
  });
  ms.push({
    id: 'floor-validate-warnings', label: 'floor: read + js-yaml core, same copy',
    cmd: NODE, args: [join(HERE, 'floor-validate.mjs'), warned.root], pipe: true,
    check: floorOk,
  });
  if (!existsSync(PRACTICE_SCHEMA)) {
    ms.push({ id: 'remark', label: 'remark-cli + frontmatter-schema', skip: 'schemas/practice.schema.json does not exist yet' });
    return ms;
  }
  // remark-cli with remark-lint-frontmatter-schema, configured by a generated .remarkrc.json in bench/.work
  const rc = {
    plugins: ['remark-frontmatter', ['remark-lint-frontmatter-schema', {
      schemas: { [relative(WORK, PRACTICE_SCHEMA)]: ['large/agenda/practices/*.md', 'probe/agenda/practices/*.md'] },
      // the plugin's Ajv is draft-07 and has no 2020-12 meta-schema: skip meta-validation, the keywords we use compile alike
      ajvOptions: { validateSchema: false },
    }]],
  };
  writeFileSync(join(WORK, '.remarkrc.json'), `${JSON.stringify(rc, null, 2)}\n`);
  // a probe with a misspelt key proves the peer really validates (it must fail on it)
  const probeDir = join(WORK, 'probe', 'agenda', 'practices');
  mkdirSync(probeDir, { recursive: true });
  const sample = readFileSync(join(LARGE, 'agenda', 'practices', practiceFiles[0]), 'utf8');
  writeFileSync(join(probeDir, 'probe.md'), sample.replace('\nmunicipality:', '\nmunicipalty:'));
  const probe = spawnSync(NODE, [REMARK, '--frail', '--quiet', '--no-stdout', 'probe/agenda/practices/probe.md'],
    { cwd: WORK, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const probeOk = probe.status === 1 && /municipalty|additional/i.test(probe.stderr);
  const n = Math.min(PEER_FILES, practiceFiles.length);
  const files = practiceFiles.slice(0, n).map((f) => `large/agenda/practices/${f}`);
  const remarkArgs = (list) => [REMARK, '--frail', '--quiet', '--no-stdout', ...list];
  const remarkCheck = (r) => {
    if (!probeOk) return `the probe with a misspelt key was not rejected (exit ${probe.status}):\n${firstLines(probe.stderr)}`;
    return r.status === 0 ? null : `exit ${r.status} on generated practices:\n${firstLines(r.stderr)}`;
  };
  ms.push({ id: 'remark', label: `remark-cli + frontmatter-schema (${n} practices)`, cmd: NODE, args: remarkArgs(files), cwd: WORK, check: remarkCheck, files: n });
  if (n < practiceFiles.length) {
    ms.push({ id: 'remark-1', label: 'remark-cli + frontmatter-schema (1 practice)', cmd: NODE, args: remarkArgs(files.slice(0, 1)), cwd: WORK, check: remarkCheck });
  }
  return ms;
}

function startupGroup() {
  const pkg = JSON.parse(readFileSync(join(CHECKOUT, 'package.json'), 'utf8'));
  const works = existsSync(K80) && spawnSync(NODE, [K80, '--version'], { cwd: CHECKOUT, encoding: 'utf8' }).stdout?.trim() === pkg.version;
  return [
    { id: 'k80-version', label: 'k80 --version', cmd: NODE, args: [K80, '--version'], pipe: true,
      skip: works ? null : `k80 --version does not print ${pkg.version} yet`,
      check: (r) => (r.status === 0 && r.stdout.trim() === pkg.version ? null : `exit ${r.status}: ${r.stdout}${r.stderr}`) },
    { id: 'node', label: 'node -e 0', cmd: NODE, args: ['-e', '0'], check: (r) => (r.status === 0 ? null : `exit ${r.status}`) },
  ];
}

function reportGroup() {
  const k80 = k80Has('report');
  let floorCommits = null;
  return [
    { id: 'floor-report', label: 'floor: git log/ls-tree/diff-tree/cat-file', cmd: NODE, args: [join(HERE, 'floor-report.mjs'), LARGE, opt.period], pipe: true,
      check(r) {
        const m = /commits=(\d+)/.exec(r.stdout);
        if (r.status !== 0 || !m) return `exit ${r.status}: ${r.stdout}${r.stderr}`;
        floorCommits = Number(m[1]);
        return null;
      } },
    { id: 'k80-report', label: `k80 report --format json --period ${opt.period}`,
      cmd: NODE, args: [K80, 'report', '--root', LARGE, '--format', 'json', '--period', opt.period], pipe: true, timedPipe: false,
      skip: k80 ? null : 'k80 report does not exist yet (node bin/k80.js report --help fails)',
      check(r) {
        let json;
        try {
          json = JSON.parse(r.stdout);
        } catch {
          return `exit ${r.status}, output is not JSON:\n${firstLines(r.stdout || r.stderr)}`;
        }
        if (r.status !== 0) return `exit ${r.status}`;
        if (json.period?.from !== bounds.from || json.period?.to !== bounds.to) return `period ${json.period?.from}…${json.period?.to}, expected ${bounds.from}…${bounds.to}`;
        if (floorCommits !== null && json.totals?.commits !== floorCommits) {
          this.note = `totals.commits ${json.totals?.commits} ≠ ${floorCommits} first-parent commits touching agenda/ in git log`;
        }
        return null;
      } },
    { id: 'perfile-report', label: `per-file git log (${PERFILE_LIMIT} files, scaled)`,
      cmd: NODE, args: [join(HERE, 'perfile-report.mjs'), LARGE, opt.period, '--limit', String(PERFILE_LIMIT)], pipe: true, timedPipe: true,
      check: (r) => (r.status === 0 && r.stdout.startsWith('{') ? null : `exit ${r.status}: ${r.stdout}${r.stderr}`),
      // wall time with the per-file loop scaled linearly from the sample to every entry file
      extract(r) {
        const j = JSON.parse(r.stdout);
        this.files = j.files;
        this.measured = j.measured;
        return r.seconds - j.loopSeconds + (j.loopSeconds * j.files) / j.measured;
      } },
  ];
}

/** The browser the PDF is printed with: the one k80 itself finds (K80_BROWSER wins), from the built dist/. */
async function pdfBrowser() {
  if (process.env.K80_BROWSER) return process.env.K80_BROWSER;
  try {
    const { browserCandidates } = await import('../dist/commands/report/render/pdf-browser.js');
    return browserCandidates(process.platform, process.env).find((p) => existsSync(p));
  } catch {
    return undefined; // no build yet: the PDF is skipped
  }
}
const BROWSER = await pdfBrowser();
const DOCS = join(WORK, 'documents');

/** (d) the report as a document, beside the same report as HTML: `--out` with each extension. */
function documentsGroup() {
  const k80 = k80Has('report');
  mkdirSync(DOCS, { recursive: true });
  // the first bytes of each format: a zip (ODT, DOCX), a PDF, an HTML page
  const magic = { html: '<!doctype html>', odt: 'PK', docx: 'PK', pdf: '%PDF-' };
  return Object.entries(magic).map(([format, start]) => {
    const out = join(DOCS, `terugkoppeling.${format}`);
    return {
      id: `k80-report-${format}`,
      label: `k80 report --period ${opt.period} --out terugkoppeling.${format}${format === 'pdf' && BROWSER ? ` (${BROWSER.split('/').pop()})` : ''}`,
      cmd: NODE,
      args: [K80, 'report', '--root', LARGE, '--period', opt.period, '--out', out],
      pipe: true,
      env: format === 'pdf' && BROWSER ? { K80_BROWSER: BROWSER } : {},
      skip: !k80 ? 'k80 report does not exist yet' : format === 'pdf' && !BROWSER ? 'no Chromium or Chrome found (apt-get install -y chromium)' : null,
      check(r) {
        if (r.status !== 0) return `exit ${r.status}: ${firstLines(r.stderr)}`;
        const head = readFileSync(out).subarray(0, 16).toString('latin1');
        if (!head.toLowerCase().startsWith(start.toLowerCase())) return `${out} does not start with ${start}`;
        this.bytes = readFileSync(out).length;
        return null;
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
const groups = [];
if (ONLY.has('validate')) groups.push({ id: 'validate', title: 'validate (a)', make: validateGroup });
if (ONLY.has('startup')) groups.push({ id: 'startup', title: 'start-up (b)', make: startupGroup });
if (ONLY.has('report')) groups.push({ id: 'report', title: `report ${opt.period} (c)`, make: reportGroup });
if (ONLY.has('documents')) groups.push({ id: 'documents', title: `report ${opt.period} as documents (d)`, make: documentsGroup });

const results = {};
for (const g of groups) {
  const ms = g.make();
  console.log(`\n== ${g.title}: ${ROUNDS} alternating rounds`);
  const live = [];
  for (const m of ms) {
    if (m.skip) {
      console.log(`  skipped ${m.label}: ${m.skip}`);
      results[m.id] = { label: m.label, skipped: m.skip };
      continue;
    }
    const first = exec(m, true); // check run, also the warm-up
    const problem = m.check(first);
    if (problem && first.status !== 0 && first.status !== 1) {
      console.log(`  ✗ ${m.label}: not timed, the command failed: ${problem}`);
      results[m.id] = { label: m.label, failed: problem };
      continue;
    }
    if (problem) console.log(`  ✗ ${m.label}: ${problem}\n    (timed anyway)`);
    if (first.stdout.length < 300) m.output = first.stdout.trim();
    m.expectStatus = first.status;
    m.problem = problem;
    m.runs = [];
    live.push(m);
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const m of live) {
      const r = exec(m, m.timedPipe ?? false);
      if (r.status !== m.expectStatus) m.problem ??= `round ${round}: exit ${r.status}, expected ${m.expectStatus}`;
      m.runs.push({ seconds: m.extract ? m.extract(r) : r.seconds, wall: r.seconds, cpu: m.extract ? null : r.cpu, rssMB: r.rssMB });
    }
    process.stdout.write(`  round ${round}/${ROUNDS} done\n`);
  }
  for (const m of live) {
    results[m.id] = {
      label: m.label, ...summary(m.runs), runs: m.runs,
      ...(m.output ? { output: m.output } : {}),
      ...(m.problem ? { problem: m.problem } : {}), ...(m.note ? { note: m.note } : {}),
      ...(m.files ? { files: m.files, measured: m.measured } : {}),
      ...(m.bytes ? { bytes: m.bytes } : {}),
    };
  }
}

// remark on a sample: scale the per-file part to all practice files, keeping one start-up
// (per round, with that round's 1-file run: t(1) + (t(n) − t(1)) · (all − 1)/(n − 1), for wall and CPU time)
if (results.remark?.runs && results['remark-1']?.runs) {
  const n = Math.min(PEER_FILES, practiceFiles.length);
  const k = (practiceFiles.length - 1) / (n - 1);
  const one = results['remark-1'].runs;
  const scale = (t, t1) => (t === null || t1 === null ? null : t1 + (t - t1) * k);
  const runs = results.remark.runs.map((x, i) => ({ ...x, measured: x.seconds, seconds: scale(x.seconds, one[i].seconds), cpu: scale(x.cpu, one[i].cpu) }));
  Object.assign(results.remark, summary(runs), { runs, measuredFiles: n, scaledTo: practiceFiles.length,
    scaled: `measured on ${n} of ${practiceFiles.length} practices, scaled per round: t(1) + (t(${n}) − t(1)) · ${practiceFiles.length - 1}/${n - 1}` });
}
if (results['perfile-report']?.median) {
  const r = results['perfile-report'];
  r.scaled = `git log per file measured on ${r.measured} of ${r.files} entry files, loop scaled linearly`;
}

// ---------------------------------------------------------------------------------------------------------
// Table and goals.
const fmt = (x, d = 3) => (x === null || x === undefined ? '—' : x.toFixed(d));
console.log(`\n${'command'.padEnd(56)} ${'median s'.padStart(9)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'cpu s'.padStart(8)} ${'peak RSS MB'.padStart(12)}`);
for (const [id, r] of Object.entries(results)) {
  if (id === 'remark-1') continue;
  if (r.skipped || r.failed) {
    console.log(`${r.label.padEnd(56)} ${(r.skipped ? 'skipped' : 'failed').padStart(9)}`);
    continue;
  }
  const star = r.scaled ? ' *' : '';
  console.log(`${(r.label + star).padEnd(56)} ${fmt(r.median).padStart(9)} ${fmt(r.min).padStart(8)} ${fmt(r.max).padStart(8)} ${fmt(r.cpuMedian).padStart(8)} ${fmt(r.peakRssMB, 0).padStart(12)}`);
}
for (const r of Object.values(results)) if (r.scaled) console.log(`  * ${r.label}: ${r.scaled}`);
if (results['remark-1']?.median) console.log(`  (remark on 1 practice: ${fmt(results['remark-1'].median)} s)`);
for (const r of Object.values(results)) if (r.note) console.log(`  note ${r.label}: ${r.note}`);
for (const r of Object.values(results)) if (r.problem) console.log(`  ✗ ${r.label}: ${r.problem.split('\n')[0]}`);

const ratio = (a, b) => (results[a]?.median && results[b]?.median ? results[a].median / results[b].median : null);
/** Median over rounds of the same round's a/b (the pair ran back to back), and the ratio of median CPU times. */
function extra(a, b) {
  const ra = results[a]?.runs;
  const rb = results[b]?.runs;
  if (!ra || !rb) return {};
  const cpu = results[a].cpuMedian && results[b].cpuMedian ? results[a].cpuMedian / results[b].cpuMedian : null;
  return { paired: median(ra.map((x, i) => x.seconds / rb[i].seconds)), cpu };
}
const goals = [
  { goal: 'k80 validate ≤ 1.5× floor', value: ratio('k80-validate', 'floor-validate'), ...extra('k80-validate', 'floor-validate'), unit: '×', ok: (v) => v <= 1.5 },
  { goal: 'k80 validate ≤ 1.5× floor, every practice warns', value: ratio('k80-validate-warnings', 'floor-validate-warnings'), ...extra('k80-validate-warnings', 'floor-validate-warnings'), unit: '×', ok: (v) => v <= 1.5 },
  { goal: 'k80 validate ≥ 30× faster than remark peer', value: ratio('remark', 'k80-validate'), ...extra('remark', 'k80-validate'), unit: '×', ok: (v) => v >= 30 },
  { goal: 'k80 --version ≤ 1.5× node -e 0', value: ratio('k80-version', 'node'), ...extra('k80-version', 'node'), unit: '×', ok: (v) => v <= 1.5 },
  { goal: 'k80 report ≤ 1.5× floor', value: ratio('k80-report', 'floor-report'), ...extra('k80-report', 'floor-report'), unit: '×', ok: (v) => v <= 1.5 },
  { goal: 'k80 report peak RSS < 300 MB', value: results['k80-report']?.peakRssMB ?? null, unit: ' MB', ok: (v) => v < 300 },
  ...['odt', 'docx', 'pdf'].map((format) => ({
    goal: `(info) report --out .${format} ÷ --out .html, goal < 2×`,
    value: ratio(`k80-report-${format}`, 'k80-report-html'),
    ...extra(`k80-report-${format}`, 'k80-report-html'),
    unit: '×',
    ok: null,
  })),
  { goal: '(info) per-file git log ÷ k80 report', value: ratio('perfile-report', 'k80-report'), ...extra('perfile-report', 'k80-report'), unit: '×', ok: null },
  { goal: '(info) per-file git log ÷ floor', value: ratio('perfile-report', 'floor-report'), ...extra('perfile-report', 'floor-report'), unit: '×', ok: null },
];
console.log('\ngoals (judged on the ratio of wall-clock medians; also shown: median of per-round ratios, ratio of median CPU times)');
for (const g of goals) {
  g.met = g.value === null || !g.ok ? null : g.ok(g.value);
  const mark = g.value === null ? '—' : g.ok ? (g.met ? '✓' : '✗') : ' ';
  const x = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);
  const shown = g.value === null ? 'not measured (skipped or not run)'
    : g.unit === '×' ? `${x(g.value).padStart(9)}   paired ${x(g.paired).padStart(9)}   cpu ${x(g.cpu).padStart(9)}` : `${g.value.toFixed(0)}${g.unit}`;
  console.log(`  ${mark} ${g.goal.padEnd(50)} ${shown}`);
}
const endLoad = loadavg();
console.log(`load average at end: ${endLoad.map((l) => l.toFixed(2)).join(' ')} (a busy machine widens the spread; ratios of alternating runs stay comparable)`);

const gitVersion = spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim();
const out = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, git: gitVersion,
    rss: hasGnuTime ? '/usr/bin/time -f %M (max RSS of the command and its waited-for children)' : 'bench/maxrss.mjs (node process only)' },
  options: { rounds: ROUNDS, period: opt.period, periodBounds: bounds, peerFiles: Number.isFinite(PEER_FILES) ? PEER_FILES : 'all', perfileLimit: PERFILE_LIMIT },
  repository: repoInfo,
  loadAverage: { start: startLoad, end: endLoad },
  results,
  goals: goals.map(({ goal, value, paired, cpu, unit, met }) => ({ goal, value, paired: paired ?? null, cpu: cpu ?? null, unit: unit.trim(), met })),
};
writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`\nbench: wrote ${relative(CHECKOUT, join(HERE, 'results.json'))}`);

// k80 site against Eleventy 3 on the same practice files: its own script (bench/site.mjs), also run on its own
if (ONLY.has('site')) {
  console.log('\nbench: k80 site against Eleventy 3 (bench/site.mjs) …');
  spawnSync(NODE, [join(HERE, 'site.mjs'), '--rounds', String(Math.min(ROUNDS, 3))], { cwd: CHECKOUT, stdio: 'inherit' });
}
