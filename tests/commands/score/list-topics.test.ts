/** `k80 list topics` shows the outcome of `k80 score` (total and verdict) and sorts by date or total. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';
import type { TestRepo } from '../../helpers/repo.js';
import { sets, topicRepo } from './fixtures.js';

const THIRD = `---
title: Wolf in het buitengebied
raised_by:
  municipality: Beesel
date: "2026-01-20"
status: open
---
Tekst.
`;

let r: TestRepo;
beforeAll(async () => {
  r = topicRepo();
  r.write('agenda/topics/wolf.md', THIRD);
  r.commit('Wolf');
  expect((await cli(['score', 'glasvezel', ...sets()], { cwd: r.dir })).code).toBe(0); // 72, take-up
  expect((await cli(['score', 'wolf', ...sets('added-value=0')], { cwd: r.dir })).code).toBe(0); // 56, decline
});
afterAll(() => r.cleanup());

describe('k80 list topics', () => {
  it('shows status, total and verdict, newest first', async () => {
    const res = await cli(['list', 'topics'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(
      [
        '2026-03-01  Sluiting van dorpsscholen',
        '            Open · Ameland · dorpsscholen',
        '2026-02-10  Glasvezel in het buitengebied',
        '            Beoordeeld · Vaals · totaal 72 · Oppakken · glasvezel',
        '2026-01-20  Wolf in het buitengebied',
        '            Beoordeeld · Beesel · totaal 56 · Niet oppakken · wolf',
        '',
        '3 actuele onderwerpen.',
        '',
      ].join('\n'),
    );
  });

  it('--sort total: highest total first, topics without an assessment last', async () => {
    const res = await cli(['list', 'topics', '--sort', 'total', '--json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.stdout) as Array<{ id: string; total?: number; verdict?: string }>;
    expect(rows.map((x) => [x.id, x.total, x.verdict])).toEqual([
      ['glasvezel', 72, 'take-up'],
      ['wolf', 56, 'decline'],
      ['dorpsscholen', undefined, undefined],
    ]);
    const byDate = JSON.parse((await cli(['list', 'topics', '--sort', 'date', '--json'], { cwd: r.dir })).stdout) as Array<{ id: string }>;
    expect(byDate.map((x) => x.id)).toEqual(['dorpsscholen', 'glasvezel', 'wolf']);
  });

  it('--sort only for topics, and only date or total', async () => {
    const themes = await cli(['list', 'themes', '--sort', 'total'], { cwd: r.dir });
    expect([themes.code, themes.stderr]).toEqual([2, "Fout: De optie --sort werkt niet bij 'themes'.\nOplossing: Gebruik deze optie met: k80 list topics.\n"]);
    const bad = await cli(['list', 'topics', '--sort', 'titel'], { cwd: r.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Fout: Ongeldige waarde 'titel' voor --sort\. Kies uit: date, total\./);
  });
});
