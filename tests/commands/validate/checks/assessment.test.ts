/** The validate check of stored assessments, on content loaded by the real (pure) loader. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { assessment } from '../../../../src/commands/validate/checks/assessment.js';
import { MINIMAL_SETTINGS, frameworkText } from '../../../helpers/repo.js';

const SCORES = `    impact: 3
    agenda: 2
    added-value: 2
    influence: 3
    support: 1
    capacity: 1
`;

function topic(scores = SCORES, rest = '  total: 72\n  verdict: take-up\n', version = 1): string {
  return `---
title: Glasvezel in het buitengebied
raised_by:
  municipality: Vaals
date: "2026-02-10"
status: assessed
assessment:
  date: "2026-03-10"
  by: Dagelijks bestuur
  framework_version: ${version}
  scores:
${scores}${rest}---
Tekst.
`;
}

function check(topicText: string, framework = frameworkText()) {
  const files: RawFile[] = [
    { path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS },
    { path: 'agenda/afwegingskader.yaml', bytes: framework },
    { path: 'agenda/topics/glasvezel.md', bytes: topicText },
  ];
  const content = loadContent(files, validators());
  return { loader: content.messages, messages: assessment(content) };
}

const brief = (xs: ReturnType<typeof check>['messages']) => xs.map((x) => `${x.line}:${x.column} ${x.severity} ${x.rule}: ${x.message}${x.suggestion ? ` (${x.suggestion})` : ''}`);

describe('validate: stored assessments', () => {
  it('accepts an assessment that matches the framework', () => {
    const r = check(topic());
    expect(r.loader).toEqual([]);
    expect(r.messages).toEqual([]);
  });

  it('a total that does not match → assessment-mismatch at the total', () => {
    expect(brief(check(topic(SCORES, '  total: 70\n  verdict: take-up\n')).messages)).toEqual([
      '18:10 error assessment-mismatch: Het totaal 70 klopt niet met de scores: volgens het afwegingskader is het 72.',
    ]);
  });

  it('a verdict that ignores a knockout → assessment-mismatch at the verdict', () => {
    const ko = SCORES.replace('added-value: 2', 'added-value: 0');
    expect(brief(check(topic(ko, '  total: 56\n  verdict: monitor\n')).messages)).toEqual([
      '19:12 error assessment-mismatch: Het oordeel monitor klopt niet met de scores: volgens het afwegingskader is het decline (totaal 56, knock-out op added-value).',
    ]);
  });

  it('an unknown criterion (with a suggestion), a missing one, and a score off the scale, at their positions', () => {
    const bad = SCORES.replace('influence: 3', 'influense: 3').replace('support: 1', 'support: 5');
    expect(brief(check(topic(bad)).messages)).toEqual([
      '15:5 error assessment-unknown-criterion: Score voor een onbekend criterium: influense. De criteria zijn: impact, agenda, added-value, influence, support, capacity. (bedoelde je `influence`?)',
      '16:14 error assessment-off-scale: De score 5 voor support ligt niet op de schaal van 0 tot en met 3.',
      '11:3 error assessment-missing-criterion: Geen score voor: influence.',
    ]);
  });

  it('names every missing criterion, in the order of the framework', () => {
    const two = SCORES.replace('    influence: 3\n', '').replace('    support: 1\n', '');
    expect(check(topic(two)).messages.map((x) => x.message)).toEqual(['Geen score voor: influence, support.']);
  });

  it('leaves a score that is not an integer to the schema', () => {
    const r = check(topic(SCORES.replace('support: 1', 'support: 1.5')));
    expect(r.loader.map((x) => x.rule)).toEqual(['schema-type']);
    expect(r.messages).toEqual([]);
  });

  it('an assessment under another framework version → one warning, whatever its scores', () => {
    const old = SCORES.replace('capacity: 1', 'capaciteit: 1');
    expect(brief(check(topic(old, '  total: 10\n  verdict: take-up\n', 2), frameworkText().replace('version: 1', 'version: 3')).messages)).toEqual([
      '10:22 warning assessment-old-framework: Deze weging is gemaakt met versie 2 van het afwegingskader; de huidige versie is 3. Weeg opnieuw met k80 score als het thema nog speelt.',
    ]);
  });

  it('says nothing while the framework itself has problems', () => {
    const r = check(topic(SCORES, '  total: 1\n  verdict: decline\n'), frameworkText().replace('take-up: 65', 'take-up: 30'));
    expect(r.messages).toEqual([]);
  });
});

describe('validate: stored assessments, the cases left to the schema', () => {
  it('a framework_version or total that is no number, scores that are no mapping: nothing from this check', () => {
    expect(check(topic(SCORES, '  total: 72\n  verdict: take-up\n').replace('framework_version: 1', 'framework_version: "1"')).messages).toEqual([]);
    expect(check(topic(SCORES, '  total: "70"\n  verdict: take-up\n')).messages).toEqual([]);
    expect(check(topic(SCORES, '  total: 72\n  verdict: 7\n')).messages).toEqual([]);
    expect(check(topic('    - 3\n')).messages).toEqual([]);
    expect(check(topic(SCORES).replace(/ {2}scores:\n[^]*? {2}total/, '  scores: 5\n  total')).messages).toEqual([]);
  });

  it('a wrong total with the right verdict, and a wrong verdict with the right total, each once', () => {
    expect(check(topic(SCORES, '  total: 73\n  verdict: take-up\n')).messages.map((x) => [x.rule, x.line])).toEqual([['assessment-mismatch', 18]]);
    expect(check(topic(SCORES, '  total: 72\n  verdict: monitor\n')).messages.map((x) => [x.rule, x.line])).toEqual([['assessment-mismatch', 19]]);
  });

  it('the ends of the scale are on it, one past either end is not; an unknown criterion alone stops the comparison', () => {
    const ends = SCORES.replace('impact: 3', 'impact: 0').replace('agenda: 2', 'agenda: 3');
    // impact 0 is a knockout: (0+6+6+6+2+1)/39 → 54, decline
    expect(brief(check(topic(ends, '  total: 54\n  verdict: decline\n')).messages)).toEqual([]);
    expect(check(topic(SCORES.replace('impact: 3', 'impact: -1'))).messages.map((x) => x.rule)).toEqual(['assessment-off-scale']);
    expect(check(topic(SCORES.replace('impact: 3', 'impact: 4'))).messages.map((x) => x.rule)).toEqual(['assessment-off-scale']);
    expect(check(topic(`${SCORES}    extra: 1\n`, '  total: 1\n  verdict: take-up\n')).messages.map((x) => x.rule)).toEqual(['assessment-unknown-criterion']);
    expect(check(topic(`${SCORES}    xyzzy-plugh: 1\n`)).messages.map((x) => x.suggestion)).toEqual([undefined]);
  });
});
