/**
 * The one message type of the tool (after unified/vfile): a finding about a file, with a position.
 * Validation returns these; it never throws for bad content.
 */
export type Severity = 'error' | 'warning';

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
  /** Optional "bedoelde je …?" style hint. */
  suggestion?: string;
}

export interface Position {
  line: number;
  column: number;
}

export function message(
  file: string,
  pos: Position,
  severity: Severity,
  rule: string,
  text: string,
  suggestion?: string,
): Message {
  const m: Message = { file, line: pos.line, column: pos.column, severity, rule, message: text };
  if (suggestion !== undefined) m.suggestion = suggestion;
  return m;
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
