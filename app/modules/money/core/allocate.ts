/**
 * Splits an integer amount over integer weights so the shares add up to the amount exactly
 * (largest remainder, Hamilton's method): each share is amount × weight / Σweights rounded down,
 * then the minor units left over go one each to the largest remainders (ties: the earlier weight).
 * With 0 ≤ amount ≤ Σweights no share exceeds its weight. All weights 0: nothing can be spread.
 * BigInt keeps the products exact at any size.
 */
export function allocateByWeight(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Cannot allocate ${amount}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError('Weights must be non-negative integers');
  const total = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (total === 0n) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(amount) * BigInt(w));
  const shares = exact.map((e) => e / total);
  let left = BigInt(amount) - shares.reduce((a, b) => a + b, 0n);
  const order = exact
    .map((e, i) => ({ i, rest: e % total }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}
