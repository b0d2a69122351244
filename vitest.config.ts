import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Pure logic tests (no repository, no process, no environment change): they share their worker's module
 * cache (`isolate: false`), which saves loading the same modules again for every file. A new test file is
 * in the `integration` project, isolated, unless it is listed here.
 */
const UNIT = [
  'tests/scoring/**/*.test.ts',
  'tests/core/**/*.test.ts',
  'tests/publiccode/**/*.test.ts',
  'tests/ci/**/*.test.ts',
  'tests/prompts/**/*.test.ts',
  'tests/commands/validate/checks/**/*.test.ts',
  'tests/commands/validate/checks.test.ts',
  'tests/content/{entry-text,frontmatter,id,schema-messages,sections,validators}.test.ts',
  'tests/commands/report/{build,entry-url,period}.test.ts',
  'tests/commands/report/render/{labels,note,xml}.test.ts',
  'tests/commands/shared/forge.test.ts',
  'tests/commands/site/{stem,workflow}.test.ts',
  'tests/commands/forms/build.test.ts',
  'tests/i18n/catalogue.test.ts',
];

const shared = { testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    // one worker per core: vitest's default keeps a core free, which on a 2-core machine runs every file in one
    // worker while the other core waits (measured on 10 of the slowest files: 277 s with one worker, 177 s with two)
    maxWorkers: Math.max(2, availableParallelism()),
    // builds dist/ when stale and gives the run its own temporary folder (removed at the end)
    globalSetup: ['tests/helpers/global-setup.ts'],
    projects: [
      { test: { ...shared, name: 'unit', include: UNIT, isolate: false } },
      // real repositories, processes, browsers and changed environments: every file in a fresh worker
      { test: { ...shared, name: 'integration', include: ['tests/**/*.test.ts'], exclude: UNIT } },
    ],
  },
});
