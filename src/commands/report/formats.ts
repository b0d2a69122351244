/**
 * The formats `k80 report` writes and the `--out` extensions that choose them when `--format` is absent. A new
 * format (a document writer) is one row here, plus its renderer in `render/`.
 */
import type { OutFormat } from '../shared/out-file.js';

export const REPORT_FORMATS = [
  { format: 'md', extensions: ['.md', '.markdown'] },
  { format: 'html', extensions: ['.html', '.htm'] },
  { format: 'json', extensions: ['.json'] },
] as const satisfies ReadonlyArray<OutFormat>;

export type ReportFormat = (typeof REPORT_FORMATS)[number]['format'];

export const REPORT_FORMAT_NAMES: readonly ReportFormat[] = REPORT_FORMATS.map((f) => f.format);
