/** The report renderers: the context → Markdown or HTML. Pure functions. (JSON is the context itself: see ../index.ts.) */
import type { ReportContext } from '../context.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export function render(ctx: ReportContext, format: 'md' | 'html'): string {
  return format === 'md' ? renderMarkdown(ctx) : renderHtml(ctx);
}

export { renderHtml, renderMarkdown };
