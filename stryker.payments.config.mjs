// Mutation testing of payment finalisation (npm run mutate:payments): pay.server.ts is I/O, so its
// mutants are judged by the integration tests that pay through it (PGlite), not by unit tests.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-payments.config.ts', related: false },
  mutate: ['app/modules/checkout/pay.server.ts'],
  concurrency: 1,
  timeoutMS: 60_000,
  htmlReporter: { fileName: 'reports/mutation/payments.html' },
  jsonReporter: { fileName: 'reports/mutation/payments.json' },
};
