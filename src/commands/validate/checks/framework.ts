/**
 * The afwegingskader's own sanity, beyond its schema: weights above zero, unique criteria, thresholds on the
 * 0–100 scale with monitor ≤ take-up, a scale with min < max and a label for every value on it (and none
 * outside it). Pure and exported, because `k80 score` refuses to weigh with a framework that has problems.
 */
import { m } from '../../../i18n/index.js';
import { message, START, type Message, type PathSegment } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import type { ParsedSource } from '../../../content/frontmatter.js';
import { AGENDA_DIR, SETTINGS_FILES } from '../../../content/kinds.js';
import type { Framework } from '../../../content/types.js';
import { repoPath } from '../../../core/paths.js';

export const FRAMEWORK_FILE = repoPath(AGENDA_DIR, SETTINGS_FILES.framework);
/** More steps than this on a scale is not a scale a board can score on. */
export const MAX_SCALE_STEPS = 20;

export function frameworkProblems(framework: Framework, source?: ParsedSource): Message[] {
  const out: Message[] = [];
  // Stryker disable next-line StringLiteral: locate only tells 'key' apart; any other value is the value's position
  const error = (path: PathSegment[], rule: string, text: string, where: 'key' | 'value' = 'value'): void => {
    out.push(message(FRAMEWORK_FILE, source ? source.locate(path, where) : START, 'error', rule, text, { path }));
  };

  const criteria = Array.isArray(framework.criteria) ? framework.criteria : [];
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    // Stryker disable next-line ConditionalExpression: the typeof is for the type only, Number.isFinite is false for anything that is no number
    if (typeof c.weight !== 'number' || !Number.isFinite(c.weight) || c.weight <= 0) {
      error(['criteria', i, 'weight'], 'framework-weight', m.validate.weightNotPositive(String(c.id), c.weight));
    }
    if (seen.has(c.id)) error(['criteria', i, 'id'], 'framework-criterion-duplicate', m.validate.criterionDuplicate(c.id));
    seen.add(c.id);
  });

  const thresholds = framework.thresholds ?? {};
  for (const name of ['take-up', 'monitor'] as const) {
    const v = thresholds[name];
    if (typeof v !== 'number' || !(v >= 0 && v <= 100)) {
      error(['thresholds', name], 'framework-threshold', m.validate.thresholdRange(name, v));
    }
  }
  const { monitor, 'take-up': takeUp } = thresholds;
  if (typeof monitor === 'number' && typeof takeUp === 'number' && monitor > takeUp) {
    error(['thresholds', 'monitor'], 'framework-threshold-order', m.validate.thresholdOrder(monitor, takeUp));
  }

  const { min, max, labels } = framework.scale ?? ({} as Partial<Framework['scale']>);
  if (!Number.isInteger(min) || !Number.isInteger(max) || (min as number) >= (max as number)) {
    error(['scale', 'max'], 'framework-scale', m.validate.scaleRange(Number(min), Number(max)));
    return out;
  }
  const lo = min as number;
  const hi = max as number;
  if (hi - lo > MAX_SCALE_STEPS) {
    error(['scale', 'max'], 'framework-scale', m.validate.scaleTooWide(lo, hi, MAX_SCALE_STEPS));
    return out;
  }
  const given = labels && typeof labels === 'object' ? labels : {};
  for (let v = lo; v <= hi; v++) {
    if (typeof given[String(v)] !== 'string') {
      error(['scale', 'labels'], 'framework-scale-label', m.validate.scaleLabelMissing(v), 'key');
    }
  }
  for (const key of Object.keys(given)) {
    const v = Number(key);
    if (!Number.isInteger(v) || v < lo || v > hi) {
      error(['scale', 'labels', key], 'framework-scale-label', m.validate.scaleLabelOutside(key, lo, hi), 'key');
    }
  }
  return out;
}

/** The check: the framework that passed its schema, with positions in agenda/afwegingskader.yaml. */
export function framework(content: Content): Message[] {
  if (!content.framework) return [];
  return frameworkProblems(content.framework, content.sources.get(FRAMEWORK_FILE));
}
