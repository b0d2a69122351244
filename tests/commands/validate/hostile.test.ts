/**
 * The hostile-input table: malformed, tricky and malicious files, each in its own real repository, through
 * the real `k80 validate` (json) — asserting every message's rule, file, line and column, and the exit code.
 * Valid edge cases (BOM, CRLF, unquoted dates, `no`, Unicode) assert that nothing is reported.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, practiceText, type TestRepo } from '../../helpers/repo.js';
import { main } from '../../../src/commands/validate/index.js';

interface Expected {
  file: string;
  rule: string;
  line: number;
  column?: number;
  severity?: 'error' | 'warning';
  suggestion?: string;
}

interface Case {
  name: string;
  files?: Record<string, string | Uint8Array>;
  setup?: (repo: TestRepo) => void;
  strict?: boolean;
  expect: Expected[];
  exit: 0 | 1;
}

const P = 'agenda/practices/x.md';
const A = 'agenda/actions/x.md';
const outside = mkdtempSync(join(tmpdir(), 'k80-outside-'));
const PAYLOAD = join(outside, 'pwned.txt');
const action = (lines: string): string => `---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: active\n${lines}---\nTekst.\n`;
const e = (rule: string, line: number, column?: number, extra: Partial<Expected> = {}): Expected => ({
  file: P, rule, line, ...(column === undefined ? {} : { column }), ...extra,
});

const CASES: Case[] = [
  // --- languages other than YAML: refused before anything is evaluated
  {
    name: '---js payload that would write a file',
    files: { [P]: `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(PAYLOAD)}, 'x') }\n---\nTekst.\n` },
    expect: [e('frontmatter-language', 1, 4)],
    exit: 1,
  },
  { name: '---javascript', files: { [P]: '---javascript\nmodule.exports = { title: "x" }\n---\n' }, expect: [e('frontmatter-language', 1, 4)], exit: 1 },
  { name: '---JS (any case)', files: { [P]: '---JS\n({ title: "x" })\n---\n' }, expect: [e('frontmatter-language', 1, 4)], exit: 1 },
  { name: '---coffee', files: { [P]: "---coffee\ntitle: 'x'\n---\n" }, expect: [e('frontmatter-language', 1, 4)], exit: 1 },
  { name: '---json', files: { [P]: '---json\n{"title": "x"}\n---\n' }, expect: [e('frontmatter-language', 1, 4)], exit: 1 },
  { name: '---toml', files: { [P]: '---toml\ntitle = "x"\n---\n' }, expect: [e('frontmatter-language', 1, 4)], exit: 1 },
  { name: '---yaml and --- YML are YAML (valid)', files: { [P]: practiceText().replace('---\n', '---yaml\n'), 'agenda/practices/y.md': practiceText().replace('---\n', '--- YML \n') }, expect: [], exit: 0 },

  // --- YAML bombs and nesting
  {
    name: 'alias bomb',
    files: {
      [P]: '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n',
    },
    expect: [e('yaml-alias', 3, 8)],
    exit: 1,
  },
  { name: 'a single alias', files: { [P]: practiceText({ title: '&t Dorpsplan', summary: '*t' }) }, expect: [e('yaml-alias', 6, 10)], exit: 1 },
  { name: 'deep flow nesting', files: { [P]: practiceText({ tags: '['.repeat(1000) + ']'.repeat(1000) }) }, expect: [e('yaml-too-deep', 7, 7 + 32)], exit: 1 },
  {
    name: 'deep block nesting',
    files: { [P]: practiceText({ tags: '\n' + Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- `).join('\n') + 'x' }) },
    expect: [e('yaml-too-deep', 39, 63)],
    exit: 1,
  },
  { name: 'huge file (over 512 KiB)', files: { [P]: practiceText({}, 'x'.repeat(600 * 1024)) }, expect: [e('file-too-large', 1, 1)], exit: 1 },

  // --- encodings and line ends
  { name: 'BOM + valid (valid)', files: { [P]: '\ufeff' + practiceText() }, expect: [], exit: 0 },
  // the reader reads a text with U+FFFD again as bytes: a real replacement character is valid UTF-8
  { name: 'a written replacement character U+FFFD (valid)', files: { [P]: practiceText({ title: 'Caf\ufffd in de kern' }, 'Tekst \ufffd.') }, expect: [], exit: 0 },
  {
    name: 'invalid UTF-8 after a written U+FFFD: the bad byte, not the written character',
    files: { [P]: Buffer.concat([Buffer.from('---\ntitle: \ufffd Caf'), Buffer.from([0xe9]), Buffer.from(' de kern\n---\n')]) },
    expect: [e('encoding', 2, 13)],
    exit: 1,
  },
  { name: 'CRLF (valid)', files: { [P]: practiceText().replace(/\n/g, '\r\n') }, expect: [], exit: 0 },
  {
    name: 'CRLF: positions are still right',
    files: { [P]: practiceText({ status: 'open' }).replace(/\n/g, '\r\n') },
    expect: [e('schema-unknown-key', 7, 1)],
    exit: 1,
  },
  {
    name: 'invalid UTF-8 (Windows-1252 é): position of the bad byte',
    files: { [P]: Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from(' de kern\n---\n')]) },
    expect: [e('encoding', 2, 11)],
    exit: 1,
  },
  {
    name: 'invalid UTF-8 in the body, after multi-byte characters',
    files: { [P]: Buffer.concat([Buffer.from(practiceText({ title: 'Café' }, 'Tekst.\nRegel ✓ ')), Buffer.from([0xc3, 0x28])]) },
    expect: [e('encoding', 9, 9)],
    exit: 1,
  },

  // --- frontmatter structure
  { name: 'duplicate key', files: { [P]: practiceText({ summary: 'Een.\ntitle: Twee' }) }, expect: [e('yaml-duplicate-key', 7, 1)], exit: 1 },
  { name: 'no closing fence', files: { [P]: '---\ntitle: x\nmunicipality: Ameland\n' }, expect: [e('frontmatter-unclosed', 1, 1)], exit: 1 },
  { name: 'empty frontmatter', files: { [P]: '---\n---\nTekst.\n' }, expect: [e('frontmatter-empty', 2, 1)], exit: 1 },
  { name: 'only comments', files: { [P]: '---\n# titel volgt\n# nog niets\n---\nTekst.\n' }, expect: [e('frontmatter-empty', 2, 1)], exit: 1 },
  { name: 'frontmatter is a list', files: { [P]: '---\n- title\n- summary\n---\n' }, expect: [e('frontmatter-not-map', 2, 1)], exit: 1 },
  { name: 'frontmatter is a scalar', files: { [P]: '---\nzomaar wat tekst\n---\n' }, expect: [e('frontmatter-not-map', 2, 1)], exit: 1 },
  { name: 'tabs for indentation', files: { [P]: practiceText({ contact: '\n\trole: adviseur' }) }, expect: [e('yaml-syntax', 8, 1)], exit: 1 },
  { name: 'a colon in an unquoted title', files: { [P]: practiceText({ title: 'Dorpsplan: samen verder' }) }, expect: [e('yaml-syntax', 2, 8)], exit: 1 },
  { name: 'an unclosed quote', files: { [P]: practiceText({ title: '"Dorpsplan' }) }, expect: [e('yaml-syntax', 2, 18)], exit: 1 },
  { name: 'a second document inside the frontmatter (...)', files: { [P]: practiceText({ summary: 'Een.\n...\ntitle: x' }) }, expect: [e('yaml-syntax', 8, 1)], exit: 1 },
  { name: 'empty file', files: { [P]: '' }, expect: [e('frontmatter-missing', 1, 1)], exit: 1 },
  { name: 'only ---', files: { [P]: '---' }, expect: [e('frontmatter-missing', 1, 1)], exit: 1 },
  { name: 'only --- and a line end', files: { [P]: '---\n' }, expect: [e('frontmatter-unclosed', 1, 1)], exit: 1 },
  { name: '---- start', files: { [P]: '----\ntitle: x\n----\n' }, expect: [e('frontmatter-missing', 1, 1)], exit: 1 },
  { name: 'no frontmatter at all', files: { [P]: '# Dorpsplan\n\nTekst.\n' }, expect: [e('frontmatter-missing', 1, 1)], exit: 1 },

  // --- schema
  {
    name: 'unknown key with suggestion (municpality)',
    files: { [P]: practiceText({ municipality: '', municpality: 'Ameland' }) },
    // one typo, one message: not also 'municipality' missing
    expect: [e('schema-unknown-key', 6, 1, { suggestion: 'bedoelde je `municipality`?' })],
    exit: 1,
  },
  { name: 'missing required key: position of the parent map', files: { [P]: practiceText({ summary: '' }) }, expect: [e('schema-required', 2, 1)], exit: 1 },
  {
    name: 'missing required nested key: position of the parent key',
    files: { [P]: practiceText({ contact: '\n  email: info@ameland.nl' }) },
    expect: [e('schema-required', 7, 1)],
    exit: 1,
  },
  {
    name: 'wrong enum value with suggestion (actve)',
    files: { [A]: action('').replace('status: active', 'status: actve') },
    expect: [{ file: A, rule: 'schema-enum', line: 5, column: 9, suggestion: 'bedoelde je `active`?' }],
    exit: 1,
  },
  {
    name: 'misspelt key with suggestion (stauts)',
    files: { [A]: action('').replace('status: active', 'stauts: active') },
    expect: [{ file: A, rule: 'schema-unknown-key', line: 5, column: 1, suggestion: 'bedoelde je `status`?' }],
    exit: 1,
  },
  { name: 'impossible date 2026-13-45', files: { [P]: practiceText({ date: '"2026-13-45"' }) }, expect: [e('schema-format', 5, 7)], exit: 1 },
  { name: 'unquoted date (valid, stays a string)', files: { [P]: practiceText({ date: '2026-03-05' }) }, expect: [], exit: 0 },
  { name: 'no / yes / on are strings (valid)', files: { [P]: practiceText({ title: 'no', summary: 'yes', tags: '[on, off, "y"]' }) }, expect: [], exit: 0 },
  { name: 'a number where text belongs', files: { [P]: practiceText({ title: '2026' }) }, expect: [e('schema-type', 2, 8)], exit: 1 },
  { name: 'summary longer than 280', files: { [P]: practiceText({ summary: 'a'.repeat(281) }) }, expect: [e('schema-max-length', 6, 10)], exit: 1 },
  { name: 'javascript: link', files: { [P]: practiceText({ links: '["javascript:alert(1)"]' }) }, expect: [e('schema-pattern', 7, 9)], exit: 1 },
  { name: 'ftp:// link', files: { [P]: practiceText({ links: '\n  - ftp://example.org/plan.pdf' }) }, expect: [e('schema-pattern', 8, 5)], exit: 1 },

  // --- references
  {
    name: 'unknown theme with suggestion',
    files: { [P]: practiceText({ themes: '[nabijheid, wonne]' }) },
    expect: [e('ref-unknown-theme', 4, 21, { suggestion: 'bedoelde je `wonen`?' })],
    exit: 1,
  },
  {
    name: 'theme by title (Wonen) suggests the id',
    files: { [P]: practiceText({ themes: '[Wonen]' }) },
    expect: [e('ref-unknown-theme', 4, 10, { suggestion: 'bedoelde je `wonen`?' })],
    exit: 1,
  },
  {
    name: 'theme by title and by alias (Landelijk Gebied, Ruimtelijk)',
    files: {
      'agenda/themes/landelijk-gebied.md': '---\ntitle: Landelijk Gebied\ntagline: ruimte\nsection: B\norder: 5\naliases: [Ruimtelijk]\n---\nTekst.\n',
      [A]: action('').replace('theme: wonen', 'theme: Landelijk Gebied'),
      [P]: practiceText({ themes: '[Ruimtelijk]' }),
    },
    expect: [
      { file: A, rule: 'ref-unknown-theme', line: 3, column: 8, suggestion: 'bedoelde je `landelijk-gebied`?' },
      e('ref-unknown-theme', 4, 10, { suggestion: 'bedoelde je `landelijk-gebied`?' }),
    ],
    exit: 1,
  },

  // --- file names and places
  { name: 'file name with uppercase and spaces', files: { 'agenda/practices/Dorps Plan.md': practiceText() }, expect: [{ file: 'agenda/practices/Dorps Plan.md', rule: 'file-name', line: 1, column: 1 }], exit: 1 },
  { name: 'CON.md (reserved on Windows)', files: { 'agenda/practices/CON.md': practiceText() }, expect: [{ file: 'agenda/practices/CON.md', rule: 'file-name', line: 1, column: 1 }], exit: 1 },
  { name: 'nested agenda/practices/sub/x.md', files: { 'agenda/practices/sub/x.md': practiceText() }, expect: [{ file: 'agenda/practices/sub/x.md', rule: 'file-nested', line: 1, column: 1 }], exit: 1 },
  { name: 'notes.txt in a kind folder', files: { 'agenda/practices/notes.txt': 'aantekeningen' }, expect: [{ file: 'agenda/practices/notes.txt', rule: 'file-not-markdown', line: 1, column: 1 }], exit: 1 },
  {
    name: 'same id but for case (x.md and X.md)',
    files: { [P]: practiceText(), 'agenda/practices/X.md': practiceText() },
    expect: [{ file: 'agenda/practices/X.md', rule: 'file-name', line: 1, column: 1 }, { file: 'agenda/practices/X.md', rule: 'id-duplicate', line: 1, column: 1 }],
    exit: 1,
  },
  {
    name: 'symlink pointing outside agenda/',
    setup: (repo) => {
      repo.write('agenda/practices/y.md', practiceText());
      symlinkSync(join(outside, 'secret.md'), join(repo.dir, P));
    },
    expect: [e('symlink', 1, 1)],
    exit: 1,
  },
  {
    name: 'symlink pointing inside agenda/',
    setup: (repo) => {
      repo.write('agenda/practices/y.md', practiceText());
      symlinkSync(join(repo.dir, 'agenda/practices/y.md'), join(repo.dir, P));
    },
    expect: [e('symlink', 1, 1)],
    exit: 1,
  },
  { name: 'unknown folder in agenda/', files: { 'agenda/voorbeelden/x.md': practiceText() }, expect: [{ file: 'agenda/voorbeelden', rule: 'folder-unknown', line: 1, column: 1, severity: 'warning' }], exit: 0 },

  // --- warnings: members, personal data, dates
  {
    name: 'non-member municipality (warning)',
    files: { [P]: practiceText({ municipality: 'Amelend' }) },
    expect: [e('municipality-not-member', 3, 15, { severity: 'warning', suggestion: 'bedoelde je `Ameland`?' })],
    exit: 0,
  },
  {
    name: 'non-member municipality with --strict',
    strict: true,
    files: { [P]: practiceText({ municipality: 'Amelend' }) },
    expect: [e('municipality-not-member', 3, 15, { severity: 'error' })],
    exit: 1,
  },
  {
    name: 'personal e-mail address (warning)',
    files: { [P]: practiceText({ contact: '\n  role: beleidsadviseur\n  email: j.jansen@ameland.nl' }) },
    expect: [e('personal-email', 9, 10, { severity: 'warning' })],
    exit: 0,
  },
  {
    name: 'functional mailbox (valid)',
    files: { [P]: practiceText({ contact: '\n  role: beleidsadviseur\n  email: info@ameland.nl' }) },
    expect: [],
    exit: 0,
  },
  {
    name: 'personal e-mail address in the text (warning)',
    files: { [P]: practiceText({}, 'Tekst.\n\nMail naar voornaam.achternaam@ameland.nl of secretariaat@ameland.nl.\n') },
    expect: [e('personal-email', 10, 11, { severity: 'warning' })],
    exit: 0,
  },
  {
    name: "a person's name (warning)",
    files: { [P]: practiceText({ contact: '\n  role: beleidsadviseur\n  name: Piet Verzonnen' }) },
    expect: [e('personal-name', 9, 9, { severity: 'warning' })],
    exit: 0,
  },
  { name: 'date far in the future (warning)', files: { [P]: practiceText({ date: '"2099-01-01"' }) }, expect: [e('date-future', 5, 7, { severity: 'warning' })], exit: 0 },
  { name: 'Unicode titles (valid)', files: { [P]: practiceText({ title: '"Café in de kern: ’t Dörp 🚲 — Ελληνικά, 日本"' }) }, expect: [], exit: 0 },
  {
    name: 'terminal escape codes in a value are reported, not executed',
    files: { [P]: practiceText({ themes: '["\\e[31mwonen"]' }) },
    expect: [e('ref-unknown-theme', 4, 10), e('control-character', 4, 10)],
    exit: 1,
  },

  // --- repository-wide
  {
    name: 'duplicate theme order',
    files: { 'agenda/themes/zorg.md': '---\ntitle: Zorg\ntagline: t\nsection: B\norder: 3\n---\nTekst.\n' },
    expect: [{ file: 'agenda/themes/zorg.md', rule: 'theme-order-duplicate', line: 5, column: 8 }],
    exit: 1,
  },
  {
    name: 'k80.yaml that is not YAML',
    files: { 'agenda/k80.yaml': 'name: K80\nmembers: [Ameland\n' },
    expect: [{ file: 'agenda/k80.yaml', rule: 'yaml-syntax', line: 3, column: 1 }],
    exit: 1,
  },
  {
    name: 'afwegingskader with monitor above take-up',
    setup: (repo) => repo.write('agenda/afwegingskader.yaml', repo.read('agenda/afwegingskader.yaml').replace('take-up: 65', 'take-up: 30')),
    expect: [{ file: 'agenda/afwegingskader.yaml', rule: 'framework-threshold-order', line: 87, column: 12 }],
    exit: 1,
  },
];

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

async function run(c: Case): Promise<{ messages: Array<Expected & { message: string }>; exitCode: number; repo: TestRepo }> {
  const repo = makeRepo({ agenda: 'minimal', git: false });
  repos.push(repo);
  for (const [path, text] of Object.entries(c.files ?? {})) repo.write(path, text);
  c.setup?.(repo);
  const out = await main({ format: 'json', strict: c.strict ?? false, root: repo.dir, cwd: repo.dir, color: false, interactive: false });
  const parsed = JSON.parse(out.stdout ?? '') as { ok: boolean; files: number; messages: Array<Expected & { message: string }> };
  expect(parsed.ok).toBe(out.exitCode === 0);
  return { messages: parsed.messages, exitCode: out.exitCode, repo };
}

describe('k80 validate: hostile and malformed input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { messages, exitCode } = await run(c);
    const actual = messages.map((x) => ({
      file: x.file,
      rule: x.rule,
      line: x.line,
      column: x.column,
      severity: x.severity,
      ...(x.suggestion === undefined ? {} : { suggestion: x.suggestion }),
    }));
    const expected = c.expect.map((x, i) => ({
      column: actual[i]?.column,
      severity: x.severity ?? 'error',
      ...(actual[i]?.suggestion === undefined ? {} : { suggestion: actual[i]?.suggestion }),
      ...x,
    }));
    expect(actual).toEqual(expected);
    for (const x of messages) expect(x.message).toMatch(/\S/);
    expect(exitCode).toBe(c.exit);
  });

  it('the ---js payload did not run', async () => {
    await run(CASES[0]!);
    expect(existsSync(PAYLOAD)).toBe(false);
  });
});
