/**
 * `k80 score` on a topic weighed before: the scores of then are the defaults, replacing that weighing is
 * confirmed, `--date` sets the date of the weighing; the scale labels carry the criterion's own meaning.
 * In process, the prompt layer replaced by a script of answers; real repository.
 */
import { describe, expect, it } from 'vitest';
import { score, type ScoreOptions } from '../../../src/commands/score/index.js';
import { criterionMeanings } from '../../../src/commands/score/ask.js';
import { CancelledError } from '../../../src/core/errors.js';
import type { Choice, Prompter } from '../../../src/prompts/index.js';
import { today } from '../../../src/content/entry-text.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import type { TestRepo } from '../../helpers/repo.js';
import { topicRepo } from './fixtures.js';

const repo = tempRepos(topicRepo);

/** Answers: per criterion the value to choose (undefined: the default), then by, note and the confirmation. */
function answering(picks: Record<string, number | undefined>, confirm: boolean) {
  const asked: Array<{ message: string; choices: string[]; default: unknown }> = [];
  const confirms: string[] = [];
  const p: Prompter = {
    async input(o) {
      return o.default ?? '';
    },
    async confirm(o) {
      confirms.push(o.message);
      return confirm;
    },
    async select<T>(o: { message: string; choices: ReadonlyArray<Choice<T>>; default?: T }) {
      asked.push({ message: o.message, choices: o.choices.map((c) => c.name), default: o.default });
      const id = Object.keys(picks)[asked.length - 1]!;
      return (picks[id] ?? o.default) as T;
    },
    checkbox: () => Promise.reject(new Error('checkbox')),
    search: () => Promise.reject(new Error('search')),
    editor: () => Promise.reject(new Error('editor')),
    say() {},
  };
  return { p, asked, confirms };
}

const options = (r: TestRepo, extra: Partial<ScoreOptions>): ScoreOptions =>
  ({ cwd: r.dir, root: r.dir, color: false, interactive: true, topic: 'glasvezel', ...extra }) as ScoreOptions;

const FIRST = { impact: 3, agenda: 2, 'added-value': 2, influence: 3, support: 1, capacity: 1 };

describe('criterionMeanings', () => {
  it('reads "0 = …; 3 = …" from the help, within the scale', () => {
    expect(criterionMeanings('Denk aan x. 0 = raakt niet; 1 = raakt zijdelings; 3 = raakt de kern. Knock-out: een 0 betekent niets.', 0, 3)).toEqual({
      0: 'raakt niet',
      1: 'raakt zijdelings',
      3: 'raakt de kern',
    });
    expect(criterionMeanings('5 = buiten de schaal; geen betekenis', 0, 3)).toEqual({});
  });
});

describe('k80 score on a topic weighed before', () => {
  it('starts from the previous scores, asks to confirm, writes --date', async () => {
    const r = repo();
    const first = answering(FIRST, true);
    await score(options(r, { prompter: first.p, date: '2026-03-12' }));
    expect(first.confirms).toEqual([]); // the first weighing replaces nothing
    expect(first.asked[0]!.default).toBeUndefined();
    // the criterion's own meaning beside the scale's label
    expect(first.asked[0]!.choices[0]).toBe('0 — niet: raakt kleine gemeenten niet anders dan andere gemeenten');
    expect(first.asked[0]!.choices[3]).toBe('3 — sterk: raakt kleine gemeenten en hun kernen duidelijk sterker of anders');

    const again = answering({ impact: undefined, agenda: undefined, 'added-value': undefined, influence: 1, support: undefined, capacity: undefined }, true);
    const result = await score(options(r, { prompter: again.p }));
    expect(again.asked.map((a) => a.default)).toEqual([3, 2, 2, 3, 1, 1]);
    expect(again.asked[0]!.choices[3]).toBe('3 — sterk: raakt kleine gemeenten en hun kernen duidelijk sterker of anders (vorige weging)');
    expect(again.confirms).toEqual(['De weging van 2026-03-12 vervangen door deze? Opslaan en vastleggen in git']);
    expect(result.assessment.scores).toEqual({ ...FIRST, influence: 1 });
    expect(result.assessment.date).toBe(today());
    expect(r.read('agenda/topics/glasvezel.md')).toContain('  influence: 1\n');
  });

  it('no at the confirmation: exit 130, the earlier weighing stays', async () => {
    const r = repo();
    await score(options(r, { prompter: answering(FIRST, true).p, date: '2026-03-12' }));
    const before = r.read('agenda/topics/glasvezel.md');
    const no = answering({ impact: 0 }, false);
    await expect(score(options(r, { prompter: no.p }))).rejects.toBeInstanceOf(CancelledError);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(before);
    expect(before).toContain('date: "2026-03-12"');
  });

  it('--date is checked by the one date check', async () => {
    const r = repo();
    await expect(score(options(r, { prompter: answering(FIRST, true).p, date: '12-03-2026' }))).rejects.toMatchObject({ exitCode: 1 });
  });
});
