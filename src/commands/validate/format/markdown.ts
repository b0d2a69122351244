/**
 * A Dutch summary in markdown (for a job summary on GitHub or a comment on Forgejo): the closing line, then
 * a table with file, line, kind, message and fix. Text from content is escaped (no HTML, no mentions).
 */
import { m } from '../../../i18n/index.js';
import { escapeMarkdown } from '../../../core/markdown-text.js';
import { printable } from '../../../core/printable.js';
import type { ValidateResult } from '../check-content.js';
import { summary } from './pretty.js';

export function markdown(result: ValidateResult, options: { strict: boolean }): string {
  const f = m.forge;
  const cell = (s: string): string => escapeMarkdown(printable(s));
  const lines = [`## ${f.markdownTitle}`, '', cell(summary(result, { strict: options.strict })), ''];
  if (result.messages.length > 0) {
    lines.push(
      `| ${f.markdownFile} | ${f.markdownLine} | ${f.markdownSeverity} | ${f.markdownMessage} | ${f.markdownFix} |`,
      '| --- | ---: | --- | --- | --- |',
      ...result.messages.map(
        (x) => `| \`${printable(x.file).replace(/`/g, "'")}\` | ${x.line} | ${m.validate.severity[x.severity]} | ${cell(x.message)} | ${x.suggestion ? cell(x.suggestion) : ''} |`,
      ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
