import { describe, expect, it } from 'vitest';
import { today } from '../../src/core/today.js';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR = 3_600_000;

/** Every instant where today() and the time-zone database disagree (empty means the same answers). */
function differences(instants: Iterable<number>): string[] {
  const out: string[] = [];
  for (const ms of instants) {
    const d = new Date(ms);
    const want = intl.format(d);
    if (today(d) !== want) out.push(`${d.toISOString()}: ${today(d)} ≠ ${want}`);
  }
  return out;
}

function* steps(from: number, to: number, step: number): Generator<number> {
  for (let t = from; t < to; t += step) yield t;
}

describe('today (Europe/Amsterdam without Intl)', () => {
  it('gives the date the time-zone database gives, every 31 hours from 1995 (every hour of the day in turn) to 2100', () => {
    expect(differences(steps(Date.UTC(1995, 0, 1), Date.UTC(2100, 1, 1), 31 * HOUR))).toEqual([]);
  });

  it('switches at the right minute around every change of summer time, 1996–2099', () => {
    const around = function* () {
      for (let year = 1996; year <= 2099; year++) {
        for (const month of [2, 9]) {
          // the last Sunday of March and of October, the change at 01:00 UTC
          const last = new Date(Date.UTC(year, month + 1, 0));
          const sunday = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
          yield* steps(sunday - 3 * HOUR, sunday + 26 * HOUR, 15 * 60_000);
        }
      }
    };
    expect(differences(around())).toEqual([]);
  });

  it('gives the date just before and after midnight in winter and in summer', () => {
    expect(today(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(today(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(today(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
    expect(today(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });

  it('leaves other years to the time-zone database', () => {
    expect(differences([Date.UTC(1980, 5, 30, 22, 30), Date.UTC(1990, 8, 29, 23, 30), Date.UTC(2150, 6, 1, 22, 30)])).toEqual([]);
  });
});
