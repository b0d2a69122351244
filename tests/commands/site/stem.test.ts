import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/commands/site/stem.js';

describe('the Dutch stemmer of the search', () => {
  it('maps plural and singular to the same stem', () => {
    for (const [a, b] of [['woningen', 'woning'], ['gemeenten', 'gemeente'], ['kernen', 'kern'], ['huizen', 'huis'], ['brieven', 'brief'], ['plannen', 'plan'], ['mogelijkheden', 'mogelijkheid'], ['bewoners', 'bewoner'], ['Financiën', 'financien']]) {
      expect(stem(a ?? ''), `${a} / ${b}`).toBe(stem(b ?? ''));
    }
  });
  it('leaves short words and numbers alone', () => {
    expect(stem('wmo')).toBe('wmo');
    expect(stem('2026')).toBe('2026');
  });
  it('is self-contained, so that the browser can run its source', () => {
    const browserStem = new Function(`${`var stem = ${stem.toString()};`} return stem;`)() as (s: string) => string;
    expect(browserStem('woningen')).toBe(stem('woningen'));
  });
});
