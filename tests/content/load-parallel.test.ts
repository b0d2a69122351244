/**
 * loadRepoParallel (a worker thread reads and parses part of a large agenda) gives the same content as
 * loadRepo, including messages, entries and positions. Uses the built worker (dist/content/load-worker.js).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeRepo, PROJECT, practiceText, type TestRepo } from '../helpers/repo.js';
import { loadRepo, loadRepoParallel } from '../../src/content/read.js';
import { checkContent } from '../../src/commands/validate/check-content.js';
import type { Content } from '../../src/content/load.js';

const WORKER = join(PROJECT, 'dist', 'content', 'load-worker.js');
let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo({ agenda: 'bundled', git: false });
  for (let i = 0; i < 300; i++) {
    const fields: Record<string, string> = { title: `"Voorbeeld ${i}"`, date: `"2025-0${1 + (i % 9)}-1${i % 10}"` };
    if (i % 50 === 7) fields.municipality = 'Amelend';
    if (i % 60 === 11) fields.themes = '[Wonen]';
    if (i % 70 === 13) fields.stauts = 'x';
    repo.write(`agenda/practices/voorbeeld-${i}.md`, practiceText(fields, `## Wat is het?\n\nTekst ${i}.\n`));
  }
  repo.write('agenda/practices/kapot.md', '---js\n{}\n---\n');
  repo.write('agenda/practices/Fout.md', practiceText());
  repo.write('agenda/topics/onderwerp.md', '---\ntitle: x\nraised_by:\n  municipality: Vaals\ndate: "2026-01-01"\nstatus: open\n---\n');
});
afterAll(() => repo.cleanup());

const summary = (c: Content) => ({
  files: c.files,
  settings: c.settings,
  framework: c.framework,
  entries: c.entries,
  sources: [...c.sources].map(([path, s]) => [path, s.text, s.data, s.body, s.bodyLine, s.messages]),
  validate: checkContent(c, { today: '2026-06-01' }),
});

describe('loadRepoParallel', () => {
  it('equals loadRepo on a repository with valid and invalid files', async () => {
    const one = loadRepo(repo.dir);
    const two = await loadRepoParallel(repo.dir, { minFiles: 0, workerFile: WORKER });
    expect(summary(two)).toEqual(summary(one));
    expect(checkContent(two, { today: '2026-06-01' }).messages.length).toBeGreaterThan(10);
    // positions of files parsed by the worker (the first part of the list) are computed again on demand
    const file = 'agenda/actions/aanhaken-strategisch-beraad-sociaal-domein.md';
    expect(two.sources.get(file)!.locate(['status'])).toEqual(one.sources.get(file)!.locate(['status']));
  });

  it('works in one thread when the worker module is missing or the agenda small', async () => {
    const one = loadRepo(repo.dir);
    expect(summary(await loadRepoParallel(repo.dir, { minFiles: 0, workerFile: join(repo.dir, 'missing.js') }))).toEqual(summary(one));
    expect(summary(await loadRepoParallel(repo.dir))).toEqual(summary(one));
  });
});
