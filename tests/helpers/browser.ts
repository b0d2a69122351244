/**
 * The one browser of the test suite, and the rule for the outside programs a test needs.
 *
 * - `CHROMIUM`: `K80_CHROMIUM` when set (another system, or to check the skip), else Debian's
 *   chromium-headless-shell when installed (it starts in about 0.1 s instead of 0.4 s and renders faster:
 *   only what a headless page needs), else Debian's `/usr/bin/chromium`.
 * - `launchChromium()`: that browser through playwright-core, with one list of flags (no GPU, no network
 *   services of its own).
 * - `needs(what, tools)`: without a tool the tests are skipped locally, with the reason printed and in the
 *   suite's title; under CI (`CI` set) they run anyway and fail in `beforeAll` via `require()`, so a missing
 *   tool is never a silent pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/** The browser's executable for every test that opens a page, prints a PDF or lets the CLI print one. */
export const CHROMIUM = process.env.K80_CHROMIUM ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/** The flags of every test browser: headless, no sandbox (CI runs as root), nothing it does on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Start the test browser; the caller closes it (afterAll). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** axe-core, minified (the same rules as axe.js, less to send to the page and parse). */
export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

/** The outside programs tests need, how to find out they are there, and how to install them (Debian). */
const TOOLS = {
  chromium: { present: () => existsSync(CHROMIUM), name: () => CHROMIUM, install: 'apt-get install -y chromium-headless-shell (or chromium)' },
  poppler: { present: () => runs('pdftotext', ['-v']), name: () => 'pdftotext', install: 'apt-get install -y poppler-utils' },
  office: { present: () => runs('soffice', ['--version']), name: () => 'soffice', install: 'apt-get install -y libreoffice-writer-nogui' },
} as const;

export type Tool = keyof typeof TOOLS;

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const known = new Map<Tool, boolean>();
/** Whether `tool` is on this machine (looked up once per test file). */
export function has(tool: Tool): boolean {
  let present = known.get(tool);
  if (present === undefined) known.set(tool, (present = TOOLS[tool].present()));
  return present;
}

export interface Needs {
  /** Skip these tests: a tool is missing and this is not CI. */
  skip: boolean;
  /** The suite's title; when skipped it says what is missing and how to install it. */
  title: string;
  /** Call in beforeAll: throws (fails the tests) when a tool is missing, which only happens under CI. */
  require(): void;
}

/** The skip/CI-fail rule for tests titled `what` that need `tools`. */
export function needs(what: string, tools: Tool[]): Needs {
  const missing = tools.filter((tool) => !has(tool));
  const names = missing.map((tool) => TOOLS[tool].name()).join(', ');
  const install = missing.map((tool) => TOOLS[tool].install).join('; ');
  const skip = missing.length > 0 && !process.env.CI;
  const title = skip ? `${what} — SKIPPED: ${names} not found (${install}); under CI this fails` : what;
  if (skip) console.warn(`[k80] ${title}`);
  return {
    skip,
    title,
    require() {
      if (missing.length > 0) throw new Error(`${names} ontbreekt: ${install} (CI draait deze test altijd).`);
    },
  };
}
