/**
 * Pure: how robust a verdict is. For every criterion: would one point more (`up`) or one point less
 * (`down`), within the scale, give another verdict, and which? `null` when the verdict stays the same or
 * the step would leave the scale.
 */
import type { Framework, Verdict } from '../content/types.js';
import { assess } from './assess.js';

export interface Sensitivity {
  id: string;
  up: Verdict | null;
  down: Verdict | null;
}

export function sensitivity(framework: Framework, scores: Readonly<Record<string, number>>): Sensitivity[] {
  const base = assess(framework, scores).verdict;
  const { min, max } = framework.scale;
  const flip = (id: string, score: number): Verdict | null => {
    if (score < min || score > max) return null;
    const verdict = assess(framework, { ...scores, [id]: score }).verdict;
    return verdict === base ? null : verdict;
  };
  return framework.criteria.map(({ id }) => {
    const score = scores[id]!;
    return { id, up: flip(id, score + 1), down: flip(id, score - 1) };
  });
}
