/**
 * How much to fuzz: `npm test` runs a fixed seed and a bounded number of runs; `npm run fuzz` sets
 * FUZZ_RUNS (400) and a random seed (FUZZ_SEED=random), printed on failure so it can be replayed.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
export const SEED =
  process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261205);
/** No single response may take longer (issue 12); one that does is sent again alone before it fails. */
export const CEILING_MS = 1000;
/**
 * Per-test timeout for tests that walk every route: they grow with each new form (issue 16 added
 * five), so they get room beyond the default; `npm run fuzz` runs longer still. Slowness is judged
 * by CEILING_MS per response, not by this.
 */
export const FUZZ_TIMEOUT_MS = Math.max(180_000, RUNS * 2_000);
