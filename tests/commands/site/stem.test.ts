import { describe, expect, it } from 'vitest';
import { stem, stemSource, STOP_WORDS } from '../../../src/commands/site/stem.js';
import { searchIndexScript } from '../../../src/commands/site/pages/catalogue.js';

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
  it('leaves the stop words out of the index, and gives the browser the same list', () => {
    const script = searchIndexScript([{ id: 'a', title: 'De woning van het dorp', summary: 'Een plan zonder kosten', text: 'Wij bouwen en wonen.', municipality: 'Asten', tags: '' }]);
    const index = JSON.parse(script.slice(script.indexOf('{'), script.lastIndexOf('}') + 1)) as { index: Array<[string, unknown]> };
    const terms = index.index.map(([term]) => term);
    expect(terms).toContain(stem('woning'));
    expect(terms).toContain(stem('dorp'));
    for (const word of ['de', 'van', 'het', 'een', 'zonder', 'en']) expect(terms).not.toContain(word);
    const { STOP } = new Function(`${stemSource} return { STOP };`)() as { STOP: Record<string, boolean> };
    expect(Object.keys(STOP).sort()).toEqual([...STOP_WORDS].sort());
  });
});
