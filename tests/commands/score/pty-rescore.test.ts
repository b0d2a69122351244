/**
 * `k80 score` again on a topic weighed before, in a pseudo-terminal (the built CLI, the real prompts): the
 * previous scores are the defaults (Enter keeps them), replacing the weighing is confirmed, `--date` is used.
 */
import { describe, expect, it } from 'vitest';
import { hasPty, k80Pty, KEY, type Step } from '../../helpers/pty.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { SETS, topicRepo } from './fixtures.js';
import { run } from '../add/support.js';

const repo = tempRepos(topicRepo);

/** One criterion: wait for its heading and the marked previous score, then keep it (Enter) or type `keys`. */
const keep = (n: number, previous: string, keys: string = KEY.enter): Step[] => [
  { expect: `Criterium ${n} van 6` },
  { expect: previous },
  { expect: '(vorige weging)', send: keys },
];

describe.skipIf(!hasPty)('k80 score on a topic weighed before, in a terminal', () => {
  it('starts from the previous scores, one changed, confirmed, written with --date', () => {
    const r = repo();
    const first = run(r, ['score', 'glasvezel', ...SETS, '--date', '2026-03-12']);
    expect(first.code, first.stderr).toBe(0);
    const res = k80Pty(
      ['score', 'glasvezel', '--date', '2026-04-09'],
      [
        { expect: 'Dit actuele onderwerp is al gewogen op 2026-03-12 (Oppakken, 72).' },
        ...keep(1, '3 — sterk'),
        ...keep(2, '2 — redelijk'),
        ...keep(3, '2 — redelijk'),
        ...keep(4, '3 — sterk', KEY.up.repeat(2) + KEY.enter),
        ...keep(5, '1 — beperkt'),
        ...keep(6, '1 — beperkt'),
        { expect: 'Oordeel:' },
        { expect: 'Wie heeft gewogen?', send: KEY.enter },
        { expect: 'Toelichting', send: KEY.enter },
        { expect: 'De weging van 2026-03-12 vervangen door deze? Opslaan en vastleggen in git (J/n)', send: ['j', KEY.enter] },
        { expect: 'Vastgelegd in commit' },
      ],
      { cwd: r.dir },
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    const text = r.read('agenda/topics/glasvezel.md');
    expect(text).toContain('  date: "2026-04-09"\n');
    expect(text).toContain('    impact: 3\n    agenda: 2\n    added-value: 2\n    influence: 1\n    support: 1\n    capacity: 1\n');
  }, 150_000);

  it('no at the confirmation: exit 130, the first weighing stays', () => {
    const r = repo();
    expect(run(r, ['score', 'glasvezel', ...SETS, '--date', '2026-03-12']).code).toBe(0);
    const before = r.read('agenda/topics/glasvezel.md');
    const res = k80Pty(
      ['score', 'glasvezel'],
      [
        ...[1, 2, 3, 4, 5, 6].flatMap((n) => [{ expect: `Criterium ${n} van 6` }, { expect: '(vorige weging)', send: KEY.enter }]),
        { expect: 'Wie heeft gewogen?', send: KEY.enter },
        { expect: 'Toelichting', send: KEY.enter },
        { expect: 'vervangen door deze?', send: ['n', KEY.enter] },
      ],
      { cwd: r.dir },
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code).toBe(130);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(before);
  }, 150_000);
});
