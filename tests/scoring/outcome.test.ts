import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeOf, scoresFit } from '../../src/scoring/outcome.js';
import { parseYamlSource } from '../../src/content/frontmatter.js';
import type { Assessment, Framework } from '../../src/content/types.js';
import { PROJECT } from '../helpers/repo.js';

const fw = parseYamlSource('agenda/afwegingskader.yaml', readFileSync(join(PROJECT, 'agenda', 'afwegingskader.yaml'))).data as Framework;
const scores = { impact: 3, agenda: 2, 'added-value': 0, influence: 3, support: 1, capacity: 1 };
const stored: Assessment = { date: '2026-03-10', by: 'Dagelijks bestuur', framework_version: 1, scores, total: 56, verdict: 'decline' };

describe('outcomeOf', () => {
  it('recomputes an assessment made under the current framework', () => {
    expect(outcomeOf(fw, { ...stored, total: 99, verdict: 'take-up' })).toEqual({ total: 56, verdict: 'decline', knockout: 'added-value', current: true });
  });

  it('keeps the stored values of an earlier framework version, or when the framework is missing', () => {
    const old = { ...stored, framework_version: 0 };
    expect(outcomeOf({ ...fw, version: 2 }, stored)).toEqual({ total: 56, verdict: 'decline', knockout: null, current: false });
    expect(outcomeOf(undefined, old)).toEqual({ total: 56, verdict: 'decline', knockout: null, current: false });
  });

  it('keeps the stored values when the scores do not fit the scale', () => {
    expect(outcomeOf(fw, { ...stored, scores: { ...scores, support: 7 } }).current).toBe(false);
    expect(scoresFit(fw, { ...scores, capacity: undefined })).toBe(false);
    expect(scoresFit(fw, null)).toBe(false);
    expect(scoresFit(fw, scores)).toBe(true);
  });

  it('keeps the stored values, without throwing, under a framework the arithmetic cannot use', () => {
    const zeros = Object.fromEntries(Object.keys(scores).map((id) => [id, 0]));
    const flat = { ...fw, scale: { ...fw.scale, max: 0 } };
    expect(outcomeOf(flat, { ...stored, scores: zeros })).toEqual({ total: 56, verdict: 'decline', knockout: null, current: false });
    const infinite = { ...fw, criteria: fw.criteria.map((c, i) => (i === 0 ? { ...c, weight: Infinity } : c)) };
    expect(outcomeOf(infinite, stored).current).toBe(false);
  });
});

describe('scoresFit, exactly', () => {
  it('needs every criterion, each a whole number from min to max, both ends included', () => {
    expect(scoresFit(fw, { ...scores, impact: 0, agenda: 3 })).toBe(true);
    expect(scoresFit(fw, { ...scores, impact: -1 })).toBe(false);
    expect(scoresFit(fw, { ...scores, impact: 4 })).toBe(false);
    expect(scoresFit(fw, { ...scores, impact: 1.5 })).toBe(false);
    expect(scoresFit(fw, { ...scores, impact: '3' })).toBe(false);
    expect(scoresFit(fw, undefined)).toBe(false);
    expect(scoresFit(fw, 3)).toBe(false);
  });

  it('counts only scores given in the object itself, not inherited ones', () => {
    expect(scoresFit(fw, Object.create(scores))).toBe(false);
  });
});

describe('outcomeOf under frameworks the arithmetic cannot use', () => {
  const withWeight = (weight: number): Framework => ({ ...fw, criteria: fw.criteria.map((c, i) => (i === 0 ? { ...c, weight } : c)) });

  it('keeps the stored values for a weight of zero or below, and for a scale of broken numbers', () => {
    expect(outcomeOf(withWeight(0), stored).current).toBe(false);
    expect(outcomeOf(withWeight(-1), stored).current).toBe(false);
    expect(outcomeOf(withWeight(0.5), stored).current).toBe(true);
    expect(outcomeOf({ ...fw, scale: { ...fw.scale, min: 0.5 } }, { ...stored, scores: { ...scores, 'added-value': 1 } }).current).toBe(false);
    expect(outcomeOf({ ...fw, scale: { ...fw.scale, max: 3.5 } }, stored).current).toBe(false);
    expect(outcomeOf({ ...fw, scale: { ...fw.scale, min: 3, max: 3 } }, { ...stored, scores: Object.fromEntries(Object.keys(scores).map((id) => [id, 3])) }).current).toBe(false);
  });
});
