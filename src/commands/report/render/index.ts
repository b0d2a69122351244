/** The report renderers: the context → Markdown, HTML or JSON. Pure functions. */
import type { ReportContext } from '../context.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export type ReportFormat = 'md' | 'html' | 'json';

export function render(ctx: ReportContext, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(ctx);
    case 'html':
      return renderHtml(ctx);
    case 'json':
      return `${JSON.stringify(ctx, null, 2)}\n`;
  }
}

export { renderHtml, renderMarkdown };
export { formatDate } from './labels.js';
