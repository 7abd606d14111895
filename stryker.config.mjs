// Mutation testing (npm run mutate): Stryker mutates the pure core and the rules that guard
// money and access, then runs the unit tests against each mutant. Scores are per file/module
// in reports/mutation/. Narrow a run with `npm run mutate -- --mutate app/modules/money/core/**/*.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  // Unit tests only: they cover the pure modules, and the integration suite is too slow per mutant.
  mutate: [
    'app/modules/*/core/**/*.ts',
    // The staff role table, the Storefront API limits (query cost and depth), payment finalisation.
    'app/modules/staff/core/role-names.ts',
    'app/storefront-api/limits.ts',
    'app/modules/payments/core/stripe-amount.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.data', 'build', 'test-results', 'reports', '.bench-before'],
};
