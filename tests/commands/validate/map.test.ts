/** The validate warning for a member in k80.yaml that the map does not know. */
import { describe, expect, it } from 'vitest';
import { makeRepo, MINIMAL_SETTINGS } from '../../helpers/repo.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { validate } from '../../../src/commands/validate/index.js';

const repo = tempRepos(makeRepo);

describe('members on the map', () => {
  it('warns for a member that is not a CBS name or code, naming the nearest map name', async () => {
    const r = repo();
    r.write('agenda/k80.yaml', MINIMAL_SETTINGS.replace('  - Vaals\n', '  - Vals\n  - GM0743\n'));
    const result = await validate({ root: r.dir, today: '2026-01-01' });
    const map = result.messages.filter((x) => x.rule === 'member-not-on-map');
    expect(map.map((x) => [x.file, x.line, x.severity, x.suggestion])).toEqual([['agenda/k80.yaml', 7, 'warning', 'bedoelde je `Vaals`?']]);
    expect(map[0]?.message).toContain('Vals');
    expect(result.ok).toBe(true);
  });

  it('is quiet for the bundled member list', async () => {
    const r = makeRepo({ agenda: 'bundled' });
    try {
      const result = await validate({ root: r.dir, today: '2026-01-01' });
      expect(result.messages.filter((x) => x.rule === 'member-not-on-map')).toEqual([]);
    } finally {
      r.cleanup();
    }
  });
});
