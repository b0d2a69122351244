/** `ls-tree` of a commit and the one `cat-file --batch` process, on a real repository. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { BlobReader, listTree } from '../../src/git/blobs.js';

let repo: TestRepo;
let head: string;
const oid = (path: string): string => repo.git(['rev-parse', `HEAD:${path}`]).trim();

beforeAll(() => {
  repo = makeRepo({ agenda: 'none' });
  repo.write('agenda/practices/a.md', 'regel 1\nregel 2\n');
  repo.write('agenda/practices/leeg.md', '');
  repo.write('agenda/practices/met spatie é.md', 'é\n');
  repo.write('agenda/practices/binair.md', new Uint8Array([0, 10, 255, 10, 0]));
  repo.write('agenda/practices/groot.md', 'x'.repeat(300_000) + '\n');
  repo.write('elders.txt', 'niet in de agenda\n');
  head = repo.commit('bestanden');
});

afterAll(() => repo.cleanup());

describe('listTree', () => {
  it('lists every file under the paths with mode, type and object id', async () => {
    const entries = await listTree(repo.dir, head, ['agenda/']);
    expect(entries.map((e) => e.path)).toEqual([
      'agenda/practices/a.md',
      'agenda/practices/binair.md',
      'agenda/practices/groot.md',
      'agenda/practices/leeg.md',
      'agenda/practices/met spatie é.md',
    ]);
    expect(entries[0]).toEqual({ mode: '100644', type: 'blob', oid: oid('agenda/practices/a.md'), path: 'agenda/practices/a.md' });
  });
});

describe('BlobReader', () => {
  it('serves many blobs from one process, in any order, including empty, binary and large ones', async () => {
    const reader = new BlobReader(repo.dir);
    const paths = ['groot', 'a', 'leeg', 'binair', 'a'].map((name) => `agenda/practices/${name}.md`);
    const [groot, a, leeg, binair, again] = await Promise.all(paths.map((path) => reader.read(oid(path))));
    expect(groot?.length).toBe(300_001);
    expect(a?.toString()).toBe('regel 1\nregel 2\n');
    expect(leeg?.length).toBe(0);
    expect([...(binair ?? [])]).toEqual([0, 10, 255, 10, 0]);
    expect(again).toEqual(a);
    // a missing object is undefined, the reader keeps working
    expect(await reader.read('0'.repeat(40))).toBeUndefined();
    expect((await reader.read(oid('agenda/practices/met spatie é.md')))?.toString()).toBe('é\n');
    await reader.close();
    await expect(reader.read(oid('agenda/practices/a.md'))).rejects.toThrow();
  });
});
