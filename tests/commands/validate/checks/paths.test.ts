/** Every check's message carries the field path it is about (the data beside the text), asserted per rule. */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../../src/content/frontmatter.js';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { frameworkProblems, framework as frameworkCheck } from '../../../../src/commands/validate/checks/framework.js';
import { assessment } from '../../../../src/commands/validate/checks/assessment.js';
import { themes } from '../../../../src/commands/validate/checks/themes.js';
import { topicStatus } from '../../../../src/commands/validate/checks/topic-status.js';
import { dates } from '../../../../src/commands/validate/checks/dates.js';
import type { Framework } from '../../../../src/content/types.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[], fw = frameworkText()) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: fw }, ...extra], validators());
const paths = (xs: Array<{ rule: string; path?: unknown; line: number; column: number }>) => xs.map((x) => [x.rule, x.path, x.line, x.column]);
const good = (): Framework => parseYamlSource('f', frameworkText()).data as Framework;

describe('field paths of the messages', () => {
  it('framework', () => {
    const fw = good();
    fw.criteria[1]!.weight = 0;
    fw.criteria[2] = { ...fw.criteria[0]! };
    fw.thresholds = { 'take-up': 120, monitor: 50 } as Framework['thresholds'];
    expect(paths(frameworkProblems(fw))).toEqual([
      ['framework-weight', ['criteria', 1, 'weight'], 1, 1],
      ['framework-criterion-duplicate', ['criteria', 2, 'id'], 1, 1],
      ['framework-threshold', ['thresholds', 'take-up'], 1, 1],
    ]);
    expect(paths(frameworkProblems({ ...good(), scale: { min: 3, max: 1, labels: {} } }))).toEqual([['framework-scale', ['scale', 'max'], 1, 1]]);
    expect(paths(frameworkProblems({ ...good(), scale: { min: 0, max: 50, labels: {} } }))).toEqual([['framework-scale', ['scale', 'max'], 1, 1]]);
    expect(paths(frameworkProblems({ ...good(), scale: { min: 0, max: 1, labels: { 0: 'a', 1: 'b', 2: 'c' } } }))).toEqual([['framework-scale-label', ['scale', 'labels', '2'], 1, 1]]);
    // positioned in the file: a value by default, a label at its key
    const text = frameworkText().replace('take-up: 65', 'take-up: 30');
    expect(frameworkCheck(load([], text)).map((x) => [x.rule, x.path])).toEqual([['framework-threshold-order', ['thresholds', 'monitor']]]);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^\s*monitor:/.test(l));
    expect(frameworkCheck(load([], text)).map((x) => [x.line, x.column])).toEqual([[line + 1, lines[line]!.indexOf(':') + 3]]);
    expect(frameworkCheck({ ...load([]), framework: undefined })).toEqual([]);
  });

  it('themes', () => {
    const theme = (id: string, section: string, order: number): RawFile => ({ path: `agenda/themes/${id}.md`, bytes: `---\ntitle: ${id}\ntagline: t\nsection: ${section}\norder: ${order}\n---\n` });
    expect(paths(themes(load([theme('a', 'B', 1), theme('b', 'B', 1), theme('c', 'A', 2)])))).toEqual([
      ['theme-order-duplicate', ['order'], 5, 8],
      ['theme-section-order', ['order'], 5, 8],
    ]);
  });

  it('topic status', () => {
    const topic = (status: string, verdict?: string): RawFile => ({
      path: 'agenda/topics/t.md',
      bytes: `---\ntitle: Glasvezel\nraised_by:\n  municipality: Ameland\ndate: "2026-03-01"\nstatus: ${status}\n${verdict ? `assessment:\n  date: "2026-03-10"\n  by: bestuur\n  framework_version: 1\n  scores: {}\n  total: 50\n  verdict: ${verdict}\n` : ''}---\n`,
    });
    expect(paths(topicStatus(load([topic('assessed')])))).toEqual([['topic-assessed-without-assessment', ['status'], 6, 9]]);
    expect(paths(topicStatus(load([topic('declined', 'take-up')])))).toEqual([['topic-status-verdict', ['status'], 6, 9]]);
    expect(paths(topicStatus(load([topic('taken-up', 'decline')])))).toEqual([['topic-status-verdict', ['status'], 6, 9]]);
  });

  it('dates', () => {
    expect(paths(dates(load([{ path: 'agenda/practices/a.md', bytes: practiceText({ date: '"2027-01-01"' }) }]), { today: '2026-06-01' }))).toEqual([['date-future', ['date'], 5, 7]]);
  });

  it('assessment', () => {
    const scores = '    impact: 3\n    agenda: 2\n    added-value: 2\n    influence: 3\n    support: 1\n    capacity: 1\n';
    const topic = (s: string, rest: string, version = 1): RawFile => ({
      path: 'agenda/topics/t.md',
      bytes: `---\ntitle: Glasvezel\nraised_by:\n  municipality: Vaals\ndate: "2026-02-10"\nstatus: assessed\nassessment:\n  date: "2026-03-10"\n  by: bestuur\n  framework_version: ${version}\n  scores:\n${s}${rest}---\n`,
    });
    const fw3 = frameworkText().replace('version: 1', 'version: 3');
    expect(paths(assessment(load([topic(scores, '  total: 72\n  verdict: take-up\n', 2)], fw3)))).toEqual([['assessment-old-framework', ['assessment', 'framework_version'], 10, 22]]);
    expect(paths(assessment(load([topic(scores, '  total: 70\n  verdict: monitor\n')])))).toEqual([
      ['assessment-mismatch', ['assessment', 'total'], 18, 10],
      ['assessment-mismatch', ['assessment', 'verdict'], 19, 12],
    ]);
    const bad = scores.replace('influence: 3', 'influense: 3').replace('support: 1', 'support: 5');
    expect(paths(assessment(load([topic(bad, '  total: 72\n  verdict: take-up\n')])))).toEqual([
      ['assessment-unknown-criterion', ['assessment', 'scores', 'influense'], 15, 5],
      ['assessment-off-scale', ['assessment', 'scores', 'support'], 16, 14],
      ['assessment-missing-criterion', ['assessment', 'scores'], 11, 3],
    ]);
    // a score that is no integer stops the comparison (the schema reports it), also with a wrong total
    expect(assessment(load([topic(scores.replace('support: 1', 'support: "1"'), '  total: 1\n  verdict: take-up\n')]))).toEqual([]);
    // only topics carry an assessment
    expect(assessment(load([{ path: 'agenda/practices/a.md', bytes: practiceText({ assessment: '\n  framework_version: 2' }) }], fw3))).toEqual([]);
  });
});
