import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, percent, verdictFor } from '../../src/scoring/assess.js';
import { parseYamlSource } from '../../src/content/frontmatter.js';
import type { Framework } from '../../src/content/types.js';
import { PROJECT } from '../helpers/repo.js';
import { gen, randomFramework, randomScores, referenceTotal } from './random.js';

const RUNS = 400;
const shipped = parseYamlSource('agenda/afwegingskader.yaml', readFileSync(join(PROJECT, 'agenda', 'afwegingskader.yaml'))).data as Framework;

function scoresOf(framework: Framework, values: number[]): Record<string, number> {
  return Object.fromEntries(framework.criteria.map((c, i) => [c.id, values[i]!]));
}

/** A framework with `n` criteria of weight 1 and scale 0..max. */
function flat(n: number, max: number, thresholds: Framework['thresholds'], knockout = false): Framework {
  const labels = Object.fromEntries(Array.from({ length: max + 1 }, (_, v) => [String(v), `l${v}`]));
  const criteria = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, question: 'q', help: 'h', weight: 1, knockout: knockout && i === 0 }));
  return { version: 1, scale: { min: 0, max, labels }, criteria, thresholds };
}

describe('assess on the shipped framework', () => {
  it('computes the worked example of the README', () => {
    // impact 3, agenda 2, added-value 2, influence 3, support 1, capacity 1 → (9+4+6+6+2+1)/39 = 28/39 = 71.79…
    const r = assess(shipped, { impact: 3, agenda: 2, 'added-value': 2, influence: 3, support: 1, capacity: 1 });
    expect(r).toEqual({
      total: 72,
      verdict: 'take-up',
      knockout: null,
      points: {
        impact: { weight: 3, score: 3, weighted: 9, max: 9 },
        agenda: { weight: 2, score: 2, weighted: 4, max: 6 },
        'added-value': { weight: 3, score: 2, weighted: 6, max: 9 },
        influence: { weight: 2, score: 3, weighted: 6, max: 6 },
        support: { weight: 2, score: 1, weighted: 2, max: 6 },
        capacity: { weight: 1, score: 1, weighted: 1, max: 3 },
      },
    });
  });

  it('declines on a knockout at 0 even with everything else at the top', () => {
    const r = assess(shipped, { impact: 3, agenda: 3, 'added-value': 0, influence: 3, support: 3, capacity: 3 });
    expect(r.total).toBe(77);
    expect(r.verdict).toBe('decline');
    expect(r.knockout).toBe('added-value');
  });

  it('names the first knockout in framework order when several apply', () => {
    const r = assess(shipped, { impact: 0, agenda: 3, 'added-value': 0, influence: 3, support: 3, capacity: 3 });
    expect(r.knockout).toBe('impact');
  });

  it('gives 0 and 100 at the ends of the scale', () => {
    expect(assess(shipped, scoresOf(shipped, [0, 0, 0, 0, 0, 0])).total).toBe(0);
    expect(assess(shipped, scoresOf(shipped, [3, 3, 3, 3, 3, 3])).total).toBe(100);
  });
});

