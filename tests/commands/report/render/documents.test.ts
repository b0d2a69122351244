/**
 * The documents opened by real consumers: LibreOffice (Debian's libreoffice-writer-nogui, headless, with a
 * throw-away profile) opens our ODT and DOCX and prints them to PDF, both in one call; poppler's pdftotext
 * and pdfinfo read those PDFs and our own (printed by Chromium, tests/helpers/browser.ts). Each text holds
 * the title, every theme in agenda order, the key figures and a practice's title (pdftotext -layout keeps a
 * table's row on one line) and the page number of the footer; our PDF is tagged, has an outline, A4 pages
 * and the document language. Without LibreOffice/poppler/Chromium the tests are skipped locally with a
 * warning, but fail under CI.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOdt } from '../../../../src/commands/report/render/odt.js';
import { renderDocx } from '../../../../src/commands/report/render/docx.js';
import { renderPdf } from '../../../../src/commands/report/render/pdf.js';
import { CHROMIUM, needs } from '../../../helpers/browser.js';
import { fixtureContext } from './fixture.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const TITLE = 'Terugkoppeling K80: 1 januari 2026 – 30 juni 2026';
const THEMES = ['Nabijheid', 'Krachtige en vitale kernen', 'Wonen', 'Sociaal Domein', 'Landelijk Gebied', 'Financiën', 'Eigentijds werkgeverschap', 'Wendbaarheid'];
const KEY_FIGURES: [string, number][] = [
  ['Nieuwe goede voorbeelden', 3],
  ['Nieuwe acties', 1],
  ['Acties met een gewijzigde status', 6],
  ['Gewogen actuele onderwerpen', 1],
  ['Wijzigingen (commits)', 23],
];
const PRACTICE = 'Dorpsbudgetten op Ameland';

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

/** pdftotext's text of the PDF at `path`, laid out (a table's row on one line). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

const lo = needs('ODT and DOCX opened by LibreOffice', ['office', 'poppler']);
describe.skipIf(lo.skip)(lo.title, { timeout: 240_000 }, () => {
  beforeAll(async () => {
    lo.require();
    const odt = join(dir, 'terugkoppeling.odt');
    const docx = join(dir, 'terugkoppeling-word.docx');
    writeFileSync(odt, renderOdt(fixtureContext(), { now: NOW }));
    writeFileSync(docx, await renderDocx(fixtureContext(), { now: NOW }));
    // one LibreOffice start, one fresh profile, both documents
    const profile = pathToFileURL(join(dir, 'profiel')).href;
    await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'uit'), odt, docx], { timeout: 180_000 });
  });

  it('the ODT as LibreOffice prints it holds the title, the themes in agenda order, the key figures, a practice and the page number in the footer', () => {
    const text = pdfText(join(dir, 'uit', 'terugkoppeling.pdf'));
    expectReportText(text);
    expect(text).toMatch(/Pagina 1 van \d+/);
  });

  it('the DOCX as LibreOffice prints it holds the same', () => {
    const text = pdfText(join(dir, 'uit', 'terugkoppeling-word.pdf'));
    expectReportText(text);
    expect(text).toMatch(/Pagina 1 van \d+/);
  });
});

const pdfCheck = needs('our PDF printed by Chromium', ['chromium', 'poppler']);
describe.skipIf(pdfCheck.skip)(pdfCheck.title, { timeout: 120_000 }, () => {
  let pdf: string;

  beforeAll(async () => {
    pdfCheck.require();
    pdf = join(dir, 'terugkoppeling.pdf');
    writeFileSync(pdf, await renderPdf(fixtureContext(), { browser: CHROMIUM }));
  });

  it('holds the title, the themes in agenda order, the key figures, a practice and page numbers', () => {
    const text = pdfText(pdf);
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
