/**
 * Text in the frontmatter that would fool a reader: control characters (C0 except tab and line break, C1,
 * DEL) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what a
 * terminal or browser shows; and a title of only spaces or invisible characters. Errors with the position.
 */
import { m } from '../../../i18n/index.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import type { ParsedSource } from '../../../content/frontmatter.js';
import { eachString, parsedEntries } from './entries.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** White space and characters that show nothing (zero-width space, joiners, word joiner, BOM, soft hyphen). */
const INVISIBLE = /^[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]*$/;

/** `U+202E` for the first control character of `s`, with its 1-based place in the value. */
function describe(s: string): { code: string; at: number } | undefined {
  const hit = CONTROL.exec(s);
  if (!hit) return undefined;
  return { code: `U+${hit[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, at: [...s.slice(0, hit.index)].length + 1 };
}

/**
 * Can a string of this frontmatter hold a control character? Only when the YAML text holds one, or a backslash:
 * an escape in a double-quoted string (`"\u202E"`, `"\e"`, `"\N"`) is the only way YAML makes a character
 * that is not in its text. Most files have neither, and their values need no walk.
 */
function mayHoldControl(source: ParsedSource): boolean {
  const yaml = source.text.slice(0, source.text.length - source.body.length);
  return yaml.includes('\\') || CONTROL.test(yaml);
}

export function text(content: Content): Message[] {
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    if (mayHoldControl(entry.source)) {
      eachString(entry.data, (path, v, key) => {
        const hit = describe(v);
        // Stryker disable next-line StringLiteral: locate only tells 'key' apart; any other value is the value's position
        if (hit) out.push(message(entry.file, entry.source.locate(path, key ? 'key' : 'value'), 'error', 'control-character', m.validate.controlCharacter(hit.code, hit.at), { path }));
      });
    }
    const title = entry.data.title;
    if (typeof title === 'string' && title !== '' && INVISIBLE.test(title)) {
      out.push(message(entry.file, entry.source.locate(['title']), 'error', 'title-empty', m.validate.titleInvisible, { path: ['title'] }));
    }
  }
  return out;
}
