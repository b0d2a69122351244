/** The one test of a day written YYYY-MM-DD (src/core/day.ts), at the edges of every part. */
import { describe, expect, it } from 'vitest';
import { isDay } from '../../src/core/day.js';

describe('isDay', () => {
  it('every month has its own last day; February has 29 in a leap year only', () => {
    const last = ['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];
    last.forEach((day, i) => {
      const mm = String(i + 1).padStart(2, '0');
      expect(isDay(`2026-${mm}-${day}`), `2026-${mm}-${day}`).toBe(true);
      expect(isDay(`2026-${mm}-${String(Number(day) + 1)}`), `2026-${mm}-${Number(day) + 1}`).toBe(false);
      expect(isDay(`2026-${mm}-01`)).toBe(true);
      expect(isDay(`2026-${mm}-00`)).toBe(false);
    });
    expect(isDay('2024-02-29')).toBe(true); // divisible by 4
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('1900-02-29')).toBe(false); // by 100, not by 400
    expect(isDay('2000-02-29')).toBe(true); // by 400
  });

  it('years 0000–9999, as the schemas’ format date reads them; months 01–12', () => {
    for (const good of ['0000-01-01', '0026-01-01', '9999-12-31']) expect(isDay(good), good).toBe(true);
    for (const bad of ['2026-00-10', '2026-13-10', '2026-99-10']) expect(isDay(bad), bad).toBe(false);
  });

  it('only ASCII digits, dashes in their places, ten characters', () => {
    // the characters just below and above the digits ('/' and ':') in each part, and other separators
    for (const bad of ['202/-01-01', '202:-01-01', '2026-0/-01', '2026-0:-01', '2026-01-0/', '2026-01-0:', 'abcd-01-01', '-026-01-01']) {
      expect(isDay(bad), bad).toBe(false);
    }
    for (const bad of ['2026/01-01', '2026-01/01', '2026x01x01', '20260-1-01', '2026-1-001']) expect(isDay(bad), bad).toBe(false);
    for (const bad of ['2026-01-1', '2026-01-011', ' 2026-01-01', '2026-01-01 ', '', '２０２６-01-01']) expect(isDay(bad), bad).toBe(false);
  });
});
