/** Today's date (YYYY-MM-DD) in Europe/Amsterdam, the network's time zone. Light: no other imports. */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
