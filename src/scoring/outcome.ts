/**
 * Pure: the total and verdict of a stored assessment, as list and report show them. Made under the current
 * framework with scores on its scale: recomputed by `assess()` (so that every place agrees with the
 * arithmetic; `k80 validate` reports a stored value that differs). Made under another framework version,
 * or not computable: the stored values, marked `current: false`.
 */
import type { Assessment, Framework, Verdict } from '../content/types.js';
import { assess, onScale } from './assess.js';

export interface Outcome {
  total: number;
  verdict: Verdict;
  knockout: string | null;
  /** Computed with the current framework (false: the stored values of an earlier framework version). */
  current: boolean;
}

/** True when `scores` has an integer on the scale for every criterion. */
export function scoresFit(framework: Framework, scores: unknown): scores is Record<string, number> {
  if (scores === null || scores === undefined) return false;
  const { min, max } = framework.scale;
  // own values only: an inherited one (a prototype's) is not a score that was given
  return framework.criteria.every((c) => Object.hasOwn(scores, c.id) && onScale((scores as Record<string, unknown>)[c.id], min, max));
}

/**
 * True when `assess()` can compute with this framework: a scale of whole numbers with room (min below max) and
 * finite weights above zero.
 * The schema does not ensure either (`k80 validate` reports them); list and report must not crash on them.
 */
function computable(framework: Framework): boolean {
  const { min, max } = framework.scale;
  return Number.isInteger(min) && Number.isInteger(max) && min < max && framework.criteria.every((c) => Number.isFinite(c.weight) && c.weight > 0);
}

export function outcomeOf(framework: Framework | undefined, assessment: Assessment): Outcome {
  if (framework && assessment.framework_version === framework.version && computable(framework) && scoresFit(framework, assessment.scores)) {
    const r = assess(framework, assessment.scores);
    return { total: r.total, verdict: r.verdict, knockout: r.knockout, current: true };
  }
  return { total: assessment.total, verdict: assessment.verdict, knockout: null, current: false };
}
