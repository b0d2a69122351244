// Mutation testing of the pure logic whose boundaries matter most: `npm run mutate` (by hand, not in CI: it
// takes minutes). Reports go to reports/ (git-ignored); the incremental file there makes a second run only
// test the mutants whose code or tests changed. One file: `npm run mutate -- --mutate src/content/id.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: [
    'src/scoring/**/*.ts',
    'src/commands/report/period.ts',
    'src/core/day.ts',
    'src/core/today.ts',
    'src/content/id.ts',
    'src/commands/validate/checks/**/*.ts',
  ],
  // the machine that runs this usually has two cores and other work on them
  concurrency: 2,
  // Static mutants (a change in a module-level table or pattern: the functional-mailbox words, the control-character
  // ranges) can only be tested by loading the module anew and running every test: in personal.ts 149 of 330
  // mutants took two thirds of its 12 minutes, and those that survive are words a shorter word already covers.
  // Measure them too for one file: `STRYKER_STATIC=1 npm run mutate -- --mutate src/commands/validate/checks/personal.ts`.
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  ignorePatterns: ['dist', 'reports', 'coverage', 'bench/.work', 'site', 'sbom'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  // a mutant that loops forever (a counter that never ends) is a kill by time-out; keep that wait short
  timeoutMS: 5_000,
  cleanTempDir: 'always',
};
