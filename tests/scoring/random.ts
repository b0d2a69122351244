/**
 * A small seeded generator of random frameworks and score vectors for property tests (no dependency).
 * Weights are generated as integer / 10^decimals, so a test can compute the exact total independently.
 */
import type { Framework } from '../../src/content/types.js';

/** mulberry32: a tiny deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Gen {
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function gen(seed: number): Gen {
  const next = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return { int, pick: (xs) => xs[int(0, xs.length - 1)]!, chance: (p) => next() < p };
}

export interface RandomFramework {
  framework: Framework;
  /** weight[i] = units[i] / 10^decimals, exactly. */
  units: number[];
  decimals: number;
}

export function randomFramework(g: Gen): RandomFramework {
  const min = g.int(-2, 1);
  const max = min + g.int(1, 5);
  const labels: Record<string, string> = {};
  for (let v = min; v <= max; v++) labels[String(v)] = `label ${v}`;
  const decimals = g.pick([0, 0, 1, 2]);
  const count = g.int(1, 8);
  const units = Array.from({ length: count }, () => g.int(1, decimals === 0 ? 5 : 300));
  const criteria = units.map((u, i) => {
    const c: Framework['criteria'][number] = {
      id: `c${i}`,
      question: `vraag ${i}?`,
      help: `uitleg ${i}`,
      weight: Number((u / 10 ** decimals).toFixed(decimals)),
    };
    if (g.chance(0.25)) c.knockout = true;
    return c;
  });
  const monitor = g.int(0, 100);
  const takeUp = g.int(monitor, 100);
  return {
    framework: { version: g.int(1, 9), scale: { min, max, labels }, criteria, thresholds: { 'take-up': takeUp, monitor } },
    units,
    decimals,
  };
}

export function randomScores(g: Gen, framework: Framework): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const c of framework.criteria) scores[c.id] = g.int(framework.scale.min, framework.scale.max);
  return scores;
}

/** Exact total from integer units: round-half-up of 100·N/D, in plain integers (small enough). */
export function referenceTotal(r: RandomFramework, scores: Record<string, number>): number {
  const { min, max } = r.framework.scale;
  let n = 0;
  let d = 0;
  r.framework.criteria.forEach((c, i) => {
    n += r.units[i]! * (scores[c.id]! - min);
    d += r.units[i]! * (max - min);
  });
  return Math.floor((200 * n + d) / (2 * d));
}
