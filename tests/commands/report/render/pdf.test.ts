/**
 * The PDF's print path: the page-number CSS (pure), and the page as Chromium prints it — laid out at the A4
 * text width with print media, nothing sticks out sideways (which would make Chromium shrink every page and
 * lay the document out twice), the page numbers come from the page's own CSS, and the printed PDF stays
 * tagged with every practice title in it. Real Chromium (tests/helpers/browser.ts); without it the browser
 * part is skipped locally, but fails under CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ReportContext } from '../../../../src/commands/report/context.js';
import { renderHtml } from '../../../../src/commands/report/render/html.js';
import { cssString, majorVersion, openPrinter, pageNumberStyle, renderPdf, type Printer } from '../../../../src/commands/report/render/pdf.js';
import { CHROMIUM, launchChromium, needs } from '../../../helpers/browser.js';
import { fixtureContext } from './fixture.js';

describe('the page-number CSS', () => {
  it('is a CSS page-margin box with the Dutch words and both counters', () => {
    expect(pageNumberStyle()).toBe(
      '@page { @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-family: "Segoe UI", Arial, sans-serif; font-size: 8pt; color: #646b6e; } }',
    );
  });

  it('escapes quotes and backslashes in a CSS string and keeps it on one line', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });

  it('reads the major version of a browser version text', () => {
    expect(majorVersion('156.0.7390.54')).toBe(156);
    expect(majorVersion('130.0.1')).toBe(130);
    expect(majorVersion('onbekend')).toBe(0);
  });
});

/** The fixture with many practices, and renamed entries whose old ids are too long for their column. */
function longContext(): ReportContext {
  const ctx = fixtureContext();
  const first = ctx.practices.added[0]!;
  ctx.practices.added = Array.from({ length: 60 }, (_, i) => ({ ...first, id: `${first.id}-${i}`, title: `Voorbeeld nummer ${i + 1} uit de proef` }));
  ctx.changes = Array.from({ length: 40 }, (_, i) => ({
    kind: 'practice' as const,
    id: `statushoudershuisvesting-op-maat-hilvarenbeek-${i}`,
    change: 'renamed' as const,
    previousId: `statushoudershuisvesting-op-maat-in-de-gemeente-hilvarenbeek-${i}`,
    title: `Statushoudershuisvesting op maat ${i}`,
  }));
  return ctx;
}

const tools = needs("the PDF's print page in Chromium", ['chromium', 'poppler']);

describe.skipIf(tools.skip)(tools.title, { timeout: 120_000 }, () => {
  let dir: string;
  let browser: Browser;
  let printer: Printer;

  beforeAll(async () => {
    tools.require();
    dir = mkdtempSync(join(tmpdir(), 'k80-pdf-'));
    [browser, printer] = await Promise.all([launchChromium(), openPrinter(CHROMIUM)]);
  });

  afterAll(async () => {
    await browser?.close();
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints its page numbers from the page CSS (Chromium 131 and later)', () => {
    expect(majorVersion(browser.version())).toBeGreaterThanOrEqual(131);
    expect(printer.marginBoxes).toBe(true);
  });

  it('at the A4 text width in print media, nothing is wider than the page (no shrink-to-fit)', async () => {
    const page = await browser.newPage({ viewport: { width: 680, height: 994 } });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(renderHtml(longContext(), { printStyle: pageNumberStyle() }), { waitUntil: 'load' });
    const widths = await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
    await page.close();
    const [scroll, client] = widths as [number, number];
    expect(client).toBe(680);
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it('the printed PDF is tagged, numbers every page "Pagina n van N" once, and holds every practice title', async () => {
    const pdf = join(dir, 'lang.pdf');
    writeFileSync(pdf, await renderPdf(longContext(), { printer: Promise.resolve(printer) }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    for (let n = 1; n <= pages; n++) expect(text.split(`Pagina ${n} van ${pages}`).length - 1).toBe(1);
    for (let i = 1; i <= 60; i++) expect(text).toContain(`Voorbeeld nummer ${i} uit de proef`);
    // on paper a title link's address follows it; an address shown as the link's text is printed once
    expect(text).toContain('(https://k80.example.nl/voorbeelden/dorpsbudgetten-ameland.html)');
    expect(text).toContain('wonen@ameland.example');
    expect(text).toContain('www.ameland.example/dorpsplan');
    expect(text).not.toContain('mailto:');
    expect(text).not.toContain('(https://www.ameland.example/dorpsplan)');
  });
});
