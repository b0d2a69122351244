/**
 * Pure: the body of a submitted issue form (as GitHub and Forgejo render it: `### Label` sections,
 * `_No response_` or `None` for an empty field, `- [X]` / `- [x]` checkboxes) → the value of each field,
 * parsed by the issue-ops form parser against the form's own definition. The body is untrusted text: it is
 * bounded, stripped of control characters and never interpreted beyond these sections.
 */
import { parseIssue } from '@github/issue-parser';
import { m } from '../../i18n/index.js';
import { cleanText } from '../../content/entry-text.js';
import type { Field, Form } from '../forms/build.js';

/** GitHub's limit on an issue body (characters); a larger body is refused before it is parsed. */
export const MAX_BODY_CHARS = 65536;

/** A problem with the submitted form, named by the field it is about (undefined: the whole form). */
export interface Problem {
  field?: string;
  message: string;
  fix: string;
}

export type Value = string | string[] | { selected: string[]; unselected: string[] } | undefined;

export interface ParsedForm {
  values: Map<string, Value>;
  problems: Problem[];
}

/**
 * The body as text the parser may see: LF line ends, no control characters, no trailing blanks per line,
 * runs of white space within a line at most 8 long, at most one blank line in a row, and a final newline. The parser's section pattern backtracks
 * over white space after a `###`; these bounds keep it linear on hostile bodies (a heading followed by
 * 60,000 spaces otherwise takes minutes).
 */
export function normalizeBody(body: string): string {
  const text = cleanText(body.replace(/[^\S\r\n]{9,}/g, '        '));
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Stands in for the middle `#` of a `###` that is not a section heading, while the parser runs. */
const HIDE = '\ue000';

/**
 * The parser starts a section at every `###`, also inside a field's text. Only the headings of the form's
 * own fields, in the form's order and at the start of a line, are kept as sections: any other `###` is
 * hidden from the parser (and restored in the values), so that `### Samenvatting` written inside the
 * description cannot replace the summary.
 */
function hideOtherHeadings(form: Form, text: string): string {
  const labels = form.fields.map((f) => f.label);
  let next = 0;
  return text
    .replaceAll(HIDE, '')
    .split('\n')
    .map((line) => {
      const heading = /^###[ \t]*(.*?)[ \t]*$/.exec(line);
      if (heading) {
        const at = labels.indexOf(heading[1]!, next);
        if (at >= 0 && !line.slice(3).includes('###')) {
          next = at + 1;
          return line;
        }
      }
      return line.replaceAll('###', `#${HIDE}##`);
    })
    .join('\n');
}

function restore(v: Value): Value {
  if (typeof v === 'string') return v.replaceAll(`#${HIDE}##`, '###');
  if (Array.isArray(v)) return v.map((x) => x.replaceAll(`#${HIDE}##`, '###'));
  if (v !== undefined) return { selected: v.selected.map((x) => x.replaceAll(`#${HIDE}##`, '###')), unselected: v.unselected };
  return v;
}

/** The one problem of a form over `MAX_BODY_CHARS` characters. */
export function tooLarge(): Problem {
  return { message: m.intake.tooLarge(MAX_BODY_CHARS), fix: m.intake.tooLongFix(MAX_BODY_CHARS) };
}

export function parseBody(form: Form, formYaml: string, body: string): ParsedForm {
  const values = new Map<string, Value>();
  if (body.length > MAX_BODY_CHARS) return { values, problems: [tooLarge()] };
  const parsed = parseIssue(hideOtherHeadings(form, normalizeBody(body)), formYaml) as Record<string, Value>;
  const ids = new Set(form.fields.map((f) => f.id));
  for (const [key, value] of Object.entries(parsed)) if (ids.has(key)) values.set(key, restore(value));
  if (values.size === 0) return { values, problems: [{ message: m.intake.notAForm, fix: m.intake.notAFormFix }] };
  return { values, problems: [] };
}

/** The text of an input or textarea ('' when empty). */
export function text(v: Value): string {
  return typeof v === 'string' ? v : '';
}

/**
 * The choice of a single-select dropdown ('' when none). The parser splits on commas; an option such as an
 * action title can hold commas itself, so the pieces are joined again.
 */
export function choice(v: Value): string {
  return Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : '';
}

/** The ticked labels of a checkboxes field. */
export function ticked(v: Value): string[] {
  return v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v.selected : [];
}

/** Compare option texts loosely: case, spaces around commas and runs of white space do not count. */
export function sameOption(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** The option of `field` that `value` means, or undefined. */
export function optionOf(field: Field, value: string): string | undefined {
  return (field.options ?? []).find((o) => sameOption(o, value));
}
