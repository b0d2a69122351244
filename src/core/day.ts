/**
 * The one test of a day written as `YYYY-MM-DD`: a strict, real calendar date, as the schemas' `format: date`
 * (RFC 3339's full-date, years 0000–9999) reads it. Used for `--from`/`--to`, the forms' date questions, the
 * dates of `## Voortgang` notes and validate's date checks. By arithmetic: no Date, no pattern (it runs for
 * every note of every action in a history).
 */
export function isDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // a month off the calendar (00, 13, or not digits) has no length
  const length = mo === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[mo - 1];
  // Stryker disable next-line ConditionalExpression: `d <= undefined` is false too; the test is for the type
  return y >= 0 && length !== undefined && d >= 1 && d <= length;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written with ASCII digits from `from` to `to`, or -1 when a character there is no digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
