/**
 * The unit tests `npm run mutate` (Stryker) runs against each mutant: in-process tests of the mutated files
 * only, no spawned CLI, no Chromium, no built `dist/`. The full suite keeps its own `vitest.config.ts`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/scoring/**/*.test.ts',
      'tests/commands/report/period.test.ts',
      'tests/core/day.test.ts',
      'tests/core/today.test.ts',
      'tests/content/id.test.ts',
      'tests/commands/validate/checks.test.ts',
      'tests/commands/validate/checks/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
