/** Exact output of `k80 validate` in its three formats, on a small real repository with 2 errors and 1 warning. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../../helpers/repo.js';
import { cli, k80 } from '../../helpers/cli.js';
import { validate } from '../../../src/commands/validate/index.js';
import { render } from '../../../src/commands/validate/format/index.js';
import { escapeData, escapeProperty } from '../../../src/commands/validate/format/github.js';
import { styleFor } from '../../../src/core/style.js';

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo({ agenda: 'minimal', git: false });
  repo.write(
    'agenda/practices/dorpsplan.md',
    '---\ntitle: Dorpsplan met inwoners\nmunicipality: Amelend\nthemes: [wonne]\ndate: "2026-03-05"\nsummary: Inwoners schrijven samen met de gemeente een dorpsplan.\n---\nTekst.\n',
  );
  repo.write('agenda/actions/samen-optrekken.md', '---\ntitle: Samen optrekken\ntheme: wonen\ntype: lobby\nstatus: actve\n---\nTekst.\n');
});
afterAll(() => repo.cleanup());

const ENUM = "'actve' is geen geldige waarde voor Status (status). Kies uit: planned, active, done, dropped.";
const MEMBER =
  "'Amelend' staat niet in de ledenlijst (agenda/k80.yaml). Controleer de schrijfwijze; is het een nieuw lid, vraag het secretariaat de lijst aan te vullen.";
const THEME = "Onbekend thema 'wonne'. Gebruik de id van een thema (de bestandsnaam in agenda/themes/ zonder .md): nabijheid, wonen.";

const PRETTY = `agenda/actions/samen-optrekken.md
  5:9  fout  ${ENUM}
             bedoelde je \`active\`?

agenda/practices/dorpsplan.md
  3:15  waarschuwing  ${MEMBER}
                      bedoelde je \`Ameland\`?
  4:10  fout          ${THEME}
                      bedoelde je \`wonen\`?

✖ 2 fouten en 1 waarschuwing in 2 bestanden (6 gecontroleerd).
`;

describe('k80 validate output', () => {
  it('pretty: grouped per file, aligned, suggestions, Dutch summary (CLI, no colour)', () => {
    const r = k80(['validate'], { cwd: repo.dir });
    expect(r).toEqual({ code: 1, stdout: PRETTY, stderr: '' });
  });

  it('pretty: colours only when asked for', async () => {
    const result = await validate({ root: repo.dir, today: '2026-06-01' });
    expect(await render('pretty', result, { style: await styleFor(false), strict: false })).toBe(PRETTY);
    const coloured = await render('pretty', result, { style: await styleFor(true), strict: false });
    expect(coloured).toContain('\u001b[31mfout\u001b[39m');
    expect(coloured.replaceAll('\u001b', '').replace(/\[\d+m/g, '')).toBe(PRETTY);
  });

  it('json: exactly the documented shape, repo-relative paths, stable order', async () => {
    const r = await cli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      files: 6,
      messages: [
        { file: 'agenda/actions/samen-optrekken.md', line: 5, column: 9, severity: 'error', rule: 'schema-enum', message: ENUM, path: ['status'], candidate: 'active', suggestion: 'bedoelde je `active`?' },
        { file: 'agenda/practices/dorpsplan.md', line: 3, column: 15, severity: 'warning', rule: 'municipality-not-member', message: MEMBER, path: ['municipality'], candidate: 'Ameland', suggestion: 'bedoelde je `Ameland`?' },
        { file: 'agenda/practices/dorpsplan.md', line: 4, column: 10, severity: 'error', rule: 'ref-unknown-theme', message: THEME, path: ['themes', 0], candidate: 'wonen', suggestion: 'bedoelde je `wonen`?' },
      ],
    });
    expect(Object.keys(JSON.parse(r.stdout).messages[0])).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'path', 'candidate', 'suggestion']);
  });

  it('github: workflow commands, warnings as ::warning, then the summary', async () => {
    const r = await cli(['validate', '--format', 'github'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `::error file=agenda/actions/samen-optrekken.md,line=5,col=9,title=k80 schema-enum::${ENUM} (bedoelde je \`active\`?)\n` +
        `::warning file=agenda/practices/dorpsplan.md,line=3,col=15,title=k80 municipality-not-member::${MEMBER} (bedoelde je \`Ameland\`?)\n` +
        `::error file=agenda/practices/dorpsplan.md,line=4,col=10,title=k80 ref-unknown-theme::${THEME} (bedoelde je \`wonen\`?)\n` +
        '✖ 2 fouten en 1 waarschuwing in 2 bestanden (6 gecontroleerd).\n',
    );
  });

  it('github: escapes %, CR and LF in data, and also : and , in properties', async () => {
    expect(escapeData('100% klaar\r\nnu: ja, nee')).toBe('100%25 klaar%0D%0Anu: ja, nee');
    expect(escapeProperty('agenda/a,b:c%.md')).toBe('agenda/a%2Cb%3Ac%25.md');
    const out = await render(
      'github',
      {
        ok: false,
        files: 1,
        messages: [{ file: 'agenda/practices/a,b:c.md', line: 2, column: 3, severity: 'error', rule: 'file-name', message: "Thema '100%': fout,\nhier" }],
      },
      { strict: false },
    );
    expect(out).toBe(
      "::error file=agenda/practices/a%2Cb%3Ac.md,line=2,col=3,title=k80 file-name::Thema '100%25': fout,\\x0Ahier\n" +
        '✖ 1 fout in 1 bestand (1 gecontroleerd).\n',
    );
  });

  it('--strict: warnings become errors, exit 1, ok false', async () => {
    const warnOnly = makeRepo({ agenda: 'minimal', git: false });
    try {
      warnOnly.write('agenda/practices/dorpsplan.md', '---\ntitle: Dorpsplan\nmunicipality: Amelend\nthemes: [wonen]\ndate: "2026-03-05"\nsummary: Samen een plan.\n---\n');
      const plain = await cli(['validate'], { cwd: warnOnly.dir });
      expect(plain.code).toBe(0);
      expect(plain.stdout.split('\n').slice(-2)).toEqual(['⚠ 1 waarschuwing in 1 bestand (5 gecontroleerd), geen fouten.', '']);
      const strict = await cli(['validate', '--strict', '--format', 'json'], { cwd: warnOnly.dir });
      expect(strict.code).toBe(1);
      const parsed = JSON.parse(strict.stdout) as { ok: boolean; messages: Array<{ severity: string; rule: string }> };
      expect(parsed.ok).toBe(false);
      expect(parsed.messages.map((x) => [x.rule, x.severity])).toEqual([['municipality-not-member', 'error']]);
      const strictPretty = await cli(['validate', '--strict'], { cwd: warnOnly.dir });
      expect(strictPretty.stdout.split('\n').slice(-2)).toEqual([
        '✖ 1 fout in 1 bestand (5 gecontroleerd). Met --strict tellen waarschuwingen als fouten.',
        '',
      ]);
    } finally {
      warnOnly.cleanup();
    }
  });

  it('a clean repository: one summary line, exit 0', async () => {
    const clean = makeRepo({ agenda: 'minimal', git: false });
    try {
      expect(await cli(['validate'], { cwd: clean.dir })).toEqual({ code: 0, stdout: '✔ 4 bestanden gecontroleerd, geen fouten.\n', stderr: '' });
      expect(JSON.parse((await cli(['validate', '--format', 'json'], { cwd: clean.dir })).stdout)).toEqual({ ok: true, files: 4, messages: [] });
      expect((await cli(['validate', '--format', 'github'], { cwd: clean.dir })).stdout).toBe('✔ 4 bestanden gecontroleerd, geen fouten.\n');
    } finally {
      clean.cleanup();
    }
  });

  it('a bad --format is a usage error (exit 2)', () => {
    const r = k80(['validate', '--format', 'xml'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Ongeldige waarde 'xml' voor --format");
  });

  it('terminal escape codes from a file are shown as visible text', async () => {
    const evil = makeRepo({ agenda: 'minimal', git: false });
    try {
      evil.write('agenda/practices/x.md', '---\ntitle: x\nmunicipality: Ameland\nthemes: ["\\e[2J\\rwonen"]\ndate: "2026-03-05"\nsummary: s\n---\n');
      const r = await cli(['validate'], { cwd: evil.dir });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain('\r');
      expect(r.stdout).toContain("Onbekend thema '\\x1B[2J\\x0Dwonen'");
    } finally {
      evil.cleanup();
    }
  });

  it('pretty: wraps long messages between words at the terminal width (COLUMNS), under the message column', async () => {
    const r = await cli(['validate'], { cwd: repo.dir, env: { COLUMNS: '60' } });
    expect(r.stdout.split('\n').slice(0, 10).join('\n')).toBe(
      [
        'agenda/actions/samen-optrekken.md',
        "  5:9  fout  'actve' is geen geldige waarde voor Status",
        '             (status). Kies uit: planned, active, done,',
        '             dropped.',
        '             bedoelde je `active`?',
        '',
        'agenda/practices/dorpsplan.md',
        "  3:15  waarschuwing  'Amelend' staat niet in de ledenlijst",
        '                      (agenda/k80.yaml). Controleer de',
        '                      schrijfwijze; is het een nieuw lid,',
      ].join('\n'),
    );
    for (const line of r.stdout.split('\n').filter((l) => !l.startsWith('✖'))) expect(line.length, line).toBeLessThanOrEqual(60);
  });

  it('pretty: a message with an example keeps its lines, indented under the message', async () => {
    const r = makeRepo({ agenda: 'minimal', git: false });
    try {
      r.write('agenda/practices/x.md', '---\ntitle: X\nmunicipality: Ameland\nthemes: wonen\ndate: "2026-03-05"\nsummary: s\n---\n');
      const out = (await cli(['validate'], { cwd: r.dir })).stdout;
      expect(out).toContain(
        "  4:9  fout  Bij Thema's (themes) hoort een lijst, ook als er maar één waarde is: elke waarde op een eigen regel met een streepje ervoor. Bijvoorbeeld:\n" +
          '             themes:\n' +
          '               - wonen\n' +
          '               - nabijheid\n',
      );
    } finally {
      r.cleanup();
    }
  });
});
