/**
 * The forge outputs of `k80 validate` (markdown table, GitLab Code Quality JSON), `k80 validate FILE…`, and a
 * bad file name that no longer hides the file's other messages. A small real repository, the CLI edge in process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../../helpers/repo.js';
import { cli } from '../../helpers/cli.js';

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo({ agenda: 'minimal', git: false });
  repo.write(
    'agenda/practices/dorpsplan.md',
    '---\ntitle: Dorpsplan met inwoners\nmunicipality: Amelend\nthemes: [wonne]\ndate: "2026-03-05"\nsummary: Inwoners schrijven samen met de gemeente een dorpsplan.\n---\nTekst.\n',
  );
  repo.write('agenda/actions/samen-optrekken.md', '---\ntitle: Samen <b>optrekken</b> | @secretariaat\ntheme: wonen\ntype: lobby\nstatus: actve\n---\nTekst.\n');
});
afterAll(() => repo.cleanup());

const run = (args: string[]) => cli(args, { cwd: repo.dir });

describe('validate --format markdown', () => {
  it('a Dutch table with file, line, kind, message and fix; content text escaped', async () => {
    const r = await run(['validate', '--format', 'markdown']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '## Controle van de agenda',
      '',
      '✖ 2 fouten en 1 waarschuwing in 2 bestanden \\(6 gecontroleerd\\).',
      '',
      '| Bestand | Regel | Soort | Melding | Oplossing |',
      '| --- | ---: | --- | --- | --- |',
    ]);
    expect(lines[6]).toMatch(/^\| `agenda\/actions\/samen-optrekken\.md` \| 5 \| fout \| 'actve' is geen geldige waarde .* \| bedoelde je \\`active\\`\? \|$/);
    expect(lines[7]).toMatch(/^\| `agenda\/practices\/dorpsplan\.md` \| 3 \| waarschuwing \| 'Amelend' staat niet in de ledenlijst/);
    expect(lines[8]).toMatch(/^\| `agenda\/practices\/dorpsplan\.md` \| 4 \| fout \| Onbekend thema 'wonne'/);
    expect(lines).toHaveLength(11);
  });

  it('a clean agenda: only the title and the summary line', async () => {
    const clean = makeRepo({ agenda: 'minimal', git: false });
    try {
      const r = await cli(['validate', '--format', 'markdown'], { cwd: clean.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('## Controle van de agenda\n\n✔ 4 bestanden gecontroleerd, geen fouten.\n\n');
    } finally {
      clean.cleanup();
    }
  });
});

describe('validate --format gitlab', () => {
  it('Code Quality JSON: description, check_name, fingerprint, severity, location', async () => {
    const r = await run(['validate', '--format', 'gitlab']);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(issues.map((x) => [x.check_name, x.severity, x.location])).toEqual([
      ['schema-enum', 'major', { path: 'agenda/actions/samen-optrekken.md', lines: { begin: 5 } }],
      ['municipality-not-member', 'minor', { path: 'agenda/practices/dorpsplan.md', lines: { begin: 3 } }],
      ['ref-unknown-theme', 'major', { path: 'agenda/practices/dorpsplan.md', lines: { begin: 4 } }],
    ]);
    expect(issues[0]!.description).toBe("'actve' is geen geldige waarde voor Status (status). Kies uit: planned, active, done, dropped. (bedoelde je `active`?)");
    const prints = issues.map((x) => x.fingerprint as string);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(prints).size).toBe(3);
  });

  it('fingerprints stay the same when unrelated lines move', async () => {
    const before = JSON.parse((await run(['validate', '--format', 'gitlab'])).stdout) as Array<{ fingerprint: string }>;
    const file = 'agenda/actions/samen-optrekken.md';
    const text = repo.read(file);
    repo.write(file, text.replace('theme: wonen\n', '# een regel erbij\ntheme: wonen\n'));
    try {
      const after = JSON.parse((await run(['validate', '--format', 'gitlab'])).stdout) as Array<{ fingerprint: string; location: { lines: { begin: number } } }>;
      expect(after.map((x) => x.fingerprint)).toEqual(before.map((x) => x.fingerprint));
      expect(after[0]!.location.lines.begin).toBe(6);
    } finally {
      repo.write(file, text);
    }
  });

  it('an empty array when all is well', async () => {
    const clean = makeRepo({ agenda: 'minimal', git: false });
    try {
      expect((await cli(['validate', '--format', 'gitlab'], { cwd: clean.dir })).stdout).toBe('[]\n');
    } finally {
      clean.cleanup();
    }
  });
});

describe('validate FILE…', () => {
  it('only the given file, its cross-references checked against the rest', async () => {
    const r = await run(['validate', '--format', 'json', 'agenda/practices/dorpsplan.md']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; files: number; messages: Array<{ file: string; rule: string }> };
    expect(json.files).toBe(1);
    expect(json.messages.map((x) => x.rule)).toEqual(['municipality-not-member', 'ref-unknown-theme']);
  });

  it('a valid file among invalid ones: exit 0', async () => {
    const r = await run(['validate', 'agenda/themes/wonen.md']);
    expect(r.stdout).toBe('✔ 1 bestand gecontroleerd, geen fouten.\n');
    expect(r.code).toBe(0);
  });

  it('a path outside agenda/ or a missing file: exit 2 with the fix', async () => {
    const outside = await run(['validate', 'README.md']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('README.md is geen bestand van de agenda');
    const missing = await run(['validate', 'agenda/practices/bestaat-niet.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('agenda/practices/bestaat-niet.md bestaat niet.');
  });
});

describe('a bad file name hides nothing', () => {
  it('the name and every other message of that file in one run', async () => {
    repo.write('agenda/practices/Dorpsplan_Vaals.md', '---\ntitle: Dorpsplan\nmunicipality: Vaals\nthemes: [wonen]\ndate: "2026-13-01"\nsummary: Een zin.\nstauts: x\n---\n');
    try {
      const r = await run(['validate', '--format', 'json', 'agenda/practices/Dorpsplan_Vaals.md']);
      const rules = (JSON.parse(r.stdout) as { messages: Array<{ rule: string; line: number }> }).messages.map((x) => `${x.line}:${x.rule}`);
      expect(rules).toEqual(['1:file-name', '5:schema-format', '7:schema-unknown-key']);
    } finally {
      repo.remove('agenda/practices/Dorpsplan_Vaals.md');
    }
  });
});
