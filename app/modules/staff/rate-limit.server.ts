import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '#app/db/client.server.ts';
import { rateLimits } from '#app/db/schema/index.ts';

/**
 * Rate limits through rate-limiter-flexible, stored in PostgreSQL (its Drizzle store, so PGlite and
 * postgres.js both work), so every app process shares the count. A window starts at a key's first
 * hit and lasts `windowSeconds`; each hit counts, refused ones too. The same limiter can guard any
 * other form (the returns lookup).
 */
const limiters = new WeakMap<Db, Map<string, RateLimiterDrizzle>>();

function limiterFor(db: Db, limit: number, windowSeconds: number): RateLimiterDrizzle {
  const byDb = limiters.get(db) ?? new Map<string, RateLimiterDrizzle>();
  limiters.set(db, byDb);
  const id = `${limit}/${windowSeconds}`;
  let limiter = byDb.get(id);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      points: limit,
      duration: windowSeconds,
      keyPrefix: 'rl',
    });
    byDb.set(id, limiter);
  }
  return limiter;
}

/** Counts a hit on `key`; whether it is allowed and, when refused, the seconds until the window ends. */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  try {
    const res = await limiterFor(db, limit, windowSeconds).consume(key);
    return { allowed: true, retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (refused) {
    // The library rejects with its result when the points are used up, and with an Error when the store fails.
    if (!(refused instanceof RateLimiterRes)) throw refused;
    return { allowed: false, retryAfterSeconds: Math.ceil(refused.msBeforeNext / 1000) };
  }
}

/**
 * Gives one hit back: a sign-in that proved its password is not a guess, so a member signing in
 * from a few devices is never locked out of their own account by the guessing limit.
 */
export async function forgiveRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<void> {
  await limiterFor(db, limit, windowSeconds).reward(key, 1);
}
