/**
 * Pure date arithmetic of the report period: whole days in Europe/Amsterdam (DST included), strict
 * `YYYY-MM-DD` dates and `YYYY-H1`/`YYYY-H2` half years. No git, no file system.
 */
import { isDay } from '../../core/day.js';
import { today } from '../../core/today.js';

const TIME_ZONE = 'Europe/Amsterdam';

/** Looks like someone meant a date (so it is not tried as a git revision). */
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const HALF_PATTERN = /^(\d{4})-H([12])$/;

export const TAG_PREFIX = 'terugkoppeling-';

let formatter: Intl.DateTimeFormat | undefined;
interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}
function parts(epochSeconds: number): Parts {
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  // Stryker disable next-line ObjectLiteral: the formatter gives every one of these parts, so the zeros are always overwritten
  const out: Parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  // every part the formatter gives has a type named in Parts; the separators land under `literal`, never read
  for (const p of formatter.formatToParts(new Date(epochSeconds * 1000))) (out as unknown as Record<string, number>)[p.type] = Number(p.value);
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The Amsterdam calendar day (YYYY-MM-DD) of an instant: the one rule of `today()`. A history asks this for
 * thousands of commits; for the years of the present EU summer-time rule it is arithmetic, not the slow
 * time-zone formatter.
 */
export function amsterdamDay(epochSeconds: number): string {
  return today(new Date(epochSeconds * 1000));
}

/** Offset of Amsterdam from UTC, in seconds, at an instant (3600 in winter, 7200 in summer). */
function offsetAt(epochSeconds: number): number {
  const p = parts(epochSeconds);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000;
  return local - Math.floor(epochSeconds);
}

/** The instant (epoch seconds) at which `day` (YYYY-MM-DD) begins in Amsterdam. */
export function dayStart(day: string): number {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d) / 1000;
  // midnight is never inside a DST gap in Amsterdam (changes happen at 02:00/03:00): two rounds settle it
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  return t;
}

/** The day after `day`. */
export function nextDay(day: string): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d + 1));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The instant at which `day` ends in Amsterdam (exclusive): the start of the next day. */
export function dayEnd(day: string): number {
  return dayStart(nextDay(day));
}

/** Something that is meant as a date (digits and dashes), valid or not. */
export function looksLikeDate(value: string): boolean {
  return DATE_LIKE.test(value);
}

/** `YYYY-H1` → 1 January – 30 June, `YYYY-H2` → 1 July – 31 December; undefined when malformed. */
export function halfYear(value: string): { from: string; to: string } | undefined {
  const match = HALF_PATTERN.exec(value);
  if (!match) return undefined;
  const year = match[1]!;
  return match[2] === '1' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/**
 * The last day a `terugkoppeling-*` tag name says its period covered (`terugkoppeling-2026-H1` → 2026-06-30,
 * `terugkoppeling-2026-06-30` → 2026-06-30), or undefined for other names.
 */
export function tagPeriodEnd(name: string): string | undefined {
  if (!name.startsWith(TAG_PREFIX)) return undefined;
  const period = name.slice(TAG_PREFIX.length);
  return isDay(period) ? period : halfYear(period)?.to;
}

/** Name of the tag `--tag` creates: `terugkoppeling-2026-H1` for a half year, else `terugkoppeling-<to>`. */
export function tagName(period: string | undefined, to: string): string {
  return `${TAG_PREFIX}${period ?? to}`;
}

/** Is `day` inside [from, to] (inclusive, YYYY-MM-DD strings compare as dates)? */
export function inPeriod(day: string, from: string, to: string): boolean {
  return day >= from && day <= to;
}
