/**
 * The documents opened by real consumers: LibreOffice (Debian's libreoffice-writer-nogui, headless, with a
 * throw-away profile) converts our ODT and DOCX to text and to PDF; poppler's pdftotext and pdfinfo read
 * those PDFs and our own (printed by Chromium). Each text holds the title, every theme in agenda order, the
 * key figures and a practice's title (pdftotext -layout keeps a table's row on one line); our PDF is tagged, has an outline, A4 pages with page numbers and the
 * document language. Without LibreOffice/poppler/Chromium the tests are skipped locally with a warning, but
 * fail under CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOdt } from '../../../../src/commands/report/render/odt.js';
import { renderDocx } from '../../../../src/commands/report/render/docx.js';
import { renderPdf } from '../../../../src/commands/report/render/pdf.js';
import { fixtureContext } from './fixture.js';

const CHROMIUM = process.env.K80_CHROMIUM ?? '/usr/bin/chromium';
const NOW = new Date('2026-12-01T10:00:00Z');
const TITLE = 'Terugkoppeling K80: 1 januari 2026 – 30 juni 2026';
const THEMES = ['Nabijheid', 'Krachtige en vitale kernen', 'Wonen', 'Sociaal Domein', 'Landelijk Gebied', 'Financiën', 'Eigentijds werkgeverschap', 'Wendbaarheid'];
const KEY_FIGURES: [string, number][] = [
  ['Nieuwe goede voorbeelden', 3],
  ['Acties met een gewijzigde status', 7],
  ['Gewogen actuele onderwerpen', 1],
  ['Wijzigingen (commits)', 23],
];
const PRACTICE = 'Dorpsbudgetten op Ameland';

function has(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const office = has('soffice', ['--version']);
const poppler = has('pdftotext', ['-v']);
const chromium = has(CHROMIUM, ['--version']);

function skipTitle(what: string, present: boolean, install: string): { skip: boolean; title: string } {
  const skip = !present && !process.env.CI;
  const title = skip ? `${what} — SKIPPED: not found (${install}); under CI this fails` : what;
  if (skip) console.warn(`[k80] ${title}`);
  return { skip, title };
}

/** The title, every theme in agenda order, the key figures and a practice's title, in `text`. */
function expectReportText(text: string): void {
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(TITLE);
  let at = flat.indexOf('Kerncijfers');
  expect(at).toBeGreaterThanOrEqual(0);
  for (const [label, value] of KEY_FIGURES) expect(flat).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')} ${value}\\b`));
  for (const theme of THEMES) {
    const next = flat.indexOf(theme, at);
    expect(next, `${theme} after position ${at}`).toBeGreaterThan(at);
    at = next;
  }
  expect(flat).toContain(PRACTICE);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'k80-documents-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lo = skipTitle('ODT and DOCX opened by LibreOffice', office && poppler, 'apt-get install -y libreoffice-writer-nogui poppler-utils');
describe.skipIf(lo.skip)(lo.title, { timeout: 240_000 }, () => {
  let odt: string;
  let docx: string;

  beforeAll(async () => {
    if (!office || !poppler) throw new Error('soffice of pdftotext ontbreekt: apt-get install -y libreoffice-writer-nogui poppler-utils (CI draait deze test altijd).');
    odt = join(dir, 'terugkoppeling.odt');
    docx = join(dir, 'terugkoppeling-word.docx');
    writeFileSync(odt, renderOdt(fixtureContext(), { now: NOW }));
    writeFileSync(docx, await renderDocx(fixtureContext(), { now: NOW }));
    const profile = pathToFileURL(join(dir, 'profiel')).href;
    for (const target of ['txt:Text (encoded):UTF8', 'pdf']) {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', join(dir, 'uit'), odt, docx], {
        stdio: 'pipe',
        timeout: 180_000,
      });
    }
  });

  it('the ODT as text holds the title, the themes in agenda order, the key figures and a practice', () => {
    expectReportText(readFileSync(join(dir, 'uit', 'terugkoppeling.txt'), 'utf8'));
  });

  it('the DOCX as text holds the same', () => {
    expectReportText(readFileSync(join(dir, 'uit', 'terugkoppeling-word.txt'), 'utf8'));
  });

  it('both as PDF hold the same, with the page number in the footer', () => {
    for (const name of ['terugkoppeling.pdf', 'terugkoppeling-word.pdf']) {
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'uit', name), '-'], { encoding: 'utf8' });
      expectReportText(text);
      expect(text).toMatch(/Pagina 1 van \d+/);
    }
  });
});

const pdfCheck = skipTitle('our PDF printed by Chromium', chromium && poppler, 'apt-get install -y chromium poppler-utils');
describe.skipIf(pdfCheck.skip)(pdfCheck.title, { timeout: 120_000 }, () => {
  let pdf: string;

  beforeAll(async () => {
    if (!chromium || !poppler) throw new Error(`${CHROMIUM} of pdftotext ontbreekt: apt-get install -y chromium poppler-utils (CI draait deze test altijd).`);
    pdf = join(dir, 'terugkoppeling.pdf');
    writeFileSync(pdf, await renderPdf(fixtureContext(), { browser: CHROMIUM }));
  });

  it('holds the title, the themes in agenda order, the key figures, a practice and page numbers', () => {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expectReportText(text);
    expect(text).toMatch(/Pagina 1 van \d+/);
  });

  it('is tagged, A4, titled, in Dutch, with an outline of the headings', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m);
    expect(info.split('\n')).toContain(`Title:           ${TITLE}`);
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toMatch(/\/Lang \(nl\)/);
    expect(bytes).toMatch(/\/Outlines \d+ 0 R/);
    expect(bytes).toMatch(/\/Type \/Outlines\s/);
    // the outline's entries are the headings
    const entries = [...bytes.matchAll(/\/Title \(([^()]*)\)/g)].map((match) => match[1]);
    expect(entries).toContain('Kerncijfers');
    expect(entries).toContain('Nabijheid');
    expect(entries).toContain('Wendbaarheid');
  });
});
