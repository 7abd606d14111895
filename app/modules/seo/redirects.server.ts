import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { notFoundLog, redirects } from '#app/db/schema/index.ts';
import { normalizePath, planRedirect, type RedirectProblem } from './core/redirects.ts';

/** 301 redirects per storefront locale ("de-DE", or "*" for all) and the 404 log. */

export async function addRedirect(db: Db, input: { locale: string; path: string; target: string; source?: 'manual' | 'handle-change' | 'import' }): Promise<{ ok: true } | { ok: false; problem: RedirectProblem }> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const existing = await tx.select({ path: redirects.path, target: redirects.target }).from(redirects).where(eq(redirects.locale, input.locale));
    const plan = planRedirect(existing, input);
    if (!plan.ok) return plan;
    for (const r of plan.retarget) await tx.update(redirects).set({ target: r.target }).where(and(eq(redirects.locale, input.locale), eq(redirects.path, r.path)));
    await tx.insert(redirects).values({ locale: input.locale, path: plan.rule.path, target: plan.rule.target, source: input.source ?? 'manual' })
      .onConflictDoUpdate({ target: [redirects.locale, redirects.path], set: { target: plan.rule.target, source: input.source ?? 'manual' } });
    // A page that now redirects is no longer a 404.
    await tx.delete(notFoundLog).where(and(eq(notFoundLog.path, plan.rule.path), input.locale === '*' ? undefined : eq(notFoundLog.locale, input.locale)));
    return { ok: true as const };
  });
}

/**
 * When a handle changes (in any locale, translated handles included), the old URL keeps
 * working: a 301 to the new one, chains collapsed.
 */
export async function redirectForHandleChange(db: Db, locale: string, kind: 'products' | 'collections' | 'pages', oldHandle: string, newHandle: string) {
  const target = `/${kind}/${newHandle}`;
  // The new URL is a live page again: a redirect away from it (an earlier rename) would now loop.
  await db.delete(redirects).where(and(eq(redirects.locale, locale), eq(redirects.path, target), eq(redirects.source, 'handle-change')));
  return addRedirect(db, { locale, path: `/${kind}/${oldHandle}`, target, source: 'handle-change' });
}

/** The redirect for a path in a locale (an exact-locale rule wins over "*"), counting the hit. */
export async function findRedirect(db: Db, locale: string, rawPath: string): Promise<string | null> {
  const path = normalizePath(rawPath);
  if (!path) return null;
  const rows = await db.select({ id: redirects.id, locale: redirects.locale, target: redirects.target }).from(redirects)
    .where(and(eq(redirects.path, path), inArray(redirects.locale, [locale, '*'])));
  const hit = rows.find((r) => r.locale === locale) ?? rows[0];
  if (!hit) return null;
  await db.update(redirects).set({ hits: sql`${redirects.hits} + 1` }).where(eq(redirects.id, hit.id));
  return hit.target;
}

export async function recordNotFound(db: Db, locale: string, rawPath: string): Promise<void> {
  const path = normalizePath(rawPath);
  if (!path) return;
  await db.insert(notFoundLog).values({ locale, path })
    .onConflictDoUpdate({ target: [notFoundLog.locale, notFoundLog.path], set: { hits: sql`${notFoundLog.hits} + 1`, lastSeen: sql`now()` } });
}

export async function listNotFound(db: Db, limit = 100) {
  return db.select().from(notFoundLog).orderBy(desc(notFoundLog.hits), desc(notFoundLog.lastSeen)).limit(limit);
}

export async function listRedirects(db: Db, limit = 500) {
  return db.select().from(redirects).orderBy(redirects.locale, redirects.path).limit(limit);
}
