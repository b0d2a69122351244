/** frameworkProblems at its boundaries: each rule just inside and just outside, on the shipped afwegingskader. */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../../src/content/frontmatter.js';
import { frameworkProblems, MAX_SCALE_STEPS } from '../../../../src/commands/validate/checks/framework.js';
import type { Framework } from '../../../../src/content/types.js';
import { frameworkText } from '../../../helpers/repo.js';

const good = (): Framework => parseYamlSource('f', frameworkText()).data as Framework;
const rules = (fw: Framework): string[] => frameworkProblems(fw).map((x) => x.rule);
const labels = (lo: number, hi: number): Record<string, string> => Object.fromEntries(Array.from({ length: hi - lo + 1 }, (_, i) => [String(lo + i), `l${lo + i}`]));

describe('frameworkProblems: weights', () => {
  it('a weight just above zero is fine; zero, below zero, infinite or not a number is not', () => {
    for (const [weight, expected] of [[0.001, []], [0, ['framework-weight']], [-1, ['framework-weight']], [Infinity, ['framework-weight']], ['3', ['framework-weight']]] as const) {
      const fw = good();
      (fw.criteria[1] as { weight: unknown }).weight = weight;
      expect(rules(fw), String(weight)).toEqual(expected);
    }
  });

  it('says which criterion and what weight', () => {
    const fw = good();
    fw.criteria[1]!.weight = -2;
    expect(frameworkProblems(fw).map((x) => x.message)).toEqual(["Het gewicht van criterium 'agenda' moet groter zijn dan 0 (nu -2)."]);
  });

  it('a duplicate criterion once per repeat, not for the first', () => {
    const fw = good();
    fw.criteria = [fw.criteria[0]!, { ...fw.criteria[0]! }, { ...fw.criteria[0]! }, fw.criteria[1]!];
    expect(rules(fw)).toEqual(['framework-criterion-duplicate', 'framework-criterion-duplicate']);
  });

  it('without criteria there is nothing to check on them', () => {
    const fw = good();
    (fw as { criteria: unknown }).criteria = undefined;
    expect(rules(fw)).toEqual([]);
  });
});

describe('frameworkProblems: thresholds', () => {
  const withThresholds = (takeUp: unknown, monitor: unknown): Framework => ({ ...good(), thresholds: { 'take-up': takeUp, monitor } as Framework['thresholds'] });

  it('0 and 100 are on the scale, -1 and 101 are not', () => {
    expect(rules(withThresholds(100, 0))).toEqual([]);
    expect(rules(withThresholds(0, 0))).toEqual([]);
    expect(rules(withThresholds(100, 100))).toEqual([]);
    expect(rules(withThresholds(101, 50))).toEqual(['framework-threshold']);
    expect(rules(withThresholds(60, -1))).toEqual(['framework-threshold']);
    expect(rules(withThresholds(60, -0.5))).toEqual(['framework-threshold']);
    expect(rules(withThresholds(100.5, 50))).toEqual(['framework-threshold']);
  });

  it('a threshold that is missing or not a number is reported, by name', () => {
    expect(frameworkProblems(withThresholds(undefined, '40')).map((x) => x.message)).toEqual([
      "De drempel 'take-up' moet tussen 0 en 100 liggen (nu undefined).",
      "De drempel 'monitor' moet tussen 0 en 100 liggen (nu 40).",
    ]);
    expect(rules(withThresholds(Number.NaN, 40))).toEqual(['framework-threshold']);
    // a threshold written as text is not compared with the other one ("40" > 30 would be true in JavaScript)
    expect(rules(withThresholds(30, '40'))).toEqual(['framework-threshold']);
    expect(rules(withThresholds('40', 50))).toEqual(['framework-threshold']);
    const none = good();
    (none as { thresholds: unknown }).thresholds = undefined;
    expect(rules(none)).toEqual(['framework-threshold', 'framework-threshold']);
  });

  it('monitor equal to take-up is allowed, one above is not', () => {
    expect(rules(withThresholds(50, 50))).toEqual([]);
    expect(rules(withThresholds(50, 51))).toEqual(['framework-threshold-order']);
    expect(frameworkProblems(withThresholds(50, 51))[0]!.message).toContain('51');
  });
});

describe('frameworkProblems: the scale', () => {
  const withScale = (min: unknown, max: unknown, l: Record<string, string>): Framework => ({ ...good(), scale: { min, max, labels: l } as Framework['scale'] });

  it(`${MAX_SCALE_STEPS} steps is the widest scale, one more is too wide`, () => {
    expect(rules(withScale(0, MAX_SCALE_STEPS, labels(0, MAX_SCALE_STEPS)))).toEqual([]);
    expect(rules(withScale(1, MAX_SCALE_STEPS + 1, labels(1, MAX_SCALE_STEPS + 1)))).toEqual([]);
    expect(rules(withScale(0, MAX_SCALE_STEPS + 1, labels(0, MAX_SCALE_STEPS + 1)))).toEqual(['framework-scale']);
  });

  it('min must be a whole number below max', () => {
    expect(rules(withScale(0, 1, labels(0, 1)))).toEqual([]);
    expect(rules(withScale(1, 1, labels(1, 1)))).toEqual(['framework-scale']);
    expect(rules(withScale(2, 1, labels(1, 2)))).toEqual(['framework-scale']);
    expect(rules(withScale(0.5, 3, labels(0, 3)))).toEqual(['framework-scale']);
    expect(rules(withScale(0, 2.5, labels(0, 3)))).toEqual(['framework-scale']);
    expect(rules(withScale(undefined, 3, labels(0, 3)))).toEqual(['framework-scale']);
    const none = good();
    (none as { scale: unknown }).scale = undefined;
    expect(rules(none)).toEqual(['framework-scale']);
  });

  it('a label for both ends and every value between them, none outside, not even a fraction', () => {
    const { 1: _one, ...withoutOne } = labels(0, 3);
    expect(frameworkProblems(withScale(0, 3, withoutOne)).map((x) => x.message)).toEqual([expect.stringContaining('1')]);
    const { 0: _zero, ...withoutMin } = labels(0, 3);
    expect(rules(withScale(0, 3, withoutMin))).toEqual(['framework-scale-label']);
    const { 3: _three, ...withoutMax } = labels(0, 3);
    expect(rules(withScale(0, 3, withoutMax))).toEqual(['framework-scale-label']);
    expect(rules(withScale(0, 3, { ...labels(0, 3), '-1': 'x' }))).toEqual(['framework-scale-label']);
    expect(rules(withScale(0, 3, { ...labels(0, 3), 4: 'x' }))).toEqual(['framework-scale-label']);
    expect(rules(withScale(0, 3, { ...labels(0, 3), '1.5': 'x' }))).toEqual(['framework-scale-label']);
    expect(rules(withScale(0, 3, { ...labels(0, 3), 1: 7 as unknown as string }))).toEqual(['framework-scale-label']);
    expect(rules(withScale(0, 1, undefined as unknown as Record<string, string>))).toEqual(['framework-scale-label', 'framework-scale-label']);
    // labels that are a text, not a mapping: none given (a text's letters are no labels)
    expect(rules(withScale(0, 1, 'ab' as unknown as Record<string, string>))).toEqual(['framework-scale-label', 'framework-scale-label']);
  });
});