describe('rounding', () => {
  it('rounds an exact half up', () => {
    expect(percent(1n, 8n)).toBe(13); // 12.5
    expect(percent(3n, 8n)).toBe(38); // 37.5
    expect(percent(1n, 3n)).toBe(33);
    expect(percent(2n, 3n)).toBe(67);
    expect(percent(0n, 5n)).toBe(0);
    expect(percent(5n, 5n)).toBe(100);
  });

  it('uses exact decimals where floats would drift (62.4999… in floating point is 62.5)', () => {
    const fw: Framework = {
      version: 1,
      scale: { min: 0, max: 3, labels: { 0: 'a', 1: 'b', 2: 'c', 3: 'd' } },
      criteria: [
        { id: 'a', question: 'q', help: 'h', weight: 0.1 },
        { id: 'b', question: 'q', help: 'h', weight: 0.2 },
        { id: 'c', question: 'q', help: 'h', weight: 1.3 },
      ],
      thresholds: { 'take-up': 63, monitor: 40 },
    };
    expect(Math.round((100 * (0.2 * 2 + 1.3 * 2)) / ((0.1 + 0.2 + 1.3) * 3))).toBe(62); // the float trap
    const r = assess(fw, { a: 0, b: 2, c: 2 });
    expect(r.total).toBe(63);
    expect(r.verdict).toBe('take-up');
    expect(r.points.b!.weighted).toBe(0.4);
    expect(r.points.c!.weighted).toBe(2.6);
  });

  it('reads weights written with an exponent exactly', () => {
    const fw = flat(2, 1, { 'take-up': 60, monitor: 40 });
    fw.criteria[0]!.weight = 1e-7;
    fw.criteria[1]!.weight = 3e-7;
    expect(assess(fw, { c0: 1, c1: 0 }).total).toBe(25);
  });
});

describe('threshold boundaries on a framework where 65 and 40 are reachable', () => {
  // 4 criteria of weight 1 on 0..5: totals are multiples of 5
  const fw = flat(4, 5, { 'take-up': 65, monitor: 40 });
  const cases: Array<[number[], number, string]> = [
    [[5, 5, 3, 0], 65, 'take-up'],
    [[5, 5, 2, 0], 60, 'monitor'],
    [[4, 4, 0, 0], 40, 'monitor'],
    [[4, 3, 0, 0], 35, 'decline'],
    [[5, 5, 5, 5], 100, 'take-up'],
    [[0, 0, 0, 0], 0, 'decline'],
  ];
  for (const [values, total, verdict] of cases) {
    it(`${values.join(',')} → ${total} → ${verdict}`, () => {
      const r = assess(fw, scoresOf(fw, values));
      expect([r.total, r.verdict]).toEqual([total, verdict]);
    });
  }

  it('a threshold of 0 takes up everything without a knockout, 100 only the perfect score', () => {
    expect(assess(flat(2, 3, { 'take-up': 0, monitor: 0 }), { c0: 0, c1: 0 }).verdict).toBe('take-up');
    expect(assess(flat(2, 3, { 'take-up': 100, monitor: 100 }), { c0: 3, c1: 2 }).verdict).toBe('decline');
    expect(assess(flat(2, 3, { 'take-up': 100, monitor: 100 }), { c0: 3, c1: 3 }).verdict).toBe('take-up');
  });

  it('compares with thresholds that are not whole numbers', () => {
    expect(verdictFor(65, { 'take-up': 64.5, monitor: 40 })).toBe('take-up');
    expect(verdictFor(64, { 'take-up': 64.5, monitor: 40 })).toBe('monitor');
  });
});

