/**
 * Pure: the markdown comment for the issue: what was made, or a table of what to fix, each row named by
 * the form's field label. Text from the contributor is escaped so that it cannot format the comment,
 * mention people or add HTML.
 */
import { m } from '../../i18n/index.js';
import type { Message } from '../../core/message.js';
import type { Form } from '../forms/build.js';
import type { Problem } from './parse.js';
import { escapeMarkdown } from '../../core/markdown-text.js';

export { escapeMarkdown };

/** The label of a field, or the form's name for a problem with the whole form. */
function labelOf(form: Form, field: string | undefined): string {
  return form.fields.find((f) => f.id === field)?.label ?? form.name;
}

export function problemsComment(form: Form, problems: readonly Problem[]): string {
  const c = m.intake.comment;
  const rows = problems.map((p) => `| ${escapeMarkdown(labelOf(form, p.field))} | ${escapeMarkdown(p.message)} | ${escapeMarkdown(p.fix)} |`);
  return [
    c.problemsIntro,
    '',
    `| ${c.field} | ${c.problem} | ${c.fix} |`,
    '| --- | --- | --- |',
    ...rows,
    '',
    c.problemsOutro,
    '',
  ].join('\n');
}

export function successComment(title: string, file: string, branch: string, warnings: readonly Message[]): string {
  const c = m.intake.comment;
  const lines = [c.successIntro(escapeMarkdown(title)), '', c.successFile(file, branch), ''];
  if (warnings.length > 0) {
    lines.push(c.successWarnings, '', ...warnings.map((w) => `- ${escapeMarkdown(w.message)}`), '');
  }
  lines.push(c.successEdit, '');
  return lines.join('\n');
}

/** The problems as plain lines for the terminal: `Label: message`. */
export function problemsText(form: Form, problems: readonly Problem[]): string {
  const lines = problems.map((p) => `${labelOf(form, p.field)}: ${p.message}`);
  return lines.length === 1 ? lines[0]! : `${m.intake.problems(lines.length)}\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
