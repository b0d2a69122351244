/** The READMEs document every command in Dutch and in English, with commands that work in every shell. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { k80 } from './helpers/cli.js';
import { PROJECT } from './helpers/repo.js';

const read = (f: string): string => readFileSync(join(PROJECT, f), 'utf8');

/** The commands `k80 --help` lists (not `help` itself). */
function commands(): string[] {
  const help = k80(['--help', '--lang', 'en'], { cwd: PROJECT }).stdout;
  const section = help.split('Commands:\n')[1] ?? '';
  return section
    .split('\n')
    .map((l) => /^ {2}([a-z]+)\b/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined && c !== 'help');
}

describe('the READMEs', () => {
  it('document every command, in Dutch and in English', () => {
    const all = commands();
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const file of ['README.md', 'README.en.md']) {
      const text = read(file);
      for (const c of all) expect(text, `${file}: k80 ${c}`).toContain(`### \`k80 ${c}`);
    }
  });

  it('the English README has every section of the Dutch one', () => {
    const count = (t: string) => t.split('\n').filter((l) => /^#{2,3} /.test(l)).length;
    expect(count(read('README.en.md'))).toBeGreaterThanOrEqual(count(read('README.md')) - 1);
  });

  it('show commands that work unchanged in cmd, PowerShell 5.1 and bash: no &&, no \\ line continuation', () => {
    for (const file of ['README.md', 'README.en.md', 'CONTRIBUTING.md']) {
      const blocks = read(file).split('```').filter((_, i) => i % 2 === 1).filter((b) => /^(sh|bash|shell)?\n/.test(b));
      for (const b of blocks) {
        expect(b, file).not.toContain('&&');
        expect(b, file).not.toMatch(/\\\n/);
      }
    }
  });
});
