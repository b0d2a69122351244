/**
 * `k80 report` writing the documents as a user runs it (the CLI edge, in process): the extension of --out picks the
 * format, a contradiction with --format and a document for the screen are exit 2 with the fix, a missing
 * browser for the PDF is exit 2 naming what to install; nothing is written then.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { CHROMIUM, needs } from '../../helpers/browser.js';
import { cli } from '../../helpers/cli.js';
import { makeRepo, practiceText, type TestRepo } from '../../helpers/repo.js';

let repo: TestRepo;

beforeAll(() => {
  repo = makeRepo({ agenda: 'minimal' });
  // the secretary's foreword of the period (without it, k80 says on stderr how to add one)
  repo.write('agenda/terugkoppeling/2026-H2.md', '---\nhighlights:\n  - Ameland deelt zijn dorpsplan.\n---\nBeste leden,\n');
  repo.commit('Basis', '2026-07-01T10:00:00+02:00');
  repo.write('agenda/practices/dorpsplan-ameland.md', practiceText());
  repo.commit('Goed voorbeeld Ameland', '2026-09-01T10:00:00+02:00');
});

afterAll(() => repo.cleanup());

const report = (args: string[], env?: NodeJS.ProcessEnv) => cli(['report', '--period', '2026-H2', ...args], { cwd: repo.dir, env });

describe('k80 report --out <document>', () => {
  it('--out terugkoppeling-2026-H2.odt writes an ODT (the extension picks the format) and says where', async () => {
    const r = await report(['--out', 'terugkoppeling-2026-H2.odt']);
    const target = join(repo.dir, 'terugkoppeling-2026-H2.odt');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Terugkoppeling geschreven naar ${target}\n`);
    const files = unzipSync(readFileSync(target));
    expect(strFromU8(files.mimetype!)).toBe('application/vnd.oasis.opendocument.text');
    expect(strFromU8(files['content.xml']!)).toContain('Terugkoppeling K80: 1 juli 2026 – 31 december 2026');
    expect(strFromU8(files['content.xml']!)).toContain('Dorpsplan');
  });

  it('--out t.docx writes a Word document; --format docx with it is the same', async () => {
    for (const args of [['--out', 't.docx'], ['--format', 'docx', '--out', 't.docx']]) {
      const r = await report(args);
      expect(r.code).toBe(0);
      const files = unzipSync(readFileSync(join(repo.dir, 't.docx')));
      expect(strFromU8(files['word/document.xml']!)).toContain('Terugkoppeling K80: 1 juli 2026 – 31 december 2026');
    }
  });

  it('--out t.html without --format writes HTML, not Markdown', async () => {
    expect((await report(['--out', 't.html'])).code).toBe(0);
    expect(readFileSync(join(repo.dir, 't.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('a document for the screen is exit 2 with the fix, and nothing on stdout', async () => {
    expect(await report(['--format', 'odt'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Fout: Een ODT-bestand kan niet op het scherm worden getoond.\n' +
        'Oplossing: Geef met --out een bestandsnaam, bijvoorbeeld --out terugkoppeling.odt. Voor tekst op het scherm: --format md.\n',
    });
    expect((await report(['--format', 'pdf'])).code).toBe(2);
  });

  it('--format that contradicts the extension of --out is exit 2 with the fix; nothing is written', async () => {
    expect(await report(['--format', 'pdf', '--out', 'tegenstrijdig.odt'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Fout: --format pdf past niet bij de bestandsnaam van --out (.odt).\n' +
        'Oplossing: Laat --format weg (de extensie .odt kiest het formaat), of geef --out een naam die eindigt op .pdf.\n',
    });
    expect((await report(['--format', 'md', '--out', 'tegenstrijdig.HTML'])).code).toBe(2);
    expect(existsSync(join(repo.dir, 'tegenstrijdig.odt'))).toBe(false);
    expect(existsSync(join(repo.dir, 'tegenstrijdig.HTML'))).toBe(false);
  });

  it('a PDF without a browser is exit 2 naming what to install and that HTML prints to PDF by hand', async () => {
    const r = await report(['--out', 'geen-browser.pdf'], { K80_BROWSER: join(repo.dir, 'bestaat-niet') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Fout: K80_BROWSER wijst naar ${join(repo.dir, 'bestaat-niet')}, maar dat bestand bestaat niet.\n`);
    expect(r.stderr).toContain('Installeer Google Chrome of Chromium');
    expect(r.stderr).toContain('--format html');
    expect(existsSync(join(repo.dir, 'geen-browser.pdf'))).toBe(false);
  });

  const printing = needs('--out t.pdf prints the PDF with the browser K80_BROWSER names', ['chromium']);
  it.skipIf(printing.skip)(printing.title, { timeout: 60_000 }, async () => {
    printing.require();
    const r = await report(['--out', 't.pdf'], { K80_BROWSER: CHROMIUM });
    expect(r.code).toBe(0);
    const pdf = readFileSync(join(repo.dir, 't.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
  });
});
