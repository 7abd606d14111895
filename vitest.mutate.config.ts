import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/** For Stryker (stryker.config.mjs): the unit project only; mutants are judged by the fast, pure tests. */
export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    // Mutants run two at a time on a shared machine: allow slow tests (scrypt) more than the default 5 s.
    test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], testTimeout: 60_000 },
  }),
);
