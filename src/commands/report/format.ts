/**
 * The report's output formats, and which one a run writes: `--format`, else the extension of `--out`,
 * else Markdown. A `--format` that contradicts the extension, or a document format (bytes) for the
 * screen, is a usage error with the fix. Pure.
 */
import { extname } from 'node:path';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';

export const REPORT_FORMATS = ['md', 'html', 'json', 'odt', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The document formats: bytes, never for the terminal. */
const BINARY_FORMATS: ReadonlySet<ReportFormat> = new Set(['odt', 'docx', 'pdf']);

/** The format an extension of `--out` stands for (lower case, with its dot). */
const FORMAT_BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.odt': 'odt',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export function outputFormat(format: ReportFormat | undefined, out: string | undefined): ReportFormat {
  const t = m.report.documents;
  const extension = out === undefined ? '' : extname(out).toLowerCase();
  const byExtension = FORMAT_BY_EXTENSION[extension];
  if (format !== undefined && byExtension !== undefined && format !== byExtension) {
    throw new UsageError(t.formatConflict(format, extension), t.formatConflictHint(format, extension));
  }
  const chosen = format ?? byExtension ?? 'md';
  if (out === undefined && BINARY_FORMATS.has(chosen)) throw new UsageError(t.binaryNeedsOut(chosen), t.binaryNeedsOutHint(chosen));
  return chosen;
}
