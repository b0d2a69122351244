/**
 * The one message type of the tool (after unified/vfile): a finding about a file, with a position, and —
 * as data beside the rendered text — the frontmatter field it is about (`path`) and the value it suggests
 * (`candidate`). Validation returns these; it never throws for bad content.
 */
import { m } from '../i18n/index.js';

export type Severity = 'error' | 'warning';

/** One step of a path into parsed data: a key, or a 0-based list index. */
export type PathSegment = string | number;

export interface Message {
  /** Repository-relative path with forward slashes, e.g. `agenda/practices/dorpsplan.md`. */
  file: string;
  /** 1-based line in the source file. */
  line: number;
  /** 1-based column in the source file. */
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `schema-unknown-key`, `yaml-syntax`, `ref-unknown-theme`. */
  rule: string;
  /** Dutch, human-facing. */
  message: string;
  /** The frontmatter (or YAML file) field the message is about, e.g. `['contact', 'email']`; absent for the body or the whole file. */
  path?: PathSegment[];
  /** The value the suggestion proposes (`municipality` for a misspelt key), as data. */
  candidate?: string;
  /** The rendered "bedoelde je …?" hint. */
  suggestion?: string;
}

export interface Position {
  line: number;
  column: number;
}

/** What a message can carry beside its text: its field path and its suggestion. */
export interface Details {
  path?: readonly PathSegment[];
  candidate?: string;
  suggestion?: string;
}

export function message(
  file: string,
  pos: Position,
  severity: Severity,
  rule: string,
  text: string,
  details: Details = {},
): Message {
  const x: Message = { file, line: pos.line, column: pos.column, severity, rule, message: text };
  if (details.path !== undefined) x.path = [...details.path];
  if (details.candidate !== undefined) x.candidate = details.candidate;
  if (details.suggestion !== undefined) x.suggestion = details.suggestion;
  return x;
}

/** "bedoelde je `x`?" for a candidate (nothing when there is none): the candidate as data and its rendered hint. */
export function didYouMean(candidate: string | undefined, quote = '`'): Pick<Details, 'candidate' | 'suggestion'> {
  return candidate === undefined ? {} : { candidate, suggestion: m.common.didYouMean(`${quote}${candidate}${quote}`) };
}

export const START: Position = { line: 1, column: 1 };

/** Sort by file, then line, then column; stable for equal positions. */
export function sortMessages(messages: Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

export function hasErrors(messages: readonly Message[], strict = false): boolean {
  return messages.some((m) => m.severity === 'error' || (strict && m.severity === 'warning'));
}
