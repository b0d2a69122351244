/**
 * Paths, two kinds. A *repository path* names a file inside the repository the way git, ids and messages
 * do: relative, with `/` on every system (`agenda/practices/dorpsplan.md`). A *system path* is what the
 * file system takes: built with node:path only, so Windows gets `\`, drive letters and paths with spaces.
 * These functions are the only place the two meet; `p` is node:path by default and `path.win32` in tests.
 */
import path from 'node:path';

type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'resolve' | 'sep'>;

/** A repository path from its parts: `repoPath('agenda', 'themes', 'wonen.md')` → `agenda/themes/wonen.md`. */
export function repoPath(...parts: string[]): string {
  return path.posix.join(...parts);
}

/** The system path of the repository path `rel` in the repository at `root`. */
export function systemPath(root: string, rel: string, p: PathApi = path): string {
  return p.join(root, ...rel.split('/'));
}

/**
 * The repository path of the system path `target` (absolute, or relative to `cwd`) in the repository at
 * `root`, or undefined when it lies outside the repository (another folder, another drive, `root` itself).
 */
export function toRepoPath(root: string, target: string, cwd: string = root, p: PathApi = path): string | undefined {
  const rel = p.relative(p.resolve(root), p.resolve(cwd, target));
  if (rel === '' || p.isAbsolute(rel) || rel === '..' || rel.startsWith(`..${p.sep}`)) return undefined;
  return rel.split(p.sep).join('/');
}

/** A repository folder as a prefix, with its trailing `/`: `repoFolder('agenda', 'topics')` → `agenda/topics/`. */
export function repoFolder(...parts: string[]): string {
  return `${repoPath(...parts)}/`;
}
