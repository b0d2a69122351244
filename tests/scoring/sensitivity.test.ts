import { describe, expect, it } from 'vitest';
import { assess } from '../../src/scoring/assess.js';
import { sensitivity } from '../../src/scoring/sensitivity.js';
import type { Framework, Verdict } from '../../src/content/types.js';
import { gen, randomFramework, randomScores } from './random.js';

const fw: Framework = {
  version: 1,
  scale: { min: 0, max: 3, labels: { 0: 'niet', 1: 'beperkt', 2: 'redelijk', 3: 'sterk' } },
  criteria: [
    { id: 'impact', question: 'q', help: 'h', weight: 3, knockout: true },
    { id: 'agenda', question: 'q', help: 'h', weight: 2 },
    { id: 'added-value', question: 'q', help: 'h', weight: 3, knockout: true },
    { id: 'influence', question: 'q', help: 'h', weight: 2 },
    { id: 'support', question: 'q', help: 'h', weight: 2 },
    { id: 'capacity', question: 'q', help: 'h', weight: 1 },
  ],
  thresholds: { 'take-up': 65, monitor: 40 },
};

describe('sensitivity', () => {
  it('names the steps that flip a verdict near a boundary', () => {
    // 27/39 = 69.2 → 69: take-up; 26/39 → 67 stays, 25/39 → 64 and 24/39 → 62 drop to monitor
    const scores = { impact: 3, agenda: 2, 'added-value': 2, influence: 2, support: 1, capacity: 2 };
    expect(assess(fw, scores)).toMatchObject({ total: 69, verdict: 'take-up' });
    expect(sensitivity(fw, scores)).toEqual([
      { id: 'impact', up: null, down: 'monitor' },
      { id: 'agenda', up: null, down: 'monitor' },
      { id: 'added-value', up: null, down: 'monitor' },
      { id: 'influence', up: null, down: 'monitor' },
      { id: 'support', up: null, down: 'monitor' },
      { id: 'capacity', up: null, down: null },
    ]);
  });

  it('names steps up as well as down', () => {
    // 15/39 = 38.5 → 38: decline; any point up → at least 16/39 = 41: monitor (capacity is at the top)
    const near = { impact: 1, agenda: 1, 'added-value': 1, influence: 1, support: 1, capacity: 3 };
    expect(assess(fw, near)).toMatchObject({ total: 38, verdict: 'decline' });
    expect(sensitivity(fw, near)).toEqual([
      { id: 'impact', up: 'monitor', down: null },
      { id: 'agenda', up: 'monitor', down: null },
      { id: 'added-value', up: 'monitor', down: null },
      { id: 'influence', up: 'monitor', down: null },
      { id: 'support', up: 'monitor', down: null },
      { id: 'capacity', up: null, down: null },
    ]);
  });

  it('sees a knockout as a flip', () => {
    const scores = { impact: 1, agenda: 3, 'added-value': 3, influence: 3, support: 3, capacity: 3 };
    const s = sensitivity(fw, scores);
    expect(s[0]).toEqual({ id: 'impact', up: null, down: 'decline' });
  });

  it('is robust far from every boundary', () => {
    const scores = { impact: 3, agenda: 3, 'added-value': 3, influence: 3, support: 3, capacity: 3 };
    expect(sensitivity(fw, scores).every((s) => s.up === null && s.down === null)).toBe(true);
  });

  it('agrees with brute force over random frameworks (seeded)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const g = gen(seed * 7919);
      const { framework } = randomFramework(g);
      const scores = randomScores(g, framework);
      const base = assess(framework, scores).verdict;
      const expected = framework.criteria.map((c) => {
        const step = (d: number): Verdict | null => {
          const v = scores[c.id]! + d;
          if (v < framework.scale.min || v > framework.scale.max) return null;
          const other = assess(framework, { ...scores, [c.id]: v }).verdict;
          return other === base ? null : other;
        };
        return { id: c.id, up: step(1), down: step(-1) };
      });
      expect(sensitivity(framework, scores), `seed ${seed}`).toEqual(expected);
    }
  });
});

describe('sensitivity at the ends of the scale', () => {
  it('a step off the scale is null, a step onto its end is counted', () => {
    // impact at 1: one down reaches the minimum 0, a knockout → decline; at 3 there is no step up
    const scores = { impact: 1, agenda: 3, 'added-value': 3, influence: 3, support: 3, capacity: 3 };
    expect(sensitivity(fw, scores).find((s) => s.id === 'impact')).toEqual({ id: 'impact', up: null, down: 'decline' });
    const low = { impact: 3, agenda: 0, 'added-value': 3, influence: 3, support: 3, capacity: 0 };
    // 27/39 → 69 take-up; agenda and capacity at 0: no step down, a step up stays take-up
    expect(sensitivity(fw, low).filter((s) => s.id === 'agenda' || s.id === 'capacity')).toEqual([
      { id: 'agenda', up: null, down: null },
      { id: 'capacity', up: null, down: null },
    ]);
  });
});
