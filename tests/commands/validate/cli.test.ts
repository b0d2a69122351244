/** `k80 validate` end to end: the built CLI on the bundled agenda and on hostile files. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { k80 } from '../../helpers/cli.js';
import { makeRepo, PROJECT, type TestRepo } from '../../helpers/repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const repo = (agenda: 'bundled' | 'minimal'): TestRepo => {
  const r = makeRepo({ agenda, git: false });
  repos.push(r);
  return r;
};

describe('k80 validate (built CLI)', () => {
  it('the bundled agenda validates: exit 0, zero messages, also with --strict', () => {
    const r = k80(['validate', '--format', 'json', '--strict'], { cwd: PROJECT });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, files: 30, messages: [] });
    expect(k80(['validate'], { cwd: PROJECT })).toEqual({ code: 0, stdout: '✔ 30 bestanden gecontroleerd, geen fouten.\n', stderr: '' });
  });

  it('finds the repository from a subfolder, and with --root', () => {
    const r = repo('bundled');
    expect(k80(['validate'], { cwd: join(r.dir, 'agenda', 'themes') }).code).toBe(0);
    expect(k80(['--root', r.dir, 'validate', '--format', 'json'], { cwd: tmpdir() }).stdout).toContain('"files": 30');
  });

  it('outside a repository: exit 2 with a Dutch fix', () => {
    const empty = mkdtempSync(join(tmpdir(), 'k80-none-'));
    try {
      const r = k80(['validate'], { cwd: empty });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Fout: Geen agenda-repository gevonden/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a ---js file from a pull request does not run', () => {
    const r = repo('bundled');
    const target = join(r.dir, 'pwned.txt');
    r.write('agenda/practices/aanval.md', `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(target)}, 'x') }\n---\n`);
    r.write('agenda/practices/aanval-2.md', `---Javascript\nrequire('fs').writeFileSync(${JSON.stringify(target)}, 'x')\n---\n`);
    const out = k80(['validate', '--format', 'github'], { cwd: r.dir });
    expect(out.code).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(out.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      "::error file=agenda/practices/aanval-2.md,line=1,col=4,title=k80 frontmatter-language::Frontmatter in 'Javascript' is niet toegestaan: alleen YAML. Begin het bestand met een regel met alleen ---.",
      "::error file=agenda/practices/aanval.md,line=1,col=4,title=k80 frontmatter-language::Frontmatter in 'js' is niet toegestaan: alleen YAML. Begin het bestand met een regel met alleen ---.",
    ]);
  });
});
