import { sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { rateLimits } from '#app/db/schema/index.ts';

/**
 * Fixed-window rate limit kept in the database, so every app process shares it.
 * Returns whether this hit is allowed and when the window resets.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number, now = new Date()) {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.insert(rateLimits).values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
  return { allowed: (row?.count ?? 0) <= limit, retryAfterSeconds };
}
