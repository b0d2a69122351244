/**
 * Real temporary git repositories for tests: init, a fixed identity, fixed dates through
 * GIT_AUTHOR_DATE/GIT_COMMITTER_DATE, and commits of real files. No mocks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout this test suite belongs to (holds agenda/, schemas/, dist/). */
export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestRepo {
  dir: string;
  /** Run git in the repo with the fixed identity; returns stdout. `date` (ISO 8601) fixes both dates. */
  git(args: string[], date?: string): string;
  write(path: string, text: string | Uint8Array): void;
  read(path: string): string;
  exists(path: string): boolean;
  remove(path: string): void;
  /** Stage everything and commit with `message` at `date` (ISO 8601, e.g. 2026-03-01T10:00:00+01:00). */
  commit(message: string, date?: string, author?: { name: string; email: string }): string;
  cleanup(): void;
}

/** `K80_TEST_AUTOCRLF=true`: every temporary repository converts line endings like a Windows checkout. */
export const AUTOCRLF = process.env.K80_TEST_AUTOCRLF === 'true';

const IDENTITY = { name: 'Test Secretariaat', email: 'secretariaat@example.org' };

export function gitEnv(date?: string, author = IDENTITY): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
  };
  if (date) {
    env.GIT_AUTHOR_DATE = date;
    env.GIT_COMMITTER_DATE = date;
  }
  return env;
}

/**
 * A new repository. `agenda: 'bundled'` copies this project's agenda/ into it; `'minimal'` writes the two
 * settings files and two themes; `'none'` leaves it empty. `git: false` makes a plain folder.
 */
export function makeRepo(opts: { agenda?: 'bundled' | 'minimal' | 'none'; git?: boolean; identity?: boolean } = {}): TestRepo {
  const repo = repoAt(mkdtempSync(join(tmpdir(), 'k80-test-')));
  if (opts.git !== false) {
    repo.git(['init', '--quiet', '--initial-branch=main']);
    if (opts.identity !== false) {
      repo.git(['config', 'user.name', IDENTITY.name]);
      repo.git(['config', 'user.email', IDENTITY.email]);
    }
    repo.git(['config', 'commit.gpgsign', 'false']);
    // K80_TEST_AUTOCRLF=true runs the suite as git for Windows checks files out: CRLF in the work tree
    repo.git(['config', 'core.autocrlf', AUTOCRLF ? 'true' : 'false']);
  }
  const agenda = opts.agenda ?? 'minimal';
  if (agenda === 'bundled') cpSync(join(PROJECT, 'agenda'), join(repo.dir, 'agenda'), { recursive: true });
  if (agenda === 'minimal') writeMinimalAgenda(repo);
  return repo;
}

/**
 * A copy of `template` (work tree, index and history: the whole folder) in a new temporary folder: an
 * expensive fixture is built once per file and each test gets its own copy.
 */
export function copyRepo(template: TestRepo): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'k80-test-'));
  cpSync(template.dir, dir, { recursive: true, verbatimSymlinks: true });
  return repoAt(dir);
}

/** The test handle of the repository (or plain folder) at `dir`. */
function repoAt(dir: string): TestRepo {
  const run = (args: string[], date?: string, author = IDENTITY): string =>
    execFileSync('git', args, { cwd: dir, env: gitEnv(date, author), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    dir,
    git: (args, date) => run(args, date),
    write(path, text) {
      const p = join(dir, path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    exists: (path) => existsSync(join(dir, path)),
    remove: (path) => rmSync(join(dir, path), { recursive: true, force: true }),
    commit(message, date = '2026-01-15T10:00:00+01:00', author = IDENTITY) {
      run(['add', '--all'], date, author);
      run(['commit', '--quiet', '--allow-empty', '-m', message], date, author);
      return run(['rev-parse', 'HEAD']).trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const MINIMAL_SETTINGS = `name: K80
agenda:
  title: "Agenda K80 – De Kracht van Nabijheid"
  adopted: "2022-11-30"
members:
  - Ameland
  - Vaals
  - Beesel
`;

/** The shipped framework (afwegingskader), read from this project's agenda. */
export function frameworkText(): string {
  return readFileSync(join(PROJECT, 'agenda', 'afwegingskader.yaml'), 'utf8');
}

export function writeMinimalAgenda(repo: TestRepo): void {
  repo.write('agenda/k80.yaml', MINIMAL_SETTINGS);
  repo.write('agenda/afwegingskader.yaml', frameworkText());
  repo.write(
    'agenda/themes/wonen.md',
    `---\ntitle: Wonen\ntagline: passende en duurzame oplossingen\nsection: B\norder: 3\n---\nWonen is een belangrijk thema.\n`,
  );
  repo.write(
    'agenda/themes/nabijheid.md',
    `---\ntitle: Nabijheid\ntagline: het vertrekpunt van al ons handelen\nsection: A\norder: 1\n---\nKleinere gemeenten staan dicht bij hun inwoners.\n`,
  );
}

/** A valid practice file text; override fields with `fields` (YAML lines replacing the defaults by key). */
export function practiceText(fields: Record<string, string> = {}, body = '## Wat is het?\n\nEen voorbeeld.\n'): string {
  const base: Record<string, string> = {
    title: 'Dorpsplan met inwoners',
    municipality: 'Ameland',
    themes: '[wonen]',
    date: '"2026-03-05"',
    summary: 'Inwoners schrijven samen met de gemeente een dorpsplan.',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}
