/** The streaming first-parent log and the small look-ups of the report, on real repositories. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { GitError } from '../../src/core/errors.js';
import { commitTime, createTag, cutToFolder, firstParentLine, firstParentLog, firstParentLogParts, folderLogParts, isAncestor, logSlice, tagExists, tagsMergedInto, tagsOnLine } from '../../src/git/log.js';

let repo: TestRepo;
const c: string[] = [];
const at = (iso: string): number => Date.parse(iso) / 1000;

beforeAll(() => {
  repo = makeRepo({ agenda: 'none' });
  repo.write('agenda/practices/een.md', 'een\n'.repeat(20));
  repo.write('README.md', 'leesmij\n');
  c.push(repo.commit('een', '2026-01-01T10:00:00+01:00'));
  repo.write('README.md', 'alleen buiten de agenda\n');
  c.push(repo.commit('buiten', '2026-02-01T10:00:00+01:00'));
  repo.remove('agenda/practices/een.md');
  repo.write('agenda/practices/met spatie é.md', 'een\n'.repeat(20));
  repo.write('agenda/practices/twee.md', 'twee\n');
  c.push(repo.commit('hernoemd', '2026-03-01T10:00:00+01:00', { name: 'Anna de Boer', email: 'anna@example.org' }));
  repo.remove('agenda/practices/twee.md');
  c.push(repo.commit('weg', '2026-04-01T10:00:00+02:00'));
});

afterAll(() => repo.cleanup());

describe('firstParentLogParts', () => {
  it('reads the log of the whole line in stretches side by side: the same log as one git log', async () => {
    const line = await firstParentLine(repo.dir, c[3]!);
    const whole = await firstParentLog(repo.dir, { tip: c[3]!, paths: ['agenda/'], files: true });
    expect(whole.length).toBeGreaterThan(1);
    for (const parts of [1, 2, 3, 4]) {
      expect(await firstParentLogParts(repo.dir, { tip: c[3]!, paths: ['agenda/'], files: true }, line, parts, 1)).toEqual(whole);
    }
    // a stretch of one commit that changes nothing under agenda/ (c[1]) leaves nothing out
    expect((await firstParentLogParts(repo.dir, { tip: c[3]!, paths: ['agenda/'] }, line, 4, 1)).map((x) => x.id)).toEqual([c[3], c[2], c[0]]);
  });
});

describe('logSlice', () => {
  it('takes the walk of a range from the log of the whole line, as a second git log would give it', async () => {
    const line = await firstParentLine(repo.dir, c[3]!);
    const whole = await firstParentLog(repo.dir, { tip: c[3]!, paths: ['agenda/'], files: true });
    for (const [tip, exclude] of [[c[3]!, null], [c[3]!, c[0]!], [c[2]!, c[0]!], [c[1]!, c[0]!], [c[2]!, null], [c[3]!, c[2]!]] as const) {
      const walked = await firstParentLog(repo.dir, { tip, paths: ['agenda/'], files: true, ...(exclude ? { exclude } : {}) });
      expect(logSlice(whole, line, tip, exclude)).toEqual(walked);
    }
    expect(logSlice(whole, line, c[2]!, c[0]!)?.map((x) => x.id)).toEqual([c[2]]);
  });

  it('is undefined for a commit that is not on the line, or a start above the end', () => {
    const line = [{ id: 'b', time: 2 }, { id: 'a', time: 1 }];
    expect(logSlice([], line, 'x', null)).toBeUndefined();
    expect(logSlice([], line, 'b', 'x')).toBeUndefined();
    expect(logSlice([], line, 'a', 'b')).toBeUndefined();
  });
});

describe('firstParentLog', () => {
  it('streams the commits that touch the paths, newest first, with their renames', async () => {
    expect(await firstParentLog(repo.dir, { tip: c[3]!, paths: ['agenda/'] })).toEqual([
      { id: c[3], time: at('2026-04-01T10:00:00+02:00'), author: 'Test Secretariaat', renames: [] },
      {
        id: c[2],
        time: at('2026-03-01T10:00:00+01:00'),
        author: 'Anna de Boer',
        renames: [{ from: 'agenda/practices/een.md', to: 'agenda/practices/met spatie é.md' }],
      },
      { id: c[0], time: at('2026-01-01T10:00:00+01:00'), author: 'Test Secretariaat', renames: [] },
    ]);
  });

  it('stops at the first commit before `since`, leaving it out', async () => {
    const log = await firstParentLog(repo.dir, { tip: c[3]!, paths: ['agenda/'], since: at('2026-02-15T00:00:00+01:00') });
    expect(log.map((x) => x.id)).toEqual([c[3], c[2]]);
  });

  it('leaves out what is reachable from `exclude`', async () => {
    const log = await firstParentLog(repo.dir, { tip: c[3]!, exclude: c[2], paths: ['agenda/'] });
    expect(log.map((x) => x.id)).toEqual([c[3]]);
  });

  it('a failing git is a GitError carrying its stderr', async () => {
    const error = await firstParentLog(repo.dir, { tip: 'f'.repeat(40), paths: ['agenda/'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).stderr).toMatch(/bad object|unknown revision/);
  });
});

describe('look-ups', () => {
  it('commit time and ancestry', () => {
    expect(commitTime(repo.dir, c[1]!)).toBe(at('2026-02-01T10:00:00+01:00'));
    expect(isAncestor(repo.dir, c[0]!, c[3]!)).toBe(true);
    expect(isAncestor(repo.dir, c[3]!, c[0]!)).toBe(false);
  });

  it('terugkoppeling tags reachable from a commit, newest commit first, annotated ones dereferenced', () => {
    repo.git(['tag', 'terugkoppeling-2026-01-31', c[0]!]);
    repo.git(['tag', '-a', '-m', 'voorjaar', 'terugkoppeling-2026-H1', c[2]!], '2026-07-02T10:00:00+02:00');
    repo.git(['tag', 'ander-label', c[3]!]);
    expect(tagsMergedInto(repo.dir, 'terugkoppeling-', c[3]!)).toEqual([
      { name: 'terugkoppeling-2026-H1', commit: c[2], time: at('2026-03-01T10:00:00+01:00') },
      { name: 'terugkoppeling-2026-01-31', commit: c[0], time: at('2026-01-01T10:00:00+01:00') },
    ]);
    expect(tagsMergedInto(repo.dir, 'terugkoppeling-', c[1]!).map((t) => t.name)).toEqual(['terugkoppeling-2026-01-31']);
  });

  it('tagsOnLine gives tagsMergedInto of the line\'s newest commit: tags on the line, on a merged branch, not reached', async () => {
    for (const tip of [c[3]!, c[1]!]) {
      expect(tagsOnLine(repo.dir, 'terugkoppeling-', await firstParentLine(repo.dir, tip))).toEqual(tagsMergedInto(repo.dir, 'terugkoppeling-', tip));
    }
    const r = makeRepo({ agenda: 'none' });
    try {
      r.write('agenda/a.md', 'a\n');
      r.commit('begin', '2026-01-01T10:00:00+01:00');
      r.git(['checkout', '--quiet', '-b', 'zijtak']);
      r.write('agenda/b.md', 'b\n');
      const side = r.commit('zijtak', '2026-01-02T10:00:00+01:00');
      r.git(['tag', 'terugkoppeling-zij', side]);
      r.git(['checkout', '--quiet', 'main']);
      r.git(['merge', '--quiet', '--no-ff', '-m', 'samen', 'zijtak'], '2026-01-03T10:00:00+01:00');
      const merge = r.git(['rev-parse', 'HEAD']).trim();
      const line = await firstParentLine(r.dir, merge);
      expect(line.some((commit) => commit.id === side)).toBe(false);
      expect(tagsOnLine(r.dir, 'terugkoppeling-', line).map((t) => t.name)).toEqual(['terugkoppeling-zij']);
      expect(tagsOnLine(r.dir, 'terugkoppeling-', line.slice(1)).map((t) => t.name)).toEqual([]);
    } finally {
      r.cleanup();
    }
  });

  it('createTag makes a lightweight tag and refuses an existing one', () => {
    expect(tagExists(repo.dir, 'terugkoppeling-2026-H2')).toBe(false);
    createTag(repo.dir, 'terugkoppeling-2026-H2', c[3]!);
    expect(tagExists(repo.dir, 'terugkoppeling-2026-H2')).toBe(true);
    expect(repo.git(['rev-parse', 'terugkoppeling-2026-H2']).trim()).toBe(c[3]);
    expect(() => createTag(repo.dir, 'terugkoppeling-2026-H2', c[2]!)).toThrow(GitError);
    expect(() => createTag(repo.dir, '--force', c[2]!)).toThrow(GitError);
  });
});

describe('folderLogParts', () => {
  it('gives exactly the log with the pathspec, also with renames across the folder edge and files added on both sides', async () => {
    const r = makeRepo({ agenda: 'none' });
    try {
      const ids: string[] = [];
      const body = (word: string): string => `${word}\n`.repeat(30);
      r.write('agenda/practices/a.md', body('a'));
      r.write('README.md', 'leesmij\n');
      ids.push(r.commit('begin, binnen en buiten toegevoegd', '2026-01-01T10:00:00+01:00'));
      r.write('README.md', 'alleen buiten\n');
      ids.push(r.commit('alleen buiten', '2026-01-02T10:00:00+01:00'));
      r.git(['mv', 'agenda/practices/a.md', 'docs-a.md']);
      ids.push(r.commit('naar buiten hernoemd', '2026-01-03T10:00:00+01:00'));
      r.git(['mv', 'docs-a.md', 'agenda/practices/b.md']);
      ids.push(r.commit('naar binnen hernoemd', '2026-01-04T10:00:00+01:00'));
      r.git(['mv', 'agenda/practices/b.md', 'agenda/practices/c.md']);
      r.write('README.md', 'binnen hernoemd, buiten gewijzigd\n');
      ids.push(r.commit('binnen hernoemd', '2026-01-05T10:00:00+01:00'));
      r.remove('agenda/practices/c.md');
      r.write('agenda/practices/d.md', body('a'));
      r.write('elders.md', body('a'));
      ids.push(r.commit('weg en twee keer nieuw', '2026-01-06T10:00:00+01:00'));
      const tip = ids.at(-1)!;
      const line = await firstParentLine(r.dir, tip);
      const withPathspec = await firstParentLog(r.dir, { tip, paths: ['agenda/'], files: true });
      for (const parts of [1, 2, 3]) {
        const cut = await folderLogParts(r.dir, 'agenda/', { tip }, line, parts);
        expect(cut).toEqual(withPathspec);
      }
      // the plain in-folder rename beside an outside change is taken as git gave it, not read again
      const whole = await firstParentLog(r.dir, { tip, paths: [], files: true });
      const { redo } = cutToFolder(whole, 'agenda/');
      expect(redo.has(ids[4]!)).toBe(false);
      expect([...redo].sort()).toEqual([ids[0]!, ids[2]!, ids[3]!, ids[5]!].sort());
    } finally {
      r.cleanup();
    }
  });
});
