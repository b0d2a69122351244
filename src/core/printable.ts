/**
 * Text from content files shown in a terminal: control characters (escape sequences, carriage returns, bells,
 * line breaks inside one message line) become visible `\xNN`/`\uNNNN` escapes, so a file cannot move the
 * cursor, recolour or rewrite what the reader sees.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
