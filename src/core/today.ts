/**
 * Today's date (YYYY-MM-DD) in Europe/Amsterdam, the network's time zone. Light: no other imports.
 *
 * By arithmetic for the years of the present EU rule (since 1996: summer time from the last Sunday of March to
 * the last Sunday of October, both at 01:00 UTC; CET +1, CEST +2), because the first `Intl.DateTimeFormat`
 * of a process costs ~20 ms of time-zone start-up; other years (and any time zone rule to come) by Intl.
 */
export function today(now: Date = new Date()): string {
  const ms = now.getTime();
  const year = now.getUTCFullYear();
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a year outside goes to Intl, which gives the same date (the bounds only choose the faster way)
  if (Number.isFinite(ms) && year >= 1996 && year <= 2099) {
    // Stryker disable next-line EqualityOperator: at the change itself (01:00 UTC) either offset gives the same date (02:00 or 03:00 at night)
    const summer = ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9);
    const local = new Date(ms + (summer ? 2 : 1) * HOUR);
    return local.toISOString().slice(0, 10);
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (0-based), in ms since the epoch. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR;
}
