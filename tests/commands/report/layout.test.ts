/** `k80 report` when the agenda is not at the repository top, and with files the loader refuses. */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworkText, makeRepo, MINIMAL_SETTINGS, practiceText, type TestRepo } from '../../helpers/repo.js';
import { report } from '../../../src/commands/report/index.js';

let repo: TestRepo;

beforeAll(() => {
  repo = makeRepo({ agenda: 'none' });
  repo.write('netwerk/agenda/k80.yaml', MINIMAL_SETTINGS);
  repo.write('netwerk/agenda/afwegingskader.yaml', frameworkText());
  repo.write('netwerk/agenda/themes/wonen.md', '---\ntitle: Wonen\ntagline: wonen\nsection: B\norder: 3\n---\nTekst.\n');
  repo.write('netwerk/agenda/practices/oud.md', practiceText({ title: 'Oud' }, `## Wat is het?\n\n${'Een lange tekst over het voorbeeld.\n'.repeat(8)}`));
  repo.write('README.md', 'Buiten de agenda.\n');
  repo.commit('Basis', '2026-01-10T10:00:00+01:00');
  repo.remove('netwerk/agenda/practices/oud.md');
  repo.write('netwerk/agenda/practices/nieuw.md', practiceText({ title: 'Nieuw' }, `## Wat is het?\n\n${'Een lange tekst over het voorbeeld.\n'.repeat(8)}`));
  repo.write('netwerk/agenda/practices/Slechte Naam.md', practiceText());
  symlinkSync('../../../README.md', join(repo.dir, 'netwerk/agenda/practices/link.md'));
  repo.commit('Hernoemd, een slechte naam en een koppeling', '2026-02-10T10:00:00+01:00');
  repo.write('README.md', 'Alleen buiten de agenda gewijzigd.\n');
  repo.commit('Buiten de agenda', '2026-03-10T10:00:00+01:00');
});

afterAll(() => repo.cleanup());

describe('an agenda in a subfolder of the repository', () => {
  it('follows renames, warns about a refused name and a symbolic link, counts only commits that touch the agenda', async () => {
    const { context } = await report({ root: join(repo.dir, 'netwerk'), from: '2026-02-01', to: '2026-06-30' });
    expect(context.totals.commits).toBe(1);
    expect(context.practices.added).toEqual([]);
    expect(context.practices.updated.map((p) => p.id)).toEqual(['nieuw']);
    expect(context.changes).toEqual([{ kind: 'practice', id: 'nieuw', change: 'renamed', previousId: 'oud', title: 'Nieuw' }]);
    expect(context.warnings).toHaveLength(2);
    expect(context.warnings[0]).toMatch(/^agenda\/practices\/Slechte Naam\.md is aan het eind van de periode ongeldig en is weggelaten: .+ \(regel 1, kolom 1\)(?: en nog \d+ fout(?:en)?)?\.$/);
    expect(context.warnings[1]).toBe('agenda/practices/link.md is een symbolische koppeling en is overgeslagen.');
  });

  it('the start state is the last commit before the period, whatever it touched', async () => {
    const { context } = await report({ root: join(repo.dir, 'netwerk'), from: '2026-03-01', to: '2026-03-31' });
    expect(context.totals.commits).toBe(0);
    expect(context.period.toCommit).toBeNull();
    expect(context.period.fromCommit).toBe(repo.git(['rev-parse', 'HEAD~1']).trim());
  });
});