describe('properties over random frameworks (seeded)', () => {
  const cases = Array.from({ length: RUNS }, (_, seed) => {
    const g = gen(seed + 1);
    const r = randomFramework(g);
    return { seed, g, r, scores: randomScores(g, r.framework) };
  });

  it('the total is an integer in 0..100 and equals the exact reference', () => {
    for (const { seed, r, scores } of cases) {
      const { total } = assess(r.framework, scores);
      expect(Number.isInteger(total), `seed ${seed}`).toBe(true);
      expect(total, `seed ${seed}`).toBeGreaterThanOrEqual(0);
      expect(total, `seed ${seed}`).toBeLessThanOrEqual(100);
      expect(total, `seed ${seed}`).toBe(referenceTotal(r, scores));
    }
  });

  it('the total never decreases when one score rises', () => {
    for (const { seed, r, scores } of cases) {
      const before = assess(r.framework, scores).total;
      for (const c of r.framework.criteria) {
        if (scores[c.id]! >= r.framework.scale.max) continue;
        const after = assess(r.framework, { ...scores, [c.id]: scores[c.id]! + 1 }).total;
        expect(after, `seed ${seed}, ${c.id}`).toBeGreaterThanOrEqual(before);
      }
    }
  });

  it('a knockout criterion at the minimum always declines, and is named', () => {
    for (const { seed, r, scores } of cases) {
      const ko = r.framework.criteria.find((c) => c.knockout);
      if (!ko) continue;
      const s = { ...scores, [ko.id]: r.framework.scale.min };
      const result = assess(r.framework, s);
      expect(result.verdict, `seed ${seed}`).toBe('decline');
      const first = r.framework.criteria.find((c) => c.knockout && s[c.id] === r.framework.scale.min)!;
      expect(result.knockout, `seed ${seed}`).toBe(first.id);
    }
  });

  it('without a knockout at the minimum the verdict follows the thresholds', () => {
    for (const { seed, r, scores } of cases) {
      const result = assess(r.framework, scores);
      const koAtMin = r.framework.criteria.some((c) => c.knockout && scores[c.id] === r.framework.scale.min);
      if (koAtMin) continue;
      expect(result.knockout, `seed ${seed}`).toBeNull();
      const { 'take-up': up, monitor } = r.framework.thresholds;
      const expected = result.total >= up ? 'take-up' : result.total >= monitor ? 'monitor' : 'decline';
      expect(result.verdict, `seed ${seed}`).toBe(expected);
    }
  });

  it('every threshold boundary lands on the right side', () => {
    for (const { seed, r, scores } of cases) {
      // no knockouts, so the thresholds alone decide
      const fw: Framework = { ...r.framework, criteria: r.framework.criteria.map((c) => ({ ...c, knockout: false })) };
      const t = assess(fw, scores).total;
      const at = (up: number, monitor: number): string => assess({ ...fw, thresholds: { 'take-up': up, monitor } }, scores).verdict;
      expect(at(t, Math.max(0, t - 1)), `seed ${seed}: total = take-up`).toBe('take-up');
      if (t < 100) {
        expect(at(t + 1, t), `seed ${seed}: total = monitor`).toBe('monitor');
        expect(at(t + 1, t + 1), `seed ${seed}: total one below both`).toBe('decline');
        expect(at(100, t + 1), `seed ${seed}: total one below monitor`).toBe('decline');
      }
    }
  });

  it('the weighted points add up to the total', () => {
    for (const { seed, r, scores } of cases) {
      const result = assess(r.framework, scores);
      const got = Object.values(result.points).reduce((a, p) => a + p.weighted, 0);
      const most = Object.values(result.points).reduce((a, p) => a + p.max, 0);
      expect(Math.abs((100 * got) / most - result.total), `seed ${seed}`).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });
});

describe('preconditions', () => {
  it('throws on a missing or off-scale score (the caller checks first)', () => {
    expect(() => assess(shipped, { impact: 3 })).toThrow(/agenda/);
    expect(() => assess(shipped, scoresOf(shipped, [4, 0, 0, 0, 0, 0]))).toThrow(/impact/);
    expect(() => assess(shipped, scoresOf(shipped, [1.5, 0, 0, 0, 0, 0]))).toThrow(/impact/);
  });
});

describe('preconditions, one by one', () => {
  const fw = flat(2, 3, { 'take-up': 65, monitor: 40 });
  const withScale = (min: number, max: number): Framework => ({ ...fw, scale: { ...fw.scale, min, max } });

  it('refuses a scale that is not whole numbers with min below max, naming the scale', () => {
    expect(() => assess(withScale(0.5, 3), { c0: 1, c1: 1 })).toThrow(/scale/);
    expect(() => assess(withScale(0, 3.5), { c0: 1, c1: 1 })).toThrow(/scale/);
    expect(() => assess(withScale(2, 2), { c0: 2, c1: 2 })).toThrow(/scale/);
    expect(() => assess(withScale(3, 0), { c0: 1, c1: 1 })).toThrow(/scale/);
    expect(assess(withScale(1, 2), { c0: 1, c1: 2 }).total).toBe(50);
  });

  it('refuses a score below the minimum, above the maximum or not a whole number, and accepts both ends', () => {
    expect(() => assess(fw, { c0: -1, c1: 0 })).toThrow(/c0/);
    expect(() => assess(fw, { c0: 0, c1: 4 })).toThrow(/c1/);
    expect(() => assess(fw, { c0: 0, c1: Number.NaN })).toThrow(/c1/);
    expect(() => assess(fw, { c0: 0 })).toThrow(/c1/);
    expect(assess(fw, { c0: 0, c1: 3 }).total).toBe(50);
  });

  it('refuses a framework without any criterion (no weight to divide by)', () => {
    expect(() => assess({ ...fw, criteria: [] }, {})).toThrow(/no weight/);
  });

  it('refuses weights that are not positive finite numbers', () => {
    for (const weight of [-1, -0.5, Number.POSITIVE_INFINITY, Number.NaN]) {
      const bad = { ...fw, criteria: fw.criteria.map((c, i) => (i === 0 ? { ...c, weight } : c)) };
      expect(() => assess(bad, { c0: 1, c1: 1 }), String(weight)).toThrow(/weight/);
    }
  });
});

describe('weights in every notation', () => {
  const fw = flat(2, 1, { 'take-up': 60, monitor: 40 });
  const total = (a: number, b: number): number => {
    const f = { ...fw, criteria: [{ ...fw.criteria[0]!, weight: a }, { ...fw.criteria[1]!, weight: b }] };
    return assess(f, { c0: 1, c1: 0 }).total;
  };

  it('reads weights of several digits, several decimals and two-digit exponents', () => {
    expect(total(10, 30)).toBe(25);
    expect(total(12, 13)).toBe(48);
    expect(total(0.25, 0.75)).toBe(25);
    expect(total(0.125, 0.375)).toBe(25);
    expect(total(1e-10, 3e-10)).toBe(25);
    expect(total(1e21, 3e21)).toBe(25);
    expect(total(1.5e-7, 4.5e-7)).toBe(25);
  });

  it('gives each criterion its points in the weight\'s own units', () => {
    const f = { ...fw, criteria: [{ ...fw.criteria[0]!, weight: 0.25 }, { ...fw.criteria[1]!, weight: 12 }] };
    const r = assess(f, { c0: 1, c1: 1 });
    expect(r.points).toEqual({ c0: { weight: 0.25, score: 1, weighted: 0.25, max: 0.25 }, c1: { weight: 12, score: 1, weighted: 12, max: 12 } });
  });
});

describe('knockouts, exactly', () => {
  const fw = flat(3, 3, { 'take-up': 50, monitor: 30 }, true);

  it('a criterion that is no knockout may score the minimum without a decline', () => {
    const r = assess(fw, { c0: 3, c1: 0, c2: 3 });
    expect([r.total, r.verdict, r.knockout]).toEqual([67, 'take-up', null]);
  });

  it('a knockout criterion one above the minimum is no knockout', () => {
    const r = assess(fw, { c0: 1, c1: 3, c2: 3 });
    expect([r.total, r.verdict, r.knockout]).toEqual([78, 'take-up', null]);
  });

  it('the first of two knockouts at the minimum is named, not the last', () => {
    const two: Framework = { ...fw, criteria: fw.criteria.map((c) => ({ ...c, knockout: true })) };
    expect(assess(two, { c0: 3, c1: 0, c2: 0 }).knockout).toBe('c1');
  });

  it('on a scale that starts at 1, the knockout is at 1', () => {
    const one: Framework = { ...fw, scale: { ...fw.scale, min: 1 } };
    expect(assess(one, { c0: 1, c1: 3, c2: 3 })).toMatchObject({ total: 67, verdict: 'decline', knockout: 'c0' });
    expect(assess(one, { c0: 2, c1: 1, c2: 1 })).toMatchObject({ total: 17, verdict: 'decline', knockout: null });
  });
});
