/** Path handling as on Windows (path.win32) and on Linux/macOS (path.posix), on every system. */
import path from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath, systemPath, toRepoPath } from '../../src/core/paths.js';
import { PROJECT } from '../helpers/repo.js';

const win = path.win32;
const posix = path.posix;

describe('repository paths and system paths', () => {
  it('a repository path always uses /', () => {
    expect(repoPath('agenda', 'themes', 'wonen.md')).toBe('agenda/themes/wonen.md');
    expect(repoPath('agenda/', 'practices', 'a.md')).toBe('agenda/practices/a.md');
  });

  it('on Windows: a repository path becomes a path with \\, a drive letter and spaces', () => {
    const root = 'C:\\Users\\Jan de Vries\\AppData\\Roaming\\k80 agenda';
    expect(systemPath(root, 'agenda/practices/dorpsplan.md', win)).toBe(
      'C:\\Users\\Jan de Vries\\AppData\\Roaming\\k80 agenda\\agenda\\practices\\dorpsplan.md',
    );
    expect(systemPath('\\\\server\\share\\k80', 'agenda/k80.yaml', win)).toBe('\\\\server\\share\\k80\\agenda\\k80.yaml');
  });

  it('on Windows: a system path inside the repository becomes a repository path, wherever it is written from', () => {
    const root = 'C:\\Users\\Jan de Vries\\Documents\\k80';
    expect(toRepoPath(root, 'C:\\Users\\Jan de Vries\\Documents\\k80\\agenda\\themes\\wonen.md', root, win)).toBe('agenda/themes/wonen.md');
    // relative to the working directory, with / as git for Windows writes it, and in other letter case
    expect(toRepoPath(root, 'themes/wonen.md', 'C:\\Users\\Jan de Vries\\Documents\\k80\\agenda', win)).toBe('agenda/themes/wonen.md');
    expect(toRepoPath(root, 'c:\\users\\jan de vries\\documents\\K80\\agenda\\k80.yaml', root, win)).toBe('agenda/k80.yaml');
  });

  it('on Windows: outside the repository is undefined (a sibling folder, another drive, the root itself)', () => {
    const root = 'C:\\k80';
    expect(toRepoPath(root, 'C:\\k80-kopie\\agenda\\k80.yaml', root, win)).toBeUndefined();
    expect(toRepoPath(root, 'D:\\k80\\agenda\\k80.yaml', root, win)).toBeUndefined();
    expect(toRepoPath(root, '..\\elders.md', root, win)).toBeUndefined();
    expect(toRepoPath(root, 'C:\\k80', root, win)).toBeUndefined();
    expect(toRepoPath(root, '..a\\b.md', root, win)).toBe('..a/b.md'); // a name that starts with dots is inside
  });

  it('on Linux and macOS the same', () => {
    const root = '/home/jan/k80 agenda';
    expect(systemPath(root, 'agenda/k80.yaml', posix)).toBe('/home/jan/k80 agenda/agenda/k80.yaml');
    expect(toRepoPath(root, 'agenda/themes/wonen.md', root, posix)).toBe('agenda/themes/wonen.md');
    expect(toRepoPath(root, '/home/jan/elders/a.md', root, posix)).toBeUndefined();
  });
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the source code', () => {
  it('never concatenates paths with / (repository paths through repoPath, system paths through node:path)', () => {
    // `${a}/${b}`, `${a}/name`, a + '/' + b: paths glued by hand. The message catalogue may show paths in text.
    const glued = /\$\{[\w.[\]()' ]+\}\/(\$\{|[\w.-]+)|['"`]\/['"`]\s*\+|\+\s*['"`]\/['"`]/;
    const offenders: string[] = [];
    for (const file of sources(join(PROJECT, 'src'))) {
      const rel = path.relative(PROJECT, file).split(path.sep).join('/');
      if (rel.startsWith('src/i18n/') || rel === 'src/core/paths.ts') continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          if (glued.test(code) && !/https?:\/\//.test(code) && !line.includes('// not a path')) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
