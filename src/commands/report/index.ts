/**
 * `k80 report`: the twice-yearly terugkoppeling. `report()` collects the context from git history;
 * `main` renders it (Markdown, HTML, the context itself as JSON, or a document: ODT, DOCX, PDF), writes it
 * and optionally tags the end of the period.
 */
import { resolve } from 'node:path';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';
import { visibleControls } from '../../core/printable.js';
import { createTag, tagExists } from '../../git/log.js';
import type { BaseOptions, Outcome } from '../types.js';
import type { ReportCliOptions } from './options.js';
import { collect, type Collected, type PeriodRequest } from './collect.js';
import { outputFormat, type ReportFormat } from './format.js';
import type { Printer } from './render/pdf.js';

export type { ReportContext } from './context.js';
export type { Collected } from './collect.js';

/** The data function: the report context of the requested period, and the tag that would mark its end. */
export async function report(options: PeriodRequest & { root: string }): Promise<Collected> {
  return collect(options.root, options);
}

export async function main(options: ReportCliOptions & BaseOptions & { now?: Date }): Promise<Outcome> {
  // what is written where is settled before the history is read: a wrong combination fails at once
  const format = outputFormat(options.format, options.out);
  // the PDF's browser starts now, while the history is read, and is closed whatever happens next
  const printer = format === 'pdf' ? (await startPrinter()).opening : undefined;
  try {
    return await write(options, format, printer);
  } finally {
    if (printer) await printer.then((p) => p.close()).catch(() => undefined);
  }
}

/** The browser is found at once (none: the usage error before any work); its start is awaited when printing. */
async function startPrinter(): Promise<{ opening: Promise<Printer> }> {
  const { findBrowser } = await import('./render/pdf-browser.js');
  const browser = findBrowser();
  const { openPrinter } = await import('./render/pdf.js');
  const printer = openPrinter(browser);
  // a failed start is reported where the PDF is printed; until then the rejection is not left unhandled
  printer.catch(() => undefined);
  return { opening: printer };
}

async function write(options: ReportCliOptions & BaseOptions & { now?: Date }, format: ReportFormat, printer: Promise<Printer> | undefined): Promise<Outcome> {
  const { context, tag, unfinished, foreword } = await report(options);
  if (options.tag) {
    if (tag.commit === null) throw new UsageError(m.report.tagNoCommit, m.report.tagNoCommitHint);
    if (tagExists(options.root, tag.name)) throw new UsageError(m.report.tagExists(tag.name), m.report.tagExistsHint);
  }
  // JSON is the context itself: the renderers (unified, remark) are loaded only for the other formats
  let output: string | Uint8Array;
  if (format === 'json') output = `${JSON.stringify(context, null, 2)}\n`;
  else if (format === 'md' || format === 'html') output = (await import('./render/index.js')).render(context, format);
  else output = await (await import('./render/index.js')).renderDocument(context, format, { now: options.now ?? new Date(), ...(printer ? { printer } : {}) });
  // a contributor's control characters (terminal escapes, bidi overrides) never reach a terminal or file raw
  if (typeof output === 'string') output = visibleControls(output, format);

  const info: string[] = [];
  if (options.out !== undefined) {
    const target = resolve(options.cwd, options.out);
    const { writeOutFile } = await import('../shared/out-file.js');
    writeOutFile(target, output, options.root);
    info.push(m.report.written(target));
  }
  if (options.tag && tag.commit !== null) {
    if (unfinished !== undefined) info.push(m.report.unfinished(unfinished, context.period.to));
    createTag(options.root, tag.name, tag.commit);
    info.push(m.report.tagged(tag.name, tag.commit.slice(0, 12)));
  }
  const lines = (list: string[]): string => list.map((l) => `${l}\n`).join('');
  const warnings = context.warnings.map((w) => `${m.common.warningPrefix} ${w}`);
  // how to add the secretary's own words: on stderr, never in the report
  if (!foreword.found) warnings.push(m.report.forewordMissing(foreword.file));
  // the report on stdout keeps it clean for a pipe: what was done goes to stderr then (only text reaches stdout)
  if (options.out === undefined) return { stdout: String(output), stderr: lines([...warnings, ...info]), exitCode: 0 };
  return { stdout: lines(info), stderr: lines(warnings), exitCode: 0 };
}
