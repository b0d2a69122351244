/** Helpers for the add/update tests: a committed repository with the bundled agenda, git state snapshots, validity. */
import { afterAll, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyRepo, makeRepo, type TestRepo } from '../../helpers/repo.js';
import { cli, k80, type CliResult } from '../../helpers/cli.js';
import type { Choice, Prompter } from '../../../src/prompts/index.js';

/** The first repository of each kind a test file asks for; later ones are copies of it. */
const templates = new Map<string, TestRepo>();
afterAll(() => {
  for (const t of templates.values()) t.cleanup();
  templates.clear();
});

/** A git repository with the bundled agenda (8 themes, 20 actions), committed: a copy of one made per test file. */
export function agendaRepo(opts: { identity?: boolean; git?: boolean } = {}): TestRepo {
  const key = `${opts.identity !== false} ${opts.git !== false}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = makeRepo({ agenda: 'bundled', ...opts });
    if (opts.git !== false) template.commit('Agenda K80', '2026-01-10T10:00:00+01:00');
    templates.set(key, template);
  }
  return copyRepo(template);
}

/** `k80 add practice` with every required flag and a date; it writes PRACTICE_FILE. */
export const PRACTICE = [
  'add', 'practice',
  '--title', 'Dorpsplan Ameland',
  '--municipality', 'Ameland',
  '--theme', 'krachtige-vitale-kernen',
  '--theme', 'nabijheid',
  '--summary', 'Inwoners schrijven samen met de gemeente een dorpsplan: wat willen we over tien jaar?',
  '--date', '2026-03-05',
];
export const PRACTICE_FILE = 'agenda/practices/dorpsplan-ameland.md';

let home: string | undefined;
afterAll(() => {
  if (home !== undefined) rmSync(home, { recursive: true, force: true });
  home = undefined;
});

/**
 * An environment in which git finds no global or system configuration (no identity from the machine): HOME is
 * one empty folder per test file, removed after the file.
 */
export function isolatedGitEnv(): NodeJS.ProcessEnv {
  if (home === undefined) {
    home = mkdtempSync(join(tmpdir(), 'k80-home-'));
  }
  return { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, 'gitconfig') };
}

/**
 * Run the CLI in the repository, in process (`cli`); git sees no machine-wide configuration. Text for standard
 * input (`input`) needs a real process: then the built CLI is spawned.
 */
export async function run(repo: TestRepo, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliResult> {
  const env = { ...isolatedGitEnv(), ...opts.env };
  return opts.input !== undefined ? runBuilt(repo, args, opts) : cli(args, { cwd: repo.dir, env });
}

/** The built CLI, spawned (`bin/k80.js`), in the repository; git sees no machine-wide configuration. */
export function runBuilt(repo: TestRepo, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  return k80(args, { cwd: repo.dir, env: { ...isolatedGitEnv(), ...opts.env }, ...(opts.input !== undefined ? { input: opts.input } : {}) });
}

/** Everything about the work tree and index that must not change: status, staged and unstaged diffs. */
export function gitState(repo: TestRepo): { status: string; staged: string; unstaged: string } {
  return {
    status: repo.git(['status', '--porcelain=v1', '--untracked-files=all']),
    staged: repo.git(['diff', '--cached', '--binary']),
    unstaged: repo.git(['diff', '--binary']),
  };
}

/** Commit ids in stdout replaced by <id>. */
export function normalize(s: string): string {
  return s.replace(/\b(commit) [0-9a-f]{7}\b/g, '$1 <id>');
}

/** Files changed by HEAD, and its full message. */
export function head(repo: TestRepo): { files: string[]; message: string; parents: number } {
  const files = repo.git(['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').filter(Boolean);
  const message = repo.git(['log', '-1', '--format=%B']).replace(/\n+$/, '');
  const parents = repo.git(['log', '-1', '--format=%P']).trim().split(' ').filter(Boolean).length;
  return { files, message, parents };
}

/** The repository passes `k80 validate`; warnings are allowed unless `strict`. */
export async function expectValid(repo: TestRepo, strict = false): Promise<void> {
  const r = await run(repo, ['validate', '--format', 'json', ...(strict ? ['--strict'] : [])]);
  const json = JSON.parse(r.stdout) as { ok: boolean; messages: unknown[] };
  expect(json.messages).toEqual(strict ? [] : json.messages.filter((x) => (x as { severity: string }).severity !== 'error'));
  expect(json.ok).toBe(true);
  expect(r.code).toBe(0);
}

export type Step =
  | { input: string; answer: string; reject?: string[] }
  | { confirm: string; answer: boolean }
  | { select: string; answer: string }
  | { checkbox: string; answer: string[] }
  | { search: string; type: string; answer: string }
  | { editor: string; answer: string; text?: string };

/** A prompter that plays `steps` in order and fails on any other question. */
export function scripted(steps: Step[]): Prompter & { said: string[]; left: () => number } {
  const queue = [...steps];
  const said: string[] = [];
  const next = <K extends string>(kind: K, message: string): Extract<Step, Record<K, string>> => {
    const step = queue.shift();
    if (!step || !(kind in step)) throw new Error(`unexpected ${kind} prompt: ${message} (next: ${JSON.stringify(step)})`);
    const want = (step as Record<string, unknown>)[kind] as string;
    if (!message.includes(want)) throw new Error(`expected ${kind} "${want}", got "${message}"`);
    return step as Extract<Step, Record<K, string>>;
  };
  return {
    said,
    left: () => queue.length,
    async input(o) {
      const step = next('input', o.message);
      for (const bad of step.reject ?? []) {
        const verdict = o.validate?.(bad) ?? true;
        const tooLong = o.limit !== undefined && [...bad].length > o.limit;
        if (verdict === true && !tooLong && !(o.required && bad.trim() === '')) throw new Error(`"${bad}" was accepted by ${o.message}`);
      }
      if (o.validate) expect(o.validate(step.answer)).toBe(true);
      return step.answer === '' ? (o.default ?? '') : step.answer;
    },
    async confirm(o) {
      return next('confirm', o.message).answer;
    },
    async select<T>(o: { message: string; choices: ReadonlyArray<Choice<T>> }) {
      const step = next('select', o.message);
      expect(o.choices.map((c) => c.value)).toContain(step.answer);
      return step.answer as T;
    },
    async checkbox<T>(o: { message: string; choices: ReadonlyArray<Choice<T>> }) {
      const step = next('checkbox', o.message);
      for (const a of step.answer) expect(o.choices.map((c) => c.value)).toContain(a);
      return step.answer as T[];
    },
    async search<T>(o: { message: string; source: (term: string) => ReadonlyArray<Choice<T>> }) {
      const step = next('search', o.message);
      expect(o.source(step.type).map((c) => c.value)).toContain(step.answer);
      return step.answer as T;
    },
    async editor(o) {
      const step = next('editor', o.message);
      if (step.text !== undefined) expect(o.text).toBe(step.text);
      return step.answer;
    },
    say(text) {
      said.push(text);
    },
  };
}
