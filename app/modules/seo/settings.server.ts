import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { seoResources, seoSettings } from '#app/db/schema/index.ts';
import { validateRobots, type RobotsProblem } from './core/robots.ts';

/** Store-wide SEO settings: the merchant's extra robots.txt rules. */

export async function robotsExtra(db: Db): Promise<string> {
  const [row] = await db.select({ robotsExtra: seoSettings.robotsExtra }).from(seoSettings);
  return row?.robotsExtra ?? '';
}

export async function setRobotsExtra(
  db: Db,
  text: string,
): Promise<{ ok: true } | { ok: false; problems: RobotsProblem[] }> {
  const problems = validateRobots(text);
  if (problems.length) return { ok: false, problems };
  const value = text.replace(/\r\n?/g, '\n').trim();
  await db
    .insert(seoSettings)
    .values({ id: 1, robotsExtra: value })
    .onConflictDoUpdate({ target: seoSettings.id, set: { robotsExtra: value, updatedAt: sql`now()` } });
  return { ok: true };
}

/** Resources kept out of search engines or the sitemap, for the Indexing page. */
export async function hiddenResources(db: Db, limit = 200) {
  return db
    .select({
      gid: seoResources.resourceGid,
      noindex: seoResources.noindex,
      sitemapExclude: seoResources.sitemapExclude,
    })
    .from(seoResources)
    .where(or(eq(seoResources.noindex, true), eq(seoResources.sitemapExclude, true)))
    .orderBy(seoResources.resourceGid)
    .limit(limit);
}
