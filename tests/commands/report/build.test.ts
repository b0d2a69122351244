/** Pure: following renames through the period and building the context from two snapshots (no git). */
import { describe, expect, it } from 'vitest';
import { buildContext, followRenames } from '../../../src/commands/report/build.js';
import { LoadCache, loadFiles, loadSnapshots, planBlobs, planLoad, type Tree } from '../../../src/commands/report/snapshot.js';
import { validators } from '../../../src/content/read.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../helpers/repo.js';
import { actionText, topicText } from './scenario.js';

const tree = (...paths: string[]): Tree => new Map(paths.map((p) => [p, `oid:${p}`]));
const P = (id: string): string => `agenda/practices/${id}.md`;
/** Scores for every criterion of the shipped framework: 56, and `decline` by the added-value knockout. */
const ALL_SCORES = '{ impact: 3, agenda: 2, added-value: 0, influence: 3, support: 1, capacity: 1 }';
const ZERO_SCORES = '{ impact: 0, agenda: 0, added-value: 0, influence: 0, support: 0, capacity: 0 }';

describe('followRenames', () => {
  it('follows a chain of renames to the end path', () => {
    const commits = [{ renames: [{ from: P('b'), to: P('c') }] }, { renames: [{ from: P('a'), to: P('b') }] }];
    expect([...followRenames(commits, tree(P('a')), tree(P('c')))]).toEqual([[P('a'), P('c')]]);
  });

  it('ignores renames that are undone, that change kind, or whose target already existed', () => {
    const back = [{ renames: [{ from: P('b'), to: P('a') }] }, { renames: [{ from: P('a'), to: P('b') }] }];
    expect(followRenames(back, tree(P('a')), tree(P('a'))).size).toBe(0);
    const kind = [{ renames: [{ from: P('a'), to: 'agenda/topics/a.md' }] }];
    expect(followRenames(kind, tree(P('a')), tree('agenda/topics/a.md')).size).toBe(0);
    const existed = [{ renames: [{ from: P('a'), to: P('b') }] }];
    expect(followRenames(existed, tree(P('a'), P('b')), tree(P('b'))).size).toBe(0);
  });
});

