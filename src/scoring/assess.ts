/**
 * Pure: the arithmetic of the afwegingskader. The ONE place where a total and a verdict are computed;
 * used by `k80 score`, `k80 validate`, `k80 list` and `k80 report`.
 *
 *   total = round(100 · Σ weight·(score − min) / Σ weight·(max − min))
 *
 * With the scale starting at 0 (the shipped framework) this is the familiar
 * round(100 · Σ weight·score / Σ weight·max); measuring from `min` keeps the total on 0–100 for any scale.
 * The sums are exact: weights are read as decimals and scaled to integers (BigInt), so no float drift
 * decides a boundary. A remainder of exactly one half rounds up (72.5 → 73).
 *
 * A knockout criterion scored at the scale's minimum makes the verdict `decline` whatever the total;
 * otherwise total ≥ take-up → `take-up`, total ≥ monitor → `monitor`, else `decline`.
 *
 * Precondition: the framework passed `frameworkProblems` (weights > 0, min < max, …) and `scores` holds an
 * integer on the scale for every criterion. A violation is a bug in the caller and throws a plain Error.
 */
import type { Framework, Verdict } from '../content/types.js';

export interface CriterionPoints {
  weight: number;
  score: number;
  /** weight · (score − min): the criterion's share of the total. */
  weighted: number;
  /** weight · (max − min): the most this criterion can add. */
  max: number;
}

export interface Assessed {
  /** 0–100, an integer. */
  total: number;
  verdict: Verdict;
  /** The first knockout criterion (framework order) scored at the minimum, or null. */
  knockout: string | null;
  /** Per criterion id, in framework order. */
  points: Record<string, CriterionPoints>;
}

/** A positive finite number as an exact decimal: value = digits · 10^exponent. */
function decimal(x: number): { digits: bigint; exponent: number } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x)); // String() always signs an exponent
  if (!match) throw new Error(`assess: weight ${String(x)} is not a positive finite number`);
  const fraction = match[2] ?? '';
  return { digits: BigInt(match[1]! + fraction), exponent: Number(match[3] ?? 0) - fraction.length };
}

/** An integer from `min` to `max`: a score on the scale. */
export function onScale(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** The weights as integers with one common scale: weights[i] = scaled[i] / 10^shift. */
function scaleWeights(weights: readonly number[]): { scaled: bigint[]; shift: number } {
  const decimals = weights.map(decimal);
  const shift = Math.max(0, ...decimals.map((d) => -d.exponent));
  const scaled = decimals.map((d) => d.digits * 10n ** BigInt(d.exponent + shift));
  return { scaled, shift };
}

/** round(100 · numerator / denominator) for numerator ≥ 0, denominator > 0, halves rounding up. */
export function percent(numerator: bigint, denominator: bigint): number {
  return Number((200n * numerator + denominator) / (2n * denominator));
}

/** The verdict for a total, without knockouts. */
export function verdictFor(total: number, thresholds: Framework['thresholds']): Verdict {
  if (total >= thresholds['take-up']) return 'take-up';
  if (total >= thresholds.monitor) return 'monitor';
  return 'decline';
}

export function assess(framework: Framework, scores: Readonly<Record<string, number>>): Assessed {
  const { min, max } = framework.scale;
  if (!(Number.isInteger(min) && Number.isInteger(max) && min < max)) throw new Error('assess: scale min must be below max');
  const { scaled, shift } = scaleWeights(framework.criteria.map((c) => c.weight));
  const unit = 10 ** shift;
  let numerator = 0n;
  let denominator = 0n;
  let knockout: string | null = null;
  const points: Record<string, CriterionPoints> = {};
  for (const [i, criterion] of framework.criteria.entries()) {
    const score = scores[criterion.id];
    if (!onScale(score, min, max)) {
      throw new Error(`assess: score for ${criterion.id} missing or off the scale`);
    }
    const w = scaled[i]!;
    const got = w * BigInt(score - min);
    const most = w * BigInt(max - min);
    numerator += got;
    denominator += most;
    if (criterion.knockout === true && score === min && knockout === null) knockout = criterion.id;
    points[criterion.id] = { weight: criterion.weight, score, weighted: Number(got) / unit, max: Number(most) / unit };
  }
  if (denominator <= 0n) throw new Error('assess: the framework has no weight');
  const total = percent(numerator, denominator);
  const verdict = knockout !== null ? 'decline' : verdictFor(total, framework.thresholds);
  return { total, verdict, knockout, points };
}
