/**
 * The report as a PDF: the HTML page printed by a browser already on the machine (pdf-browser.ts) through
 * playwright-core, which downloads nothing here. Tagged (the structure of the HTML: headings, tables,
 * lists, the charts' text), with an outline (bookmarks from the headings), A4, the page number in the
 * footer, and the document language of the page (`nl`).
 *
 * What keeps the print cheap (measured on the large benchmark repository, see bench/README.md):
 * - the browser is started by `openPrinter` while the report's history is still being read;
 * - the page is laid out for print from the start (print media, a viewport as wide as the A4 text area), so
 *   printing does not lay the whole document out again for the screen first;
 * - the page numbers are CSS page-margin boxes (`@page { @bottom-center }`, Chromium 131 and later), so the
 *   browser does not build, script and lay out a separate footer page for every printed page. Older
 *   browsers get the footer template instead.
 */
import type { Browser, Page } from 'playwright-core';
import type { ReportContext } from '../context.js';
import { m } from '../../../i18n/index.js';
import { UsageError } from '../../../core/errors.js';
import { renderHtml } from './html.js';
import { findBrowser } from './pdf-browser.js';
import { xmlEscape } from './xml.js';

/** The page margins of the PDF, in millimetres. */
const MARGIN_MM = { top: 16, bottom: 18, left: 15, right: 15 } as const;
const A4_MM = { width: 210, height: 297 } as const;
/** CSS pixels per millimetre (96 per inch). */
const PX_PER_MM = 96 / 25.4;
/** The first Chromium major version that prints CSS page-margin boxes. */
const MARGIN_BOXES_FROM = 131;

/** The flags for a headless print: nothing the print does not need (no GPU, no sync, no updates). */
const BROWSER_ARGS = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PdfOptions {
  /** The browser's executable; found on the machine when absent. */
  browser?: string;
  /** A printer already being opened (k80 report starts it while the history is read); closed by its opener. */
  printer?: Promise<Printer>;
}

/** A browser page ready to print one HTML page to PDF. */
export interface Printer {
  /** The browser prints the page numbers from the page's own CSS (`pageNumberStyle`). */
  readonly marginBoxes: boolean;
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A CSS string literal of `value` (quotes, backslashes and line breaks escaped). */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/** The page-number footer as CSS page-margin boxes: "Pagina 3 van 12", centred under the text (pure). */
export function pageNumberStyle(): string {
  const t = m.report.documents;
  const content = `${cssString(`${t.page} `)} counter(page) ${cssString(` ${t.pageOf} `)} counter(pages)`;
  return `@page { @bottom-center { content: ${content}; font-family: "Segoe UI", Arial, sans-serif; font-size: 8pt; color: #646b6e; } }`;
}

/** The same footer for browsers without page-margin boxes: Chromium's footer template. */
function footerTemplate(): string {
  const t = m.report.documents;
  const text = `${xmlEscape(t.page)} <span class="pageNumber"></span> ${xmlEscape(t.pageOf)} <span class="totalPages"></span>`;
  return `<div style="width:100%;text-align:center;font-size:8pt;color:#646b6e;font-family:'Segoe UI',Arial,sans-serif">${text}</div>`;
}

/** The major version of a browser version text such as "156.0.7390.54" (0 when unreadable). */
export function majorVersion(version: string): number {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? major : 0;
}

function launchFailed(executablePath: string, e: unknown): UsageError {
  const t = m.report.documents;
  const reason = ((e as Error).message ?? String(e)).split('\n')[0] ?? '';
  return new UsageError(t.browserFailed(executablePath, reason), t.browserFailedHint);
}

/** Starts the browser and opens a page laid out for print. A browser that does not start: a usage error. */
export async function openPrinter(executablePath: string): Promise<Printer> {
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  } catch (e) {
    throw launchFailed(executablePath, e);
  }
  let page: Page;
  try {
    // the A4 text area as the viewport and print media: the page is laid out once, as it will be printed
    const viewport = {
      width: Math.round((A4_MM.width - MARGIN_MM.left - MARGIN_MM.right) * PX_PER_MM),
      height: Math.round((A4_MM.height - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM),
    };
    page = await browser.newPage({ viewport });
    await page.emulateMedia({ media: 'print' });
    // nothing from outside: the page is self-contained, so any request is refused
    await page.route('**/*', (route) => route.abort());
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw launchFailed(executablePath, e);
  }
  const marginBoxes = majorVersion(browser.version()) >= MARGIN_BOXES_FROM;
  return {
    marginBoxes,
    async print(html: string): Promise<Uint8Array> {
      await page.setContent(html, { waitUntil: 'load' });
      const margin = Object.fromEntries(Object.entries(MARGIN_MM).map(([side, mm]) => [side, `${mm}mm`]));
      const pdf = await page.pdf({
        format: 'A4',
        tagged: true,
        outline: true,
        printBackground: true,
        margin,
        ...(marginBoxes ? {} : { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerTemplate() }),
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    async close(): Promise<void> {
      await browser.close();
    },
  };
}

/** The report as PDF, printed by `options.printer`, else by a browser opened (and closed) for it. */
export async function renderPdf(ctx: ReportContext, options: PdfOptions = {}): Promise<Uint8Array> {
  const own = options.printer === undefined;
  const printer = await (options.printer ?? openPrinter(options.browser ?? findBrowser()));
  try {
    return await printer.print(renderHtml(ctx, printer.marginBoxes ? { printStyle: pageNumberStyle() } : {}));
  } finally {
    if (own) await printer.close();
  }
}