describe('buildContext', () => {
  const settings: Array<[string, string]> = [
    ['agenda/k80.yaml', MINIMAL_SETTINGS],
    ['agenda/afwegingskader.yaml', frameworkText()],
    ['agenda/themes/wonen.md', '---\ntitle: Wonen\ntagline: wonen\nsection: B\norder: 3\n---\nTekst.\n'],
  ];
  /** A tree and its blobs from path → text (the object id is the text itself, so equal text is an equal blob). */
  function side(files: Array<[string, string]>): { tree: Tree; blobs: Map<string, Uint8Array> } {
    const t: Tree = new Map();
    const blobs = new Map<string, Uint8Array>();
    for (const [path, text] of [...settings, ...files]) {
      t.set(path, text);
      blobs.set(text, new TextEncoder().encode(text));
    }
    return { tree: t, blobs };
  }

  it('an entry invalid at the start is neither new nor a status change; an unchanged topic weighed inside the period counts', () => {
    const brokenAction = actionText({ title: 'Actie', theme: 'wonen', status: 'bezig' });
    const weighed = topicText({ title: 'Onderwerp', municipality: 'Vaals', date: '2026-01-02', status: 'assessed' }, { date: '2026-01-03', total: 40, verdict: 'monitor' });
    const start = side([
      ['agenda/actions/actie.md', brokenAction],
      ['agenda/topics/onderwerp.md', weighed],
      [P('ongewijzigd'), practiceText()],
    ]);
    const end = side([
      ['agenda/actions/actie.md', actionText({ title: 'Actie', theme: 'onbekend', status: 'active' })],
      ['agenda/topics/onderwerp.md', weighed],
      [P('ongewijzigd'), practiceText()],
    ]);
    // the unchanged practice is not read at all
    expect(planBlobs(planLoad(start.tree, end.tree))).not.toContain(practiceText());
    const blobs = new Map([...start.blobs, ...end.blobs]);
    blobs.delete(practiceText());
    const snapshots = loadSnapshots(start.tree, end.tree, blobs, validators());
    const ctx = buildContext({
      period: { from: '2026-01-01', to: '2026-06-30', fromCommit: 'a', toCommit: 'b' },
      ...snapshots,
      commits: [{ renames: [] }],
    });
    expect(ctx.actions).toEqual({ added: [], statusChanges: [], removed: [] });
    expect(ctx.topics.assessed).toEqual([{ id: 'onderwerp', title: 'Onderwerp', verdict: 'monitor', total: 40, date: '2026-01-03', raisedBy: 'Vaals' }]);
    expect(ctx.practices).toEqual({ added: [], updated: [], removed: [] });
    expect(ctx.changes).toEqual([{ kind: 'action', id: 'actie', change: 'modified', title: 'Actie' }]);
    expect(ctx.themes).toEqual([{ id: 'wonen', title: 'Wonen', section: 'B', tagline: 'wonen', order: 3, actions: [] }]);
    expect(ctx.warnings).toHaveLength(2);
    expect(ctx.warnings[0]).toMatch(/^agenda\/actions\/actie\.md was aan het begin van de periode ongeldig; wat er sindsdien in veranderde, is onvolledig: .* \(regel 5, kolom 9\)\.$/);
    expect(ctx.warnings[1]).toBe("agenda/actions/actie.md verwijst naar het onbekende thema 'onbekend'; de actie staat daarom bij geen enkel thema.");
  });

  it('an assessed topic has the total and verdict list shows: recomputed under the current framework, stored otherwise', () => {
    const topic = (total: number, verdict: string, scores = ALL_SCORES): string =>
      topicText({ title: 'Onderwerp', municipality: 'Vaals', date: '2026-01-02', status: 'assessed' }, { date: '2026-02-03', total, verdict, scores });
    const assessed = (framework: string, text: string) => {
      const end = side([['agenda/topics/onderwerp.md', text]]);
      end.tree.set('agenda/afwegingskader.yaml', framework);
      end.blobs.set(framework, new TextEncoder().encode(framework));
      const ctx = buildContext({
        period: { from: '2026-01-01', to: '2026-06-30', fromCommit: 'a', toCommit: 'b' },
        ...loadSnapshots(side([]).tree, end.tree, end.blobs, validators()),
        commits: [],
      });
      return ctx.topics.assessed.map(({ total, verdict }) => ({ total, verdict }));
    };
    // a stored total that does not match its scores (k80 validate reports it): the arithmetic wins, as in list
    expect(assessed(frameworkText(), topic(99, 'take-up'))).toEqual([{ total: 56, verdict: 'decline' }]);
    // made under an earlier framework version: the stored values are the record of that time
    expect(assessed(frameworkText().replace(/^version: 1$/m, 'version: 2'), topic(99, 'take-up'))).toEqual([{ total: 99, verdict: 'take-up' }]);
    // a framework the arithmetic cannot use (no room on the scale): the stored values, never a crash
    expect(assessed(frameworkText().replace(/^ {2}max: 3$/m, '  max: 0'), topic(0, 'decline', ZERO_SCORES))).toEqual([{ total: 0, verdict: 'decline' }]);
  });

  it('a file invalid at both ends is one warning (unchanged practices are not parsed); a missing k80.yaml at the end falls back to defaults', () => {
    const broken = '---\ntitle: [\n---\n';
    const start = side([['agenda/topics/kapot.md', broken], [P('kapot'), broken]]);
    const end = side([['agenda/topics/kapot.md', broken], [P('kapot'), broken]]);
    end.tree.delete('agenda/k80.yaml');
    const ctx = buildContext({
      period: { from: '2026-01-01', to: '2026-06-30', fromCommit: 'a', toCommit: 'b' },
      ...loadSnapshots(start.tree, end.tree, new Map([...start.blobs, ...end.blobs]), validators()),
      commits: [],
    });
    expect(ctx.network).toEqual({ name: 'K80', agendaTitle: 'Agenda K80 – De Kracht van Nabijheid' });
    expect(ctx.warnings.map((w) => w.split(':')[0])).toEqual(['agenda/k80.yaml is aan het eind van de periode ongeldig en is weggelaten', 'agenda/topics/kapot.md is aan het begin en aan het eind van de periode ongeldig en is weggelaten']);
    // an unchanged practice is not parsed: it cannot appear in the report (k80 validate reports it)
    expect(ctx.changes).toEqual([{ kind: 'settings', id: 'k80.yaml', change: 'removed', title: 'Instellingen van het netwerk' }]);
  });
});

describe('LoadCache', () => {
  it('answers for a blob parsed by an earlier collect, keeps the last two collects, and keys on the path too', () => {
    const text = practiceText({ title: 'Buurtbus' });
    const file = { path: P('buurtbus'), oid: 'oid-1' };
    const blobs = new Map([['oid-1', new TextEncoder().encode(text)]]);
    const cache = new LoadCache();
    const first = loadFiles([file], blobs, validators(), cache);
    expect(first.entries.practice.map((e) => e.data.title)).toEqual(['Buurtbus']);
    cache.next();
    // no blobs at all: the cache answers
    expect(loadFiles([file], new Map(), validators(), cache).entries.practice.map((e) => e.data.title)).toEqual(['Buurtbus']);
    // another path with the same blob is another entry: parsed (here: an empty blob, so no entry)
    expect(loadFiles([{ path: P('ander'), oid: 'oid-1' }], new Map(), validators(), cache).entries.practice).toEqual([]);
    cache.next();
    cache.next();
    expect(cache.has('oid-1\0' + P('buurtbus'))).toBe(false);
    expect(loadFiles([file], new Map(), validators(), cache).entries.practice).toEqual([]);
  });
});
