/** The flags of `k80 report` as commander hands them over: shared by its command.ts (wiring) and index.ts (the work). */
import type { ReportFormat } from './format.js';

export interface ReportCliOptions {
  from?: string;
  to?: string;
  period?: string;
  /** Absent: the extension of --out picks it, else md. */
  format?: ReportFormat;
  out?: string;
  tag: boolean;
  authors: boolean;
}
