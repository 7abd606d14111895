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
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  // Carts are small: while amount × Σweights fits a double exactly, plain numbers give the same
  // shares as BigInt at a fraction of the cost (the promotion engine spreads hundreds per cart).
  if (Number.isSafeInteger(sum) && Number.isSafeInteger(amount * sum))
    return allocateSmall(amount, weights, sum);
  const total = weights.reduce((a, b) => a + BigInt(b), 0n);
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

function allocateSmall(amount: number, weights: readonly number[], total: number): number[] {
  const shares = new Array<number>(weights.length);
  const rests = new Array<number>(weights.length);
  let left = amount;
  for (let i = 0; i < weights.length; i++) {
    const exact = amount * weights[i]!;
    // Exact integer division: the quotient from floating division, corrected by its remainder.
    let q = Math.floor(exact / total);
    let r = exact - q * total;
    if (r < 0) {
      q -= 1;
      r += total;
    } else if (r >= total) {
      q += 1;
      r -= total;
    }
    shares[i] = q;
    rests[i] = r;
    left -= q;
  }
  if (left > 0) {
    const order = rests.map((_, i) => i).sort((a, b) => rests[b]! - rests[a]! || a - b);
    for (let k = 0; k < left; k++) shares[order[k]!]! += 1;
  }
  return shares;
}
