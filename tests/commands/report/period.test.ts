/** Pure date arithmetic of the report period: Amsterdam days across DST, strict dates, half years, tag names. */
import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  dayEnd,
  dayStart,
  halfYear,
  inPeriod,
  isDay,
  looksLikeDate,
  nextDay,
  tagName,
  tagPeriodEnd,
} from '../../../src/commands/report/period.js';

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
