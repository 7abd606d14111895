import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/** For Stryker (stryker.config.mjs): the unit project only; mutants are judged by the fast, pure tests. */
export default mergeConfig({ ...base, test: { ...base.test, projects: undefined } }, defineConfig({
  test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] },
}));
