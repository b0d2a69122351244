/**
 * `k80 report` data from a scripted, dated history: renames, removals, status back and forth, boundary times,
 * progress notes, topics weighed, a broken file at the end, tags and revisions as period bounds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, practiceText, MINIMAL_SETTINGS, type TestRepo } from '../../helpers/repo.js';
import { report } from '../../../src/commands/report/index.js';
import type { ReportContext } from '../../../src/commands/report/context.js';
import { ANNA, BRAM, CARLA, SECRETARIAAT, actionText, commitNamed, normalise, topicText } from './scenario.js';

let repo: TestRepo;
const names: Record<string, string> = {};

const DORPSHUIZEN = { title: 'Dorpshuizen met elkaar verbinden', theme: 'wonen' };
const VOORTGANG = `Besturen van dorpshuizen leren van elkaar.

## Voortgang

- 2025-12-01: Voor de periode: idee besproken.
- 2026-03-01: Eerste bijeenkomst gehouden.
  Met **twaalf** gemeenten.
- **2026-06-30** — Verslag gedeeld met de leden.
- 2026-07-01: Vervolg gepland.
`;
const LOBBY = { title: 'Lobby voor nabij bestuur', theme: 'nabijheid', type: 'lobby' };
const NETCONGESTIE = { title: 'Netcongestie in kleine kernen', municipality: 'Vaals', date: '2025-11-20' };
const HUISARTS = { title: 'Bereikbaarheid van de huisarts', municipality: 'Beesel', date: '2026-06-29' };
const BUURTBUS = { title: 'Buurtbus in Vaals', municipality: 'Vaals', summary: 'Vrijwilligers rijden een buurtbus tussen de kernen.' };

beforeAll(() => {
  repo = makeRepo({ agenda: 'minimal' });
  const at = (name: string, id: string): void => {
    names[id] = name;
  };
  repo.write('agenda/actions/dorpshuizen-verbinden.md', actionText({ ...DORPSHUIZEN, status: 'planned' }));
  repo.write('agenda/actions/lobby-thorbecke.md', actionText({ ...LOBBY, status: 'active' }));
  repo.write('agenda/actions/kennis-delen.md', actionText({ title: 'Kennis delen over wonen', theme: 'wonen', status: 'planned' }));
  repo.write('agenda/practices/dorpsplan-ameland.md', practiceText());
  repo.write('agenda/practices/buurtbus-vaals.md', practiceText(BUURTBUS));
  repo.write('agenda/practices/zorgcooperatie-beesel.md', practiceText({ title: 'Zorgcoöperatie', municipality: 'Beesel' }));
  repo.write('agenda/topics/netcongestie.md', topicText({ ...NETCONGESTIE, status: 'open' }));
  at('c0', repo.commit('Basis van de agenda', '2025-12-10T10:00:00+01:00', SECRETARIAAT));

  repo.write('agenda/practices/deelauto-opmeer.md', practiceText({ title: 'Deelauto in de kernen', municipality: 'Opmeer', themes: '[nabijheid]', date: '"2026-01-05"' }));
  repo.write('agenda/actions/dorpshuizen-verbinden.md', actionText({ ...DORPSHUIZEN, status: 'active' }));
  repo.write('agenda/k80.yaml', `${MINIMAL_SETTINGS}  - Opmeer\n`);
  at('c1', repo.commit('Goed voorbeeld Opmeer; dorpshuizen lopend', '2026-01-05T09:00:00+01:00', ANNA));

  repo.remove('agenda/practices/buurtbus-vaals.md');
  repo.write('agenda/practices/buurtbus-vaals-beesel.md', practiceText({ ...BUURTBUS, title: 'Buurtbus in Vaals en Beesel' }));
  repo.remove('agenda/actions/kennis-delen.md');
  repo.write('agenda/actions/kennis-delen-wonen.md', actionText({ title: 'Kennis delen over wonen', theme: 'wonen', status: 'active' }));
  at('c2', repo.commit('Buurtbus en kennisactie hernoemd', '2026-02-10T14:00:00+01:00', BRAM));

  repo.remove('agenda/practices/zorgcooperatie-beesel.md');
  repo.write('agenda/actions/dorpshuizen-verbinden.md', actionText({ ...DORPSHUIZEN, status: 'done' }, VOORTGANG));
  repo.write('agenda/themes/wonen.md', repo.read('agenda/themes/wonen.md').replace('passende en duurzame oplossingen', 'passend wonen in elke kern'));
  at('c3', repo.commit('Voortgang dorpshuizen; zorgcoöperatie weg', '2026-03-01T11:00:00+01:00', ANNA));

  repo.write('agenda/actions/lobby-thorbecke.md', actionText({ ...LOBBY, status: 'done' }));
  repo.write('agenda/topics/netcongestie.md', topicText({ ...NETCONGESTIE, status: 'assessed' }, { date: '2026-04-01', total: 55, verdict: 'monitor' }));
  at('c4', repo.commit('Lobby afgerond; netcongestie gewogen', '2026-04-01T10:00:00+02:00', SECRETARIAAT));

  repo.write('agenda/actions/lobby-thorbecke.md', actionText({ ...LOBBY, status: 'active' }));
  at('c5', repo.commit('Lobby toch weer lopend', '2026-05-01T10:00:00+02:00', SECRETARIAAT));

  repo.write('agenda/topics/bereikbaarheid-huisarts.md', topicText({ ...HUISARTS, status: 'assessed' }, { date: '2026-06-30', total: 72, verdict: 'take-up' }));
  at('c6', repo.commit('Huisarts ingebracht en gewogen', '2026-06-30T23:59:59+02:00', CARLA));

  repo.write('agenda/practices/zonnedaken-opmeer.md', practiceText({ title: 'Zonnedaken', municipality: 'Opmeer', date: '"2026-07-01"' }));
  at('c7', repo.commit('Zonnedaken (eerste half uur van juli)', '2026-07-01T00:30:00+02:00', CARLA));

  repo.write('agenda/practices/kapot-voorbeeld.md', practiceText({ title: 'Kapot voorbeeld', summary: '' }));
  at('c8', repo.commit('Een kapot voorbeeld', '2026-08-15T12:00:00+02:00', BRAM));
});

afterAll(() => repo.cleanup());

const id = (name: string): string => commitNamed(names, name);

const run = async (request: Parameters<typeof report>[0] extends infer R ? Omit<R, 'root'> : never): Promise<ReportContext> =>
  normalise((await report({ root: repo.dir, ...request })).context, names);

const THEME_NABIJHEID = { id: 'nabijheid', title: 'Nabijheid', section: 'A', tagline: 'het vertrekpunt van al ons handelen', order: 1 };
const THEME_WONEN = { id: 'wonen', title: 'Wonen', section: 'B', tagline: 'passend wonen in elke kern', order: 3 };
const ACTION = (id: string, title: string, type: string, status: string, progress: Array<{ date: string; text: string }> = []) =>
  ({ id, title, type, status, progress });
const PRACTICE = (id: string, title: string, municipality: string, themes: string[], date: string, summary = 'Inwoners schrijven samen met de gemeente een dorpsplan.') =>
  ({ id, title, municipality, themes, date, summary, links: [] });

describe('a half year (2026-H1)', () => {
  it('collects exactly what changed between the start and the end', async () => {
    const ctx = await run({ period: '2026-H1' });
    expect(ctx).toEqual({
      period: { from: '2026-01-01', to: '2026-06-30', fromCommit: 'c0', toCommit: 'c6' },
      network: { name: 'K80', agendaTitle: 'Agenda K80 – De Kracht van Nabijheid' },
      totals: { commits: 6, contributors: 3, practicesAdded: 1, actionsAdded: 0, actionsStatusChanged: 2, topicsAssessed: 2 },
      themes: [
        { ...THEME_NABIJHEID, actions: [ACTION('lobby-thorbecke', LOBBY.title, 'lobby', 'active')] },
        {
          ...THEME_WONEN,
          actions: [
            ACTION('dorpshuizen-verbinden', DORPSHUIZEN.title, 'knowledge-sharing', 'done', [
              { date: '2026-03-01', text: 'Eerste bijeenkomst gehouden.\nMet **twaalf** gemeenten.' },
              { date: '2026-06-30', text: 'Verslag gedeeld met de leden.' },
            ]),
            ACTION('kennis-delen-wonen', 'Kennis delen over wonen', 'knowledge-sharing', 'active'),
          ],
        },
      ],
      practices: {
        added: [PRACTICE('deelauto-opmeer', 'Deelauto in de kernen', 'Opmeer', ['nabijheid'], '2026-01-05')],
        updated: [PRACTICE('buurtbus-vaals-beesel', 'Buurtbus in Vaals en Beesel', 'Vaals', ['wonen'], '2026-03-05', BUURTBUS.summary)],
        removed: [PRACTICE('zorgcooperatie-beesel', 'Zorgcoöperatie', 'Beesel', ['wonen'], '2026-03-05')],
      },
      actions: {
        added: [],
        statusChanges: [
          { id: 'dorpshuizen-verbinden', title: DORPSHUIZEN.title, theme: 'wonen', from: 'planned', to: 'done' },
          { id: 'kennis-delen-wonen', title: 'Kennis delen over wonen', theme: 'wonen', from: 'planned', to: 'active' },
        ],
        removed: [],
      },
      topics: {
        raised: [{ id: 'bereikbaarheid-huisarts', title: HUISARTS.title, municipality: 'Beesel', date: '2026-06-29', status: 'assessed' }],
        assessed: [
          { id: 'bereikbaarheid-huisarts', title: HUISARTS.title, verdict: 'take-up', total: 72, date: '2026-06-30', raisedBy: 'Beesel' },
          { id: 'netcongestie', title: NETCONGESTIE.title, verdict: 'monitor', total: 55, date: '2026-04-01', raisedBy: 'Vaals' },
        ],
      },
      // municipalities of the entries that changed: the buurtbus (renamed) and netcongestie (weighed) of Vaals,
      // the huisarts topic of Beesel, the deelauto of Opmeer; a removed entry and a theme credit nobody
      contributors: [
        { municipality: 'Vaals', contributions: 2 },
        { municipality: 'Beesel', contributions: 1 },
        { municipality: 'Opmeer', contributions: 1 },
      ],
      changes: [
        { kind: 'theme', id: 'wonen', change: 'modified', title: 'Wonen' },
        { kind: 'action', id: 'dorpshuizen-verbinden', change: 'modified', title: DORPSHUIZEN.title },
        { kind: 'action', id: 'kennis-delen-wonen', change: 'renamed', previousId: 'kennis-delen', title: 'Kennis delen over wonen' },
        { kind: 'practice', id: 'buurtbus-vaals-beesel', change: 'renamed', previousId: 'buurtbus-vaals', title: 'Buurtbus in Vaals en Beesel' },
        { kind: 'practice', id: 'deelauto-opmeer', change: 'added', title: 'Deelauto in de kernen' },
        { kind: 'practice', id: 'zorgcooperatie-beesel', change: 'removed', title: 'Zorgcoöperatie' },
        { kind: 'topic', id: 'bereikbaarheid-huisarts', change: 'added', title: HUISARTS.title },
        { kind: 'topic', id: 'netcongestie', change: 'modified', title: NETCONGESTIE.title },
        { kind: 'settings', id: 'k80.yaml', change: 'modified', title: 'Instellingen van het netwerk' },
      ],
      warnings: [],
    });
  });

  it('gives the same period for --from/--to dates as for --period', async () => {
    expect(await run({ from: '2026-01-01', to: '2026-06-30' })).toEqual(await run({ period: '2026-H1' }));
  });
});

describe('the second half year (2026-H2), with a broken file at the end', () => {
  it('counts a commit at 00:30 on 1 July (Amsterdam) in H2, leaves the broken practice out with a warning', async () => {
    const ctx = await run({ period: '2026-H2' });
    expect(ctx.period).toEqual({ from: '2026-07-01', to: '2026-12-31', fromCommit: 'c6', toCommit: 'c8' });
    expect(ctx.totals).toEqual({ commits: 2, contributors: 1, practicesAdded: 1, actionsAdded: 0, actionsStatusChanged: 0, topicsAssessed: 0 });
    // the broken practice is left out, so only the zonnedaken of Opmeer is credited
    expect(ctx.contributors).toEqual([{ municipality: 'Opmeer', contributions: 1 }]);
    expect(ctx.practices).toEqual({
      added: [PRACTICE('zonnedaken-opmeer', 'Zonnedaken', 'Opmeer', ['wonen'], '2026-07-01')],
      updated: [],
      removed: [],
    });
    expect(ctx.changes).toEqual([
      { kind: 'practice', id: 'kapot-voorbeeld', change: 'added', title: 'Kapot voorbeeld' },
      { kind: 'practice', id: 'zonnedaken-opmeer', change: 'added', title: 'Zonnedaken' },
    ]);
    expect(ctx.warnings).toHaveLength(1);
    expect(ctx.warnings[0]).toMatch(
      /^agenda\/practices\/kapot-voorbeeld\.md is aan het eind van de periode ongeldig en is weggelaten: .*summary.* \(regel \d+, kolom \d+\)\.$/,
    );
    // progress is filtered by the period: only the note of 1 July
    const wonen = ctx.themes.find((t) => t.id === 'wonen');
    expect(wonen?.actions.find((a) => a.id === 'dorpshuizen-verbinden')?.progress).toEqual([
      { date: '2026-07-01', text: 'Vervolg gepland.' },
    ]);
  });
});

describe('period bounds', () => {
  it('a commit at 23:59:59 on 30 June is the last of H1, although its UTC date is the same day', async () => {
    const ctx = await run({ from: '2026-06-30', to: '2026-06-30' });
    expect(ctx.period).toEqual({ from: '2026-06-30', to: '2026-06-30', fromCommit: 'c5', toCommit: 'c6' });
    expect(ctx.totals.commits).toBe(1);
  });

  it('a commit at 00:30 on 1 July (30 June in UTC) is not part of 30 June', async () => {
    const ctx = await run({ from: '2026-07-01', to: '2026-07-01' });
    expect(ctx.period).toEqual({ from: '2026-07-01', to: '2026-07-01', fromCommit: 'c6', toCommit: 'c7' });
    expect(ctx.totals.commits).toBe(1);
  });

  it('--from a revision starts after that commit; --to a revision ends at it', async () => {
    const ctx = await run({ from: id('c3'), to: id('c5') });
    expect(ctx.period).toEqual({ from: '2026-03-01', to: '2026-05-01', fromCommit: 'c3', toCommit: 'c5' });
    expect(ctx.totals.commits).toBe(2);
    // lobby went done and back to active: no net change
    expect(ctx.actions.statusChanges).toEqual([]);
    expect(ctx.topics.assessed).toEqual([{ id: 'netcongestie', title: NETCONGESTIE.title, verdict: 'monitor', total: 55, date: '2026-04-01', raisedBy: 'Vaals' }]);
  });

  it('a period without commits keeps the start state and says so', async () => {
    const ctx = await run({ from: '2026-05-02', to: '2026-06-01' });
    expect(ctx.period).toEqual({ from: '2026-05-02', to: '2026-06-01', fromCommit: 'c5', toCommit: null });
    expect(ctx.totals).toEqual({ commits: 0, contributors: 0, practicesAdded: 0, actionsAdded: 0, actionsStatusChanged: 0, topicsAssessed: 0 });
    expect(ctx.changes).toEqual([]);
    expect(ctx.themes.map((t) => t.actions.length)).toEqual([1, 2]);
    expect(ctx.warnings).toEqual([
      'In deze periode is de agenda niet gewijzigd: de stand aan het eind is gelijk aan die aan het begin.',
    ]);
  });

  it('without a tag the period starts at the first commit (empty start: everything is new)', async () => {
    const ctx = await run({ to: '2026-06-30' });
    expect(ctx.period).toEqual({ from: '2025-12-10', to: '2026-06-30', fromCommit: null, toCommit: 'c6' });
    expect(ctx.totals.commits).toBe(7);
    expect(ctx.practices.added.map((p) => p.id)).toEqual(['buurtbus-vaals-beesel', 'deelauto-opmeer', 'dorpsplan-ameland']);
    // the first import: every action is new, none changed status
    expect(ctx.actions.statusChanges).toEqual([]);
    expect(ctx.actions.added.map((a) => [a.id, a.status])).toEqual([
      ['dorpshuizen-verbinden', 'done'],
      ['kennis-delen-wonen', 'active'],
      ['lobby-thorbecke', 'active'],
    ]);
    expect(ctx.totals).toMatchObject({ actionsAdded: 3, actionsStatusChanged: 0 });
    expect(ctx.warnings).toEqual([]);
  });

  it('the default end is today in Amsterdam', async () => {
    const ctx = await run({ from: '2026-07-01', now: new Date('2026-07-31T22:30:00Z') });
    expect(ctx.period).toMatchObject({ from: '2026-07-01', to: '2026-08-01', toCommit: 'c7' });
  });
});

describe('terugkoppeling tags', () => {
  it('the newest terugkoppeling-* tag is the default start: the period starts after it', async () => {
    repo.git(['tag', 'terugkoppeling-2026-H1', id('c6')]);
    try {
      const ctx = await run({ to: '2026-12-31' });
      expect(ctx.period).toEqual({ from: '2026-07-01', to: '2026-12-31', fromCommit: 'c6', toCommit: 'c8' });
      expect(ctx).toEqual(await run({ period: '2026-H2' }));
      // a tag after the end of the period is not used
      const before = await run({ to: '2026-06-30' });
      expect(before.period.fromCommit).toBeNull();
    } finally {
      repo.git(['tag', '-d', 'terugkoppeling-2026-H1']);
    }
  });

  it('an annotated tag works the same; its name gives the first day', async () => {
    repo.git(['tag', '-a', '-m', 'Terugkoppeling voorjaar', 'terugkoppeling-2026-03-31', id('c4')], '2026-04-02T10:00:00+02:00');
    try {
      const ctx = await run({ to: '2026-06-30' });
      expect(ctx.period).toEqual({ from: '2026-04-01', to: '2026-06-30', fromCommit: 'c4', toCommit: 'c6' });
      expect(ctx.totals.commits).toBe(2);
    } finally {
      repo.git(['tag', '-d', 'terugkoppeling-2026-03-31']);
    }
  });
});

describe('collects sharing one history pass (the site archive)', () => {
  it('gives the same context as a collect of its own, period after period, with one cache of parsed files', async () => {
    const { collect } = await import('../../../src/commands/report/collect.js');
    const { LoadCache } = await import('../../../src/commands/report/snapshot.js');
    const { firstParentLine, firstParentLog } = await import('../../../src/git/log.js');
    const head = id('c8');
    const shared = {
      head,
      line: await firstParentLine(repo.dir, head),
      log: await firstParentLog(repo.dir, { tip: head, paths: ['agenda/'], files: true }),
      loaded: new LoadCache(),
    };
    const requests = [{ period: '2026-H2' }, { period: '2026-H1' }, { to: '2026-03-01' }, { to: id('c4') }, { from: id('c2'), to: id('c5') }];
    for (const request of requests) {
      shared.loaded.next();
      const alone = await collect(repo.dir, request);
      const together = await collect(repo.dir, request, shared);
      expect(together).toEqual(alone);
      expect(together.context.totals.commits).toBeGreaterThan(0);
    }
  });

  it('a stopped run stops the collect and its git processes', async () => {
    const { collect } = await import('../../../src/commands/report/collect.js');
    const { LoadCache } = await import('../../../src/commands/report/snapshot.js');
    const abort = new AbortController();
    abort.abort();
    const shared = { head: id('c8'), line: [], log: [], loaded: new LoadCache(), signal: abort.signal };
    await expect(collect(repo.dir, { period: '2026-H1' }, shared)).rejects.toThrow();
  });
});
