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

/**
 * A whole rendered document (Markdown, HTML, JSON) without raw control characters: in Markdown and HTML they
 * become visible `\xNN`/`\uNNNN` text; in JSON (where they can only stand inside strings) a `\uNNNN` escape,
 * so that the JSON still means the same. Line breaks and tabs stay.
 */
export function visibleControls(text: string, format: 'md' | 'html' | 'json' | string): string {
  if (format !== 'json') return printableText(text);
  return text.replace(CONTROL_KEEP_LINES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
