/**
 * A checkout as git for Windows makes it (core.autocrlf=true: CRLF in the work tree, LF in the
 * repository): validate is clean, add commits cleanly and leaves nothing modified. Through the CLI edge, in process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { makeRepo } from './helpers/repo.js';
import { tempRepos } from './helpers/temp-repos.js';

const repo = tempRepos(makeRepo);

describe('a CRLF checkout (core.autocrlf=true)', () => {
  it('validates, adds, updates and commits cleanly', async () => {
    const r = repo({ agenda: 'bundled' });
    r.git(['config', 'core.autocrlf', 'true']);
    r.commit('Agenda');
    // check everything out again, now with CRLF line endings in the work tree
    r.remove('agenda');
    r.git(['checkout', '--', 'agenda']);
    const settings = readFileSync(join(r.dir, 'agenda', 'k80.yaml'), 'utf8');
    expect(settings).toContain('\r\n');
    expect(r.git(['status', '--porcelain'])).toBe('');

    const v = await cli(['validate'], { cwd: r.dir });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^✔ \d+ bestanden gecontroleerd, geen fouten\.\n$/);

    const add = await cli(
      ['add', 'practice', '--title', 'Dorpsbudget per kern', '--municipality', 'Ameland', '--theme', 'wonen', '--summary', 'Elke kern krijgt een eigen budget.', '--date', '2026-03-05', '--yes'],
      { cwd: r.dir },
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(r.git(['status', '--porcelain'])).toBe('');
    expect(r.git(['show', '--name-only', '--format=', 'HEAD'])).toBe('agenda/practices/dorpsbudget-per-kern.md\n');
    // in the repository: LF only
    expect(r.git(['show', 'HEAD:agenda/practices/dorpsbudget-per-kern.md'])).not.toContain('\r');
    expect((await cli(['validate'], { cwd: r.dir })).code).toBe(0);
    // update patches a CRLF file: only the changed lines differ, nothing else is left modified
    const up = await cli(['update', 'practice', 'dorpsbudget-per-kern', '--note', 'Eerste kern gestart.', '--date', '2026-04-01', '--yes'], { cwd: r.dir });
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(r.git(['status', '--porcelain'])).toBe('');
    expect(r.git(['show', 'HEAD:agenda/practices/dorpsbudget-per-kern.md'])).not.toContain('\r');
    const list = await cli(['list', 'practices'], { cwd: r.dir });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Dorpsbudget per kern');
  });
});
