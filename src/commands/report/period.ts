/**
 * Pure date arithmetic of the report period: whole days in Europe/Amsterdam (DST included), strict
 * `YYYY-MM-DD` dates and `YYYY-H1`/`YYYY-H2` half years. No git, no file system.
 */

const TIME_ZONE = 'Europe/Amsterdam';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Looks like someone meant a date (so it is not tried as a git revision). */
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const HALF_PATTERN = /^(\d{4})-H([12])$/;
const TAG_DAY = /^terugkoppeling-(\d{4}-\d{2}-\d{2})$/;
const TAG_HALF = /^terugkoppeling-(\d{4}-H[12])$/;

export const TAG_PREFIX = 'terugkoppeling-';

let formatter: Intl.DateTimeFormat | undefined;
function parts(epochSeconds: number): Record<string, number> {
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
  const out: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(epochSeconds * 1000))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The Amsterdam calendar day (YYYY-MM-DD) of an instant. */
export function amsterdamDay(epochSeconds: number): string {
  const p = parts(epochSeconds);
  return `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}`;
}

/** Offset of Amsterdam from UTC, in seconds, at an instant (3600 in winter, 7200 in summer). */
function offsetAt(epochSeconds: number): number {
  const p = parts(epochSeconds);
  const local = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) / 1000;
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

/** A strict, real calendar date YYYY-MM-DD? */
export function isDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // a month or day off the calendar (00, 13, 31 June) rolls over into another date, so the round trip refuses it
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Something that is meant as a date (digits and dashes), valid or not. */
export function looksLikeDate(value: string): boolean {
  return DATE_LIKE.test(value);
}

/** `YYYY-H1` → 1 January – 30 June, `YYYY-H2` → 1 July – 31 December; undefined when malformed. */
export function halfYear(value: string): { from: string; to: string } | undefined {
  const match = HALF_PATTERN.exec(value);
  if (!match) return undefined;
  const year = match[1] ?? '';
  return match[2] === '1' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/**
 * The last day a `terugkoppeling-*` tag name says its period covered (`terugkoppeling-2026-H1` → 2026-06-30,
 * `terugkoppeling-2026-06-30` → 2026-06-30), or undefined for other names.
 */
export function tagPeriodEnd(name: string): string | undefined {
  const day = TAG_DAY.exec(name)?.[1];
  if (day !== undefined && isDay(day)) return day;
  const half = TAG_HALF.exec(name)?.[1];
  return half === undefined ? undefined : halfYear(half)?.to;
}

/** Name of the tag `--tag` creates: `terugkoppeling-2026-H1` for a half year, else `terugkoppeling-<to>`. */
export function tagName(period: string | undefined, to: string): string {
  return `${TAG_PREFIX}${period ?? to}`;
}

/** Is `day` inside [from, to] (inclusive, YYYY-MM-DD strings compare as dates)? */
export function inPeriod(day: string, from: string, to: string): boolean {
  return day >= from && day <= to;
}
