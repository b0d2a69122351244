/** Pure date arithmetic of the report period: Amsterdam days across DST, strict dates, half years, tag names. */
import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  dayEnd,
  dayStart,
  halfYear,
  inPeriod,
  looksLikeDate,
  nextDay,
  tagName,
  tagPeriodEnd,
} from '../../../src/commands/report/period.js';
import { isDay } from '../../../src/core/day.js';

const at = (iso: string): number => Date.parse(iso) / 1000;

describe('Amsterdam days', () => {
  it('a day starts at local midnight: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(dayStart('2026-01-01')).toBe(at('2025-12-31T23:00:00Z'));
    expect(dayStart('2026-07-01')).toBe(at('2026-06-30T22:00:00Z'));
  });

  it('the days around the DST changes are 23 and 25 hours long', () => {
    expect(dayEnd('2026-03-29') - dayStart('2026-03-29')).toBe(23 * 3600);
    expect(dayEnd('2026-10-25') - dayStart('2026-10-25')).toBe(25 * 3600);
    expect(dayStart('2026-03-30')).toBe(at('2026-03-29T22:00:00Z'));
    expect(dayStart('2026-10-26')).toBe(at('2026-10-25T23:00:00Z'));
  });

  it('00:30 on 1 July in Amsterdam is 1 July, although it is 30 June in UTC', () => {
    expect(amsterdamDay(at('2026-07-01T00:30:00+02:00'))).toBe('2026-07-01');
    expect(amsterdamDay(at('2026-06-30T23:59:59+02:00'))).toBe('2026-06-30');
    expect(amsterdamDay(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('the day after, across months, years and leap days', () => {
    expect(nextDay('2026-06-30')).toBe('2026-07-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
  });
});

describe('dates and periods from the command line', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isDay('2026-07-01')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-7-1', '26-07-01', '2026-07-01T00:00', '']) {
      expect(isDay(bad), bad).toBe(false);
    }
  });

  it('tells date-like input from revisions', () => {
    expect(looksLikeDate('2026-7-1')).toBe(true);
    expect(looksLikeDate('2026-02-30')).toBe(true);
    expect(looksLikeDate('terugkoppeling-2026-H1')).toBe(false);
    expect(looksLikeDate('HEAD~3')).toBe(false);
  });

  it('half years', () => {
    expect(halfYear('2026-H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYear('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(halfYear('2026-H3')).toBeUndefined();
    expect(halfYear('2026-h1')).toBeUndefined();
    expect(halfYear('26-H1')).toBeUndefined();
  });

  it('inside a period, both ends included', () => {
    expect(inPeriod('2026-01-01', '2026-01-01', '2026-06-30')).toBe(true);
    expect(inPeriod('2026-06-30', '2026-01-01', '2026-06-30')).toBe(true);
    expect(inPeriod('2026-07-01', '2026-01-01', '2026-06-30')).toBe(false);
    expect(inPeriod('2025-12-31', '2026-01-01', '2026-06-30')).toBe(false);
  });
});

describe('terugkoppeling tags', () => {
  it('are named after the half year, or else after the last day', () => {
    expect(tagName('2026-H1', '2026-06-30')).toBe('terugkoppeling-2026-H1');
    expect(tagName(undefined, '2026-09-30')).toBe('terugkoppeling-2026-09-30');
  });

  it('their name tells the last day they covered', () => {
    expect(tagPeriodEnd('terugkoppeling-2026-H1')).toBe('2026-06-30');
    expect(tagPeriodEnd('terugkoppeling-2026-H2')).toBe('2026-12-31');
    expect(tagPeriodEnd('terugkoppeling-2026-09-30')).toBe('2026-09-30');
    expect(tagPeriodEnd('terugkoppeling-2026-09-31')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-voorjaar')).toBeUndefined();
  });
});

describe('the patterns are anchored at both ends', () => {
  it('a date with anything before or after it is not a date', () => {
    for (const bad of ['12026-07-01', 'x2026-07-01', '2026-07-011', '2026-07-01 ', ' 2026-07-01', '2026-07-01\n']) {
      expect(isDay(bad), JSON.stringify(bad)).toBe(false);
      expect(looksLikeDate(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(looksLikeDate('2026-7-01')).toBe(true);
    expect(looksLikeDate('2026-07-1')).toBe(true);
    for (const bad of ['2026-123-1', '2026-1-123', '202-1-1', '20261-1-1', '2026/7/1', '2026-a-1']) expect(looksLikeDate(bad), bad).toBe(false);
  });

  it('the first and last month and day of the year are real dates, their neighbours off the calendar are not', () => {
    for (const good of ['2026-01-01', '2026-12-31', '2026-01-31', '2026-04-30', '2000-02-29', '0026-01-01']) expect(isDay(good), good).toBe(true);
    for (const bad of ['2026-04-31', '1900-02-29', '2026-12-32', '2026-00-01', '2026-01-0a', '2026-1a-01']) expect(isDay(bad), bad).toBe(false);
    // shorter ISO forms that Date.parse accepts are not a day
    for (const bad of ['2026', '2026-07', '2026-07-01T00']) expect(isDay(bad), bad).toBe(false);
  });

  it('a half year with anything before or after it is not a half year', () => {
    for (const bad of ['12026-H1', 'x2026-H1', '2026-H12', '2026-H1 ', '2026-H0', '2026-H']) expect(halfYear(bad), bad).toBeUndefined();
  });

  it('a tag name is a terugkoppeling tag only as a whole', () => {
    expect(tagPeriodEnd('oude-terugkoppeling-2026-H1')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-2026-H1-herzien')).toBeUndefined();
    expect(tagPeriodEnd('oude-terugkoppeling-2026-06-30')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-2026-06-30-herzien')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-2026-6-30')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-2026-H3')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-2026-01-01')).toBe('2026-01-01');
    expect(tagPeriodEnd('2026-H1')).toBeUndefined();
    expect(tagPeriodEnd('2026-06-30')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling-')).toBeUndefined();
    expect(tagPeriodEnd('terugkoppeling_2026-H1')).toBeUndefined();
    expect(tagPeriodEnd('Terugkoppeling-2026-06-30')).toBeUndefined();
  });
});

describe('Amsterdam days, once more at the edges', () => {
  it('the last second of a day and the first of the next', () => {
    expect(amsterdamDay(at('2026-01-01T22:59:59Z'))).toBe('2026-01-01');
    expect(amsterdamDay(at('2026-01-01T23:00:00Z'))).toBe('2026-01-02');
    expect(amsterdamDay(at('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(amsterdamDay(at('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(amsterdamDay(at('2030-11-09T10:00:00Z'))).toBe('2030-11-09');
  });

  it('a day ends where the next begins, in the weeks around both DST changes', () => {
    for (const [first, count] of [['2026-03-25', 10], ['2026-10-21', 10]] as const) {
      let day: string = first;
      for (let i = 0; i < count; i++) {
        const next = nextDay(day);
        expect(dayEnd(day), day).toBe(dayStart(next));
        const hours = (dayEnd(day) - dayStart(day)) / 3600;
        expect(hours === 24 || (day === '2026-03-29' && hours === 23) || (day === '2026-10-25' && hours === 25), day).toBe(true);
        expect(amsterdamDay(dayStart(day)), day).toBe(day);
        expect(amsterdamDay(dayEnd(day) - 1), day).toBe(day);
        day = next;
      }
    }
  });

  it('the day after, in single-digit months and days', () => {
    expect(nextDay('2026-01-08')).toBe('2026-01-09');
    expect(nextDay('2026-09-09')).toBe('2026-09-10');
    expect(nextDay('0999-12-31')).toBe('1000-01-01');
  });
});

describe('amsterdamDay remembered per six hours', () => {
  it('gives the time-zone formatter\'s day for every instant, across midnights and both DST changes', () => {
    const direct = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = at('2025-03-29T00:00:00Z');
    // every 45 minutes and 13 seconds over two years (both ways through the cache), plus the last millisecond of days
    const instants: number[] = [];
    for (let t = start; t < start + 2 * 366 * 86400; t += 2713) instants.push(t);
    for (const iso of ['2025-03-30T00:59:59.999Z', '2025-03-30T01:00:00Z', '2025-10-25T21:59:59.999Z', '2025-10-25T22:00:00Z', '2025-10-26T22:59:59.999Z', '2025-10-26T23:00:00Z']) {
      instants.push(Date.parse(iso) / 1000);
    }
    const wrong = [...instants, ...instants.reverse()].filter((t) => amsterdamDay(t) !== direct.format(new Date(t * 1000)));
    expect(wrong).toEqual([]);
    expect(instants.length).toBeGreaterThan(20_000);
  });
});
