import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * For stryker.payments.config.mjs: the integration files that pay (on PGlite). The crash-recovery
 * file is left out: its payment runs in a child process, which Stryker's active mutant does not reach.
 */
export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      name: 'payments',
      include: [
        'tests/integration/checkout.test.ts',
        'tests/integration/checkout-money-paths.test.ts',
        'tests/integration/checkout-confirmation.test.ts',
        'tests/integration/stripe-checkout.test.ts',
      ],
      env: { MERIDIAN_TEST_DB: 'pglite' },
      globalSetup: ['tests/support/integration-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      maxWorkers: 1,
      isolate: false,
    },
  }),
);
