/**
 * `k80 init`: a new agenda repository for another network in an empty or new folder — the files of
 * ./files.ts, this tool's schemas, and a first commit. Nothing is left behind when it fails.
 */
import { maxLength } from '../../content/schema-facts.js';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseOptions, Outcome } from '../types.js';
import type { InitCliOptions } from './options.js';
import { m } from '../../i18n/index.js';
import { EXIT, UsageError } from '../../core/errors.js';
import { today } from '../../core/today.js';
import { commitEverything, initRepository } from '../../git/init.js';
import { initFiles, type NewFile } from './files.js';
import { systemPath } from '../../core/paths.js';
import { forms } from '../forms/index.js';

export interface InitOptions {
  /** The folder of the new repository (absolute, or relative to `cwd`). */
  dir: string;
  cwd: string;
  name?: string;
  agendaTitle?: string;
  /** Make a git repository with a first commit (default true). */
  commit?: boolean;
  /** YYYY-MM-DD; defaults to today in Europe/Amsterdam. */
  today?: string;
}

export interface InitResult {
  dir: string;
  name: string;
  files: string[];
  commit?: string;
  /** Where the workflow fetches k80 from; empty when this installation does not know. */
  source: string;
}

const NAME_MAX = maxLength('settings', ['name']);
const TITLE_MAX = maxLength('settings', ['agenda', 'title']);
/** This installation of k80: holds schemas/ and package.json. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function oneLine(value: string | undefined, max: number): string | undefined {
  const v = value?.trim();
  if (v === undefined || v.length === 0 || v.length > max || /\p{Cc}/u.test(v)) return undefined;
  return v;
}

/** The git URL of this tool's own repository, from package.json `repository`, when it has one. */
function toolSource(packageJson: string): string {
  const pkg = JSON.parse(packageJson) as { repository?: string | { url?: string } };
  const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  return url.replace(/^git\+/, '');
}

function schemaFiles(): NewFile[] {
  const dir = join(PACKAGE_ROOT, 'schemas');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => ({ path: `schemas/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Is `dir` usable: missing (then created) or an empty folder? Returns whether it existed. */
function checkTarget(dir: string): boolean {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  if (!isDir) throw new UsageError(m.init.notADir(dir), m.init.notADirHint);
  if (readdirSync(dir).length > 0) throw new UsageError(m.init.notEmpty(dir), m.init.notEmptyHint);
  return true;
}

export async function init(options: InitOptions): Promise<InitResult> {
  if (options.name === undefined) throw new UsageError(m.init.nameMissing, m.init.nameMissingHint);
  const name = oneLine(options.name, NAME_MAX);
  if (name === undefined) throw new UsageError(m.init.nameInvalid(NAME_MAX), m.init.nameMissingHint);
  const agendaTitle = options.agendaTitle === undefined ? m.init.agendaTitle(name) : oneLine(options.agendaTitle, TITLE_MAX);
  if (agendaTitle === undefined) throw new UsageError(m.init.titleInvalid(TITLE_MAX));
  const dir = resolve(options.cwd, options.dir);
  const existed = checkTarget(dir);
  const source = toolSource(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
  const files = [...initFiles({ name, agendaTitle, today: options.today ?? today(), source }), ...schemaFiles()];

  mkdirSync(dir, { recursive: true });
  try {
    for (const f of files) {
      const target = systemPath(dir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.text, { encoding: 'utf8', flag: 'wx' });
    }
    // the issue forms, as `k80 forms` makes them from the new agenda
    const made = forms({ root: dir, check: false });
    const all = [...files.map((f) => f.path), ...made.files];
    let commit: string | undefined;
    if (options.commit !== false) {
      initRepository(dir);
      commit = commitEverything(dir, m.init.commitMessage(name));
    }
    return { dir, name, files: all, commit, source };
  } catch (e) {
    // leave the folder as it was: empty, or not there at all
    if (existed) for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
    else rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export async function main(options: InitCliOptions & BaseOptions): Promise<Outcome> {
  const r = await init({ dir: options.dir ?? '.', cwd: options.cwd, name: options.name, agendaTitle: options.agendaTitle, commit: options.commit });
  const t = m.init;
  const steps = [
    ...(resolve(options.cwd) === r.dir ? [] : [t.stepCd(r.dir)]),
    t.stepMembers,
    t.stepTheme,
    ...(r.source === '' ? [t.stepSource] : []),
    t.stepValidate,
  ];
  const lines = [
    t.created(r.name, r.dir),
    r.commit === undefined ? t.notCommitted : t.committed(r.commit.slice(0, 7)),
    '',
    t.nextSteps,
    ...steps.map((s, i) => `  ${i + 1}. ${s}`),
    '',
  ];
  return { stdout: lines.join('\n'), exitCode: EXIT.ok };
}
