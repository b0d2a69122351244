/**
 * Text from content files shown in a terminal: control characters (escape sequences, carriage returns, bells,
 * line breaks inside one message line) become visible `\xNN`/`\uNNNN` escapes, so a file cannot move the
 * cursor, recolour or rewrite what the reader sees.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function printable(s: string): string {
  return s.replace(CONTROL, escape);
}

// eslint-disable-next-line no-control-regex
const CONTROL_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Like `printable`, for text of several lines: line breaks (and tabs) stay, every other control character is escaped. */
export function printableText(s: string): string {
  return s.replace(CONTROL_KEEP_LINES, escape);
}
