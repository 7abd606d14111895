import { defineConfig } from 'vitest/config';

/**
 * Unit tests are pure. Integration tests run against PGlite, and again against
 * PostgreSQL when TEST_DATABASE_URL is set. Each file gets its own copy of a template database.
 */
const integration = (name: string, kind: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['tests/integration/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    env: { MERIDIAN_TEST_DB: kind },
    // Migrates and seeds template databases once; each file copies one (tests/support/test-db.ts).
    globalSetup: ['tests/support/integration-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep database-heavy files to two at a time.
    maxWorkers: 2,
    // A worker keeps its imported app between files: importing it was a third of the suite's time.
    // Nothing shares data across files (each opens its own copy), and the suite passes with
    // --sequence.shuffle.files, so the order of files does not matter.
    isolate: false,
  },
});

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; Node loads the CJS one for graphql-tools and yoga,
    // so tests must too, or graphql-js sees two copies of itself.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      integration('integration', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('integration-postgres', 'postgres')] : []),
    ],
  },
});
