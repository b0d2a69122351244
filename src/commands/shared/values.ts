/** Pure checks used while typing in the form; the schema decides in the end. */
import { m } from '../../i18n/index.js';
import { ContentError } from '../../core/errors.js';
import { dateText } from '../../content/schema.js';
import { isDay } from '../../core/day.js';

/**
 * The one check of a `--date` flag, for add and update alike: exactly a real date as YYYY-MM-DD, no spaces,
 * not empty. Returns the date, or throws a ContentError (exit 1) that names the flag.
 */
export function checkDateFlag(value: string | undefined, flag = '--date'): string | undefined {
  if (value === undefined) return undefined;
  if (!isDay(value)) {
    throw new ContentError(`${flag}: ${dateText(m.content.schema.dateLabel, value)}`, m.add.check.nothingWritten);
  }
  return value;
}

/** An absolute http(s) URL with a host. */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s) || /\s/.test(s)) return false;
  try {
    return new URL(s).hostname !== '';
  } catch {
    return false;
  }
}

/** A plausible e-mail address (the schema's `email` format decides). */
export function isEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
}
