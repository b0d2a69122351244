/**
 * The report as a PDF: the HTML page printed by a browser already on the machine (pdf-browser.ts) through
 * playwright-core, which downloads nothing here. Tagged (the structure of the HTML: headings, tables,
 * lists, the charts' text), with an outline (bookmarks from the headings), A4, the page number in the
 * footer, and the document language of the page (`nl`).
 */
import type { ReportContext } from '../context.js';
import { m } from '../../../i18n/index.js';
import { UsageError } from '../../../core/errors.js';
import { renderHtml } from './html.js';
import { findBrowser } from './pdf-browser.js';
import { xmlEscape } from './xml.js';

export interface PdfOptions {
  /** The browser's executable; found on the machine when absent. */
  browser?: string;
}

function footerTemplate(): string {
  const t = m.report.documents;
  const text = `${xmlEscape(t.page)} <span class="pageNumber"></span> ${xmlEscape(t.pageOf)} <span class="totalPages"></span>`;
  return `<div style="width:100%;text-align:center;font-size:8pt;color:#646b6e;font-family:'Segoe UI',Arial,sans-serif">${text}</div>`;
}

/** The PDF of the HTML page `html` (exported for the tests and the benchmark). */
export async function printPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.browser ?? findBrowser();
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  } catch (e) {
    const t = m.report.documents;
    const reason = ((e as Error).message ?? String(e)).split('\n')[0] ?? '';
    throw new UsageError(t.browserFailed(executablePath, reason), t.browserFailedHint);
  }
  try {
    const page = await browser.newPage();
    // nothing from outside: the page is self-contained, so any request is refused
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      tagged: true,
      outline: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(),
      margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

export async function renderPdf(ctx: ReportContext, options: PdfOptions = {}): Promise<Uint8Array> {
  return printPdf(renderHtml(ctx), options);
}
