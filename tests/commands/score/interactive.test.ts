/** `k80 score` in a terminal: the built CLI in a real pseudo-terminal, through the real prompts. */
import { describe, expect, it } from 'vitest';
import { today } from '../../../src/content/entry-text.js';
import { hasPty, k80Pty, KEY, type Step } from '../../helpers/pty.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { SETS, TOPIC, topicRepo } from './fixtures.js';

const repo = tempRepos(topicRepo);

/** Answer one criterion prompt with `score` (the list starts at 0). */
const answer = (heading: string, question: string, score: number): Step[] => [
  { expect: heading },
  { expect: question },
  { expect: '3 — sterk', send: KEY.down.repeat(score) + KEY.enter },
];

const ALL: Step[] = [
  ...answer('Criterium 1 van 6: impact (gewicht 3, knock-out)', 'Raakt het onderwerp kleine gemeenten', 3),
  ...answer('Criterium 2 van 6: past bij agenda (gewicht 2)', "Past het bij de thema's van de Agenda K80?", 2),
  ...answer('Criterium 3 van 6: eigen perspectief', 'eigen, onderscheidend perspectief', 2),
  ...answer('Criterium 4 van 6: invloed', 'reële kans op invloed', 3),
  ...answer('Criterium 5 van 6: draagvlak', 'Leeft het bij meerdere leden', 1),
  ...answer('Criterium 6 van 6: capaciteit', 'bestuurlijk trekker en een ambtelijk trekker', 1),
];

describe.skipIf(!hasPty)('k80 score in a terminal', () => {
  it('asks per criterion with question, help and labels, shows the result, asks who and a note, writes and commits', () => {
    const r = repo();
    const res = k80Pty(
      ['score', 'glasvezel'],
      [
        ...ALL,
        { expect: 'Oordeel: Oppakken' },
        { expect: 'Wie heeft gewogen?', send: KEY.enter },
        { expect: 'Toelichting', send: `Besproken in maart.${KEY.enter}` },
        { expect: 'Vastgelegd in commit' },
      ],
      { cwd: r.dir },
    );
    expect(res.failed).toBeNull();
    expect(res.code).toBe(0);
    // the help text and the scale's labels were shown
    expect(res.output).toContain('Denk aan de leefbaarheid van kleine kernen');
    expect(res.output).toContain('0 — niet');
    expect(res.output).toContain('2 — redelijk');
    expect(res.output).toContain('Totaal: 72 van 100');
    expect(res.output).toContain('De uitkomst is gevoelig voor: impact (\u22121 → Volgen), eigen perspectief (\u22121 → Volgen)');
    const text = r.read('agenda/topics/glasvezel.md');
    expect(text).toContain(`status: assessed\nassessment:\n  date: "${today()}"\n  by: Dagelijks bestuur\n  framework_version: 1\n`);
    expect(text).toContain('  total: 72\n  verdict: take-up\n  note: Besproken in maart.\n---\n');
    expect(r.git(['log', '-1', '--format=%s'])).toBe('Actueel onderwerp beoordeeld: Glasvezel in het buitengebied (Oppakken, 72)\n');
  });

  it('lets you pick an open topic, newest first, and asks only what --set, --by and --note leave open', () => {
    const r = repo();
    const partial = SETS.slice(0, -2); // no capacity
    const res = k80Pty(
      ['score', ...partial, '--by', 'Algemeen bestuur', '--note', 'Kort.'],
      [
        { expect: 'Welk actueel onderwerp weeg je?' },
        { expect: 'Sluiting van dorpsscholen (dorpsscholen)' },
        { expect: 'Glasvezel in het buitengebied (glasvezel)', send: KEY.down + KEY.enter },
        ...answer('Criterium 6 van 6: capaciteit', 'bestuurlijk trekker', 1),
        { expect: 'Bijgewerkt: agenda/topics/glasvezel.md' },
      ],
      { cwd: r.dir },
    );
    expect(res.failed).toBeNull();
    expect(res.code).toBe(0);
    expect(res.output).not.toContain('Criterium 1 van 6');
    expect(res.output).not.toContain('Wie heeft gewogen');
    const text = r.read('agenda/topics/glasvezel.md');
    expect(text).toContain('  by: Algemeen bestuur\n');
    expect(text).toContain('  note: Kort.\n');
    expect(r.read('agenda/topics/dorpsscholen.md')).not.toContain('assessment');
  });

  it('--dry-run in a terminal asks the scores but not who or a note, and writes nothing', () => {
    const r = repo();
    const res = k80Pty(['score', 'glasvezel', '--dry-run'], [...ALL, { expect: 'Proefrun' }], { cwd: r.dir });
    expect(res.failed).toBeNull();
    expect(res.code).toBe(0);
    expect(res.output).not.toContain('Wie heeft gewogen');
    expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
  });

  for (const [what, key] of [
    ['Ctrl-C', KEY.ctrlC],
    ['Escape', KEY.escape],
  ] as const) {
    it(`${what} during the questions → exit 130, nothing written`, () => {
      const r = repo();
      const before = r.git(['rev-parse', 'HEAD']);
      const res = k80Pty(
        ['score', 'glasvezel'],
        [...answer('Criterium 1 van 6', 'Raakt het onderwerp', 3), { expect: 'Criterium 2 van 6' }, { expect: '3 — sterk', send: key }],
        { cwd: r.dir },
      );
      expect(res.failed).toBeNull();
      expect(res.code).toBe(130);
      expect(res.output).toContain('Afgebroken. Er is niets geschreven.');
      expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
      expect(r.git(['rev-parse', 'HEAD'])).toBe(before);
      expect(r.git(['status', '--porcelain'])).toBe('');
    });
  }

  it('Ctrl-C at the question who assessed → exit 130, nothing written', () => {
    const r = repo();
    const res = k80Pty(['score', 'glasvezel'], [...ALL, { expect: 'Wie heeft gewogen?', send: KEY.ctrlC }], { cwd: r.dir });
    expect(res.failed).toBeNull();
    expect(res.code).toBe(130);
    expect(r.read('agenda/topics/glasvezel.md')).toBe(TOPIC);
  });
});
