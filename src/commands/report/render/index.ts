/**
 * The report renderers: the context → Markdown or HTML (text), or a document (ODT, DOCX, PDF: bytes). Each
 * document writer is loaded only when its format is asked for (docx, resvg and playwright-core are large).
 * (JSON is the context itself: see ../index.ts.)
 */
import type { ReportContext } from '../context.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { Printer } from './pdf.js';

export type TextFormat = 'md' | 'html';
export type DocumentFormat = 'odt' | 'docx' | 'pdf';

export function render(ctx: ReportContext, format: TextFormat): string {
  return format === 'md' ? renderMarkdown(ctx) : renderHtml(ctx);
}

export interface RenderDocumentOptions {
  /** When the document is made (ODT/DOCX metadata). */
  now: Date;
  /** The browser that prints the PDF (found on the machine when absent). */
  browser?: string;
  /** The browser already being started to print the PDF (closed by whoever started it). */
  printer?: Promise<Printer>;
}

export async function renderDocument(ctx: ReportContext, format: DocumentFormat, options: RenderDocumentOptions): Promise<Uint8Array> {
  if (format === 'odt') return (await import('./odt.js')).renderOdt(ctx, options);
  if (format === 'docx') return (await import('./docx.js')).renderDocx(ctx, options);
  return (await import('./pdf.js')).renderPdf(ctx, options);
}

export { renderHtml, renderMarkdown };
