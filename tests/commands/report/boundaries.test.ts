/**
 * The report's numbers and boundaries on scripted, dated histories: a first import (new actions are not status
 * changes), a commit with a wrong clock on the main line, and an early tag followed by the next period (nothing
 * falls between two terugkoppelingen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, practiceText, type TestRepo } from '../../helpers/repo.js';
import { main, report } from '../../../src/commands/report/index.js';
import { boundaries } from '../../../src/commands/report/collect.js';
import type { ReportContext } from '../../../src/commands/report/context.js';
import { ANNA, SECRETARIAAT, actionText, commitNamed, normalise } from './scenario.js';

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

function story(): { repo: TestRepo; names: Record<string, string>; commit: (name: string, message: string, date: string) => void } {
  const repo = makeRepo({ agenda: 'minimal' });
  repos.push(repo);
  const names: Record<string, string> = {};
  return { repo, names, commit: (name, message, date) => void (names[repo.commit(message, date, ANNA)] = name) };
}

const practice = (title: string, municipality: string, date: string): string =>
  practiceText({ title, municipality, date: `"${date}"` });

describe('boundaries (pure)', () => {
  const line = [
    { id: 'd', time: 400 },
    { id: 'c', time: 300 },
    { id: 'b', time: 10 }, // a wrong clock
    { id: 'a', time: 200 },
    { id: 'z', time: 100 },
  ];
  it('counts everything between the newest and the oldest commit dated inside, naming the skewed one', () => {
    expect(boundaries(line, { since: 150, until: 350 })).toEqual({
      endCommit: 'c',
      fromCommit: 'z',
      skewed: [{ id: 'b', time: 10, parentTime: 200 }],
    });
  });
  it('a period with nothing dated inside starts and ends at the newest commit before it', () => {
    expect(boundaries(line, { since: 450, until: 500 })).toEqual({ endCommit: 'd', fromCommit: 'd', skewed: [] });
  });
  it('a start revision ends the walk', () => {
    expect(boundaries(line, { until: 350, exclude: 'a' })).toEqual({
      endCommit: 'c',
      fromCommit: 'a',
      skewed: [{ id: 'b', time: 10, parentTime: 200 }],
    });
  });
});

describe('the first import', () => {
  let ctx: ReportContext;
  beforeAll(async () => {
    const { repo, commit } = story();
    commit('c0', 'Lege basis', '2025-01-05T10:00:00+01:00');
    repo.write('agenda/actions/dorpshuizen.md', actionText({ title: 'Dorpshuizen verbinden', theme: 'wonen', status: 'planned' }));
    repo.write('agenda/actions/kennis.md', actionText({ title: 'Kennis delen', theme: 'wonen', status: 'active' }));
    commit('c1', 'Acties uit de agenda', '2025-02-01T10:00:00+01:00');
    repo.write('agenda/actions/kennis.md', actionText({ title: 'Kennis delen', theme: 'wonen', status: 'done' }));
    commit('c2', 'Kennis afgerond', '2025-03-01T10:00:00+01:00');
    ctx = (await report({ root: repo.dir, from: '2025-01-10', to: '2025-06-30' })).context;
  });

  it('counts new actions as new, not as status changes (even when they changed again in the period)', () => {
    expect(ctx.actions.added.map((a) => [a.id, a.status])).toEqual([
      ['dorpshuizen', 'planned'],
      ['kennis', 'done'],
    ]);
    expect(ctx.actions.statusChanges).toEqual([]);
    expect(ctx.totals).toMatchObject({ actionsAdded: 2, actionsStatusChanged: 0 });
  });
});

describe('a commit with a wrong clock on the main line', () => {
  let repo: TestRepo;
  let names: Record<string, string>;
  beforeAll(() => {
    const s = story();
    ({ repo, names } = s);
    s.commit('b0', 'Basis', '2024-12-01T10:00:00+01:00');
    repo.write('agenda/practices/dorpsplan-ameland.md', practice('Dorpsplan', 'Ameland', '2025-02-01'));
    s.commit('b1', 'Ameland', '2025-02-01T10:00:00+01:00');
    repo.write('agenda/practices/buurtbus-vaals.md', practice('Buurtbus', 'Vaals', '2025-02-20'));
    s.commit('b2', 'Vaals, met de klok op 2019', '2019-05-01T10:00:00+02:00');
    repo.write('agenda/practices/zorg-beesel.md', practice('Zorg', 'Beesel', '2025-03-01'));
    s.commit('b3', 'Beesel', '2025-03-01T10:00:00+01:00');
    repo.write('agenda/practices/zon-opmeer.md', practice('Zon', 'Vaals', '2025-08-01'));
    s.commit('b4', 'Opmeer', '2025-08-01T10:00:00+02:00');
  });

  it('does not cut the half year short: every commit dated inside counts, the skewed one is named', async () => {
    const ctx = normalise((await report({ root: repo.dir, period: '2025-H1' })).context, names);
    expect(ctx.period).toEqual({ from: '2025-01-01', to: '2025-06-30', fromCommit: 'b0', toCommit: 'b3' });
    expect(ctx.totals.commits).toBe(3);
    expect(ctx.practices.added.map((p) => p.id)).toEqual(['buurtbus-vaals', 'dorpsplan-ameland', 'zorg-beesel']);
    const b2 = commitNamed(names, 'b2').slice(0, 12);
    expect(ctx.warnings).toEqual([
      `Commit ${b2} heeft als datum 2019-05-01, eerder dan de commit ervoor (2025-02-01): de klok stond waarschijnlijk verkeerd. ` +
        'Hij is meegeteld op zijn plaats in de geschiedenis.',
    ]);
  });

  it('the next half year starts where the first ended: each commit in exactly one report', async () => {
    const ctx = normalise((await report({ root: repo.dir, period: '2025-H2' })).context, names);
    expect(ctx.period).toEqual({ from: '2025-07-01', to: '2025-12-31', fromCommit: 'b3', toCommit: 'b4' });
    expect(ctx.practices.added.map((p) => p.id)).toEqual(['zon-opmeer']);
    expect(ctx.warnings).toEqual([]);
  });
});

describe('an early tag in November and the next period', () => {
  let repo: TestRepo;
  let names: Record<string, string>;
  const run = (args: Record<string, unknown>, now: string) =>
    main({ root: repo.dir, cwd: repo.dir, color: false, interactive: false, format: 'json', tag: false, authors: false, ...args, now: new Date(now) });

  beforeAll(() => {
    const s = story();
    ({ repo, names } = s);
    repo.write('agenda/terugkoppeling/2026-H2.md', '---\nhighlights:\n  - Ameland deelt zijn dorpsplan.\n---\nBeste leden,\n');
    s.commit('e0', 'Basis', '2026-06-01T10:00:00+02:00');
    repo.git(['tag', 'terugkoppeling-2026-H1']);
    repo.write('agenda/practices/dorpsplan-ameland.md', practice('Dorpsplan', 'Ameland', '2026-09-01'));
    s.commit('e1', 'Ameland', '2026-09-01T10:00:00+02:00');
  });

  it('--tag on 15 November tags the end commit as of now, says so, and ends the report on that day', async () => {
    const out = await run({ period: '2026-H2', tag: true }, '2026-11-15T12:00:00Z');
    expect(out.exitCode).toBe(0);
    const ctx = normalise(JSON.parse(out.stdout ?? '') as ReportContext, names);
    expect(ctx.period).toEqual({ from: '2026-07-01', to: '2026-09-01', fromCommit: 'e0', toCommit: 'e1' });
    expect(ctx.foreword).toEqual({ id: '2026-H2', highlights: ['Ameland deelt zijn dorpsplan.'], text: 'Beste leden,' });
    const e1 = commitNamed(names, 'e1');
    expect(out.stderr).toBe(
      'De periode loopt nog tot 2026-12-31. De terugkoppeling gaat tot en met vandaag: de laatste wijziging is van 2026-09-01. ' +
        'Wat hierna nog verandert, komt in de volgende terugkoppeling (k80 report zonder opties begint bij deze tag).\n' +
        `Tag terugkoppeling-2026-H2 gezet bij commit ${e1.slice(0, 12)}. Deel hem met: git push origin terugkoppeling-2026-H2\n`,
    );
    expect(repo.git(['rev-parse', 'terugkoppeling-2026-H2']).trim()).toBe(e1);
  });

  it('a practice added on 10 December is not lost: --period 2027-H1 warns about the gap and names --from <tag>', async () => {
    repo.write('agenda/practices/buurtbus-vaals.md', practice('Buurtbus', 'Vaals', '2026-12-10'));
    names[repo.commit('Vaals', '2026-12-10T10:00:00+01:00', SECRETARIAAT)] = 'e2';
    repo.write('agenda/practices/zorg-beesel.md', practice('Zorg', 'Beesel', '2027-01-05'));
    names[repo.commit('Beesel', '2027-01-05T10:00:00+01:00', SECRETARIAAT)] = 'e3';

    const out = await run({ period: '2027-H1' }, '2027-07-10T12:00:00Z');
    const ctx = normalise(JSON.parse(out.stdout ?? '') as ReportContext, names);
    expect(ctx.period).toEqual({ from: '2027-01-01', to: '2027-06-30', fromCommit: 'e2', toCommit: 'e3' });
    const gap =
      'Tussen de vorige terugkoppeling (tag terugkoppeling-2026-H2, 2026-09-01) en het begin van deze periode (2027-01-01) ' +
      'is 1 wijziging aan de agenda die in geen terugkoppeling staat. Neem ze mee met: k80 report --from terugkoppeling-2026-H2';
    expect(ctx.warnings).toEqual([gap]);
    expect(out.stderr).toBe(
      `Waarschuwing: ${gap}\n` +
        'Tip: deze terugkoppeling heeft geen voorwoord. Schrijf je eigen woorden en hoogtepunten in agenda/terugkoppeling/2027-H1.md ' +
        '(frontmatter: title en highlights, een lijst korte zinnen; daaronder het voorwoord), commit het bestand en maak de terugkoppeling opnieuw.\n',
    );
  });

  it('the default start (the newest tag) and --from <tag> cover the gap, from the first change after the tag', async () => {
    const byDefault = normalise((await report({ root: repo.dir, now: new Date('2027-07-10T12:00:00Z') })).context, names);
    expect(byDefault.period).toEqual({ from: '2026-12-10', to: '2027-07-10', fromCommit: 'e1', toCommit: 'e3' });
    expect(byDefault.practices.added.map((p) => p.id)).toEqual(['buurtbus-vaals', 'zorg-beesel']);
    expect(byDefault.warnings).toEqual([]);
    const fromTag = normalise((await report({ root: repo.dir, from: 'terugkoppeling-2026-H2', to: '2027-06-30' })).context, names);
    expect(fromTag.period).toEqual({ from: '2026-12-10', to: '2027-06-30', fromCommit: 'e1', toCommit: 'e3' });
  });
});
