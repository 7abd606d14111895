import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { notFoundLog, redirects } from '#app/db/schema/index.ts';
import { parseCsv, toCsv } from '#app/lib/csv.ts';
import { normalizePath, planRedirect, type RedirectProblem } from './core/redirects.ts';

/** 301 redirects per storefront locale ("de-DE", or "*" for all) and the 404 log. */

export async function addRedirect(
  db: Db,
  input: { locale: string; path: string; target: string; source?: 'manual' | 'handle-change' | 'import' },
): Promise<{ ok: true } | { ok: false; problem: RedirectProblem }> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const existing = await tx
      .select({ path: redirects.path, target: redirects.target })
      .from(redirects)
      .where(eq(redirects.locale, input.locale));
    const plan = planRedirect(existing, input);
    if (!plan.ok) return plan;
    for (const r of plan.retarget)
      await tx
        .update(redirects)
        .set({ target: r.target })
        .where(and(eq(redirects.locale, input.locale), eq(redirects.path, r.path)));
    await tx
      .insert(redirects)
      .values({
        locale: input.locale,
        path: plan.rule.path,
        target: plan.rule.target,
        source: input.source ?? 'manual',
      })
      .onConflictDoUpdate({
        target: [redirects.locale, redirects.path],
        set: { target: plan.rule.target, source: input.source ?? 'manual' },
      });
    // A page that now redirects is no longer a 404.
    await tx
      .delete(notFoundLog)
      .where(
        and(
          eq(notFoundLog.path, plan.rule.path),
          input.locale === '*' ? undefined : eq(notFoundLog.locale, input.locale),
        ),
      );
    return { ok: true as const };
  });
}

/**
 * When a handle changes (in any locale, translated handles included), the old URL keeps
 * working: a 301 to the new one, chains collapsed.
 */
export async function redirectForHandleChange(
  db: Db,
  locale: string,
  /** The path before the handle: "products", or "blogs/<blog handle>" for an article. */
  kind: string,
  oldHandle: string,
  newHandle: string,
) {
  const target = normalizePath(`/${kind}/${newHandle}`);
  if (!target) return { ok: false as const, problem: 'invalidTarget' as const };
  // The new URL is a live page again: any redirect away from it (an earlier rename, a manual or
  // imported rule) would hide it or make this one loop.
  await db.delete(redirects).where(and(eq(redirects.locale, locale), eq(redirects.path, target)));
  return addRedirect(db, { locale, path: `/${kind}/${oldHandle}`, target, source: 'handle-change' });
}

/** The redirect for a path in a locale (an exact-locale rule wins over "*"), counting the hit. */
export async function findRedirect(db: Db, locale: string, rawPath: string): Promise<string | null> {
  const path = normalizePath(rawPath);
  if (!path) return null;
  const rows = await db
    .select({ id: redirects.id, locale: redirects.locale, target: redirects.target })
    .from(redirects)
    .where(and(eq(redirects.path, path), inArray(redirects.locale, [locale, '*'])));
  const hit = rows.find((r) => r.locale === locale) ?? rows[0];
  if (!hit) return null;
  await db
    .update(redirects)
    .set({ hits: sql`${redirects.hits} + 1` })
    .where(eq(redirects.id, hit.id));
  return hit.target;
}

/** Distinct 404 paths kept: a bot spraying random URLs must not grow the log without end. */
export const NOT_FOUND_LOG_CAP = 5000;

export async function recordNotFound(db: Db, locale: string, rawPath: string): Promise<void> {
  const path = normalizePath(rawPath);
  if (!path) return;
  const updated = await db
    .update(notFoundLog)
    .set({ hits: sql`${notFoundLog.hits} + 1`, lastSeen: sql`now()` })
    .where(and(eq(notFoundLog.locale, locale), eq(notFoundLog.path, path)))
    .returning({ path: notFoundLog.path });
  if (updated.length) return;
  // New paths only while the log is under its cap; known ones keep counting above.
  await db.execute(sql`insert into not_found_log (locale, path)
    select ${locale}, ${path} where (select count(*) from not_found_log) < ${NOT_FOUND_LOG_CAP}
    on conflict (locale, path) do update set hits = not_found_log.hits + 1, last_seen = now()`);
}

export async function listNotFound(db: Db, limit = 100) {
  return db
    .select()
    .from(notFoundLog)
    .orderBy(desc(notFoundLog.hits), desc(notFoundLog.lastSeen))
    .limit(limit);
}

export async function listRedirects(db: Db, limit = 500) {
  return db.select().from(redirects).orderBy(redirects.locale, redirects.path).limit(limit);
}

export const REDIRECT_CSV_HEADER = ['locale', 'path', 'target'] as const;
const LOCALE = /^(\*|[a-z]{2,3}(-[A-Za-z]{2,4})?-[A-Z]{2})$/;

export interface RedirectImportProblem {
  line: number;
  code: RedirectProblem | 'badHeader' | 'invalidLocale' | 'badRow' | 'tooMany';
}

/**
 * Imports redirects from CSV (locale,path,target) all-or-nothing: every row is checked against
 * the existing rules and the rows before it (chains collapse, loops are refused), every problem
 * is reported with its line, and only a clean file is applied, in one transaction.
 */
export async function importRedirects(
  db: Db,
  csv: string,
): Promise<{ ok: true; imported: number } | { ok: false; problems: RedirectImportProblem[] }> {
  const rows = parseCsv(csv);
  const [header, ...body] = rows;
  if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== REDIRECT_CSV_HEADER.join(','))
    return { ok: false, problems: [{ line: 1, code: 'badHeader' }] };
  if (body.length > 10_000) return { ok: false, problems: [{ line: 0, code: 'tooMany' }] };
  const problems: RedirectImportProblem[] = [];
  const sets = new Map<string, { path: string; target: string }[]>();
  const existing = await db
    .select({ locale: redirects.locale, path: redirects.path, target: redirects.target })
    .from(redirects);
  for (const r of existing)
    (sets.get(r.locale) ?? sets.set(r.locale, []).get(r.locale)!).push({ path: r.path, target: r.target });
  const accepted: { locale: string; path: string; target: string }[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== 3) return void problems.push({ line, code: 'badRow' });
    const [locale, path, target] = cells.map((c) => c.trim()) as [string, string, string];
    if (!LOCALE.test(locale)) return void problems.push({ line, code: 'invalidLocale' });
    const set = sets.get(locale) ?? [];
    const plan = planRedirect(set, { path, target });
    if (!plan.ok) return void problems.push({ line, code: plan.problem });
    const next = set
      .filter((r) => r.path !== plan.rule.path)
      .map((r) => plan.retarget.find((x) => x.path === r.path) ?? r);
    sets.set(locale, [...next, plan.rule]);
    accepted.push({ locale, path, target });
  });
  if (problems.length) return { ok: false, problems };
  // Write the planned end state in bulk (new rules, and existing ones whose target a chain collapse moved):
  // one pass, however many rows, instead of re-planning against the table row by row.
  const before = new Map(existing.map((r) => [`${r.locale}\n${r.path}`, r.target]));
  const writes = [...new Set(accepted.map((r) => r.locale))].flatMap((locale) =>
    (sets.get(locale) ?? [])
      .filter((r) => before.get(`${locale}\n${r.path}`) !== r.target)
      .map((r) => ({ locale, path: r.path, target: r.target, source: 'import' as const })),
  );
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    for (let i = 0; i < writes.length; i += 500) {
      await tx
        .insert(redirects)
        .values(writes.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [redirects.locale, redirects.path],
          set: { target: sql.raw('excluded.target') },
        });
    }
    // Paths that now redirect are no longer 404s.
    const paths = [...new Set(accepted.map((r) => normalizePath(r.path)!))];
    for (let i = 0; i < paths.length; i += 500)
      await tx.delete(notFoundLog).where(inArray(notFoundLog.path, paths.slice(i, i + 500)));
  });
  return { ok: true, imported: accepted.length };
}

export async function redirectsCsv(db: Db): Promise<string> {
  const rows = await db
    .select({ locale: redirects.locale, path: redirects.path, target: redirects.target })
    .from(redirects)
    .orderBy(redirects.locale, redirects.path);
  return toCsv([[...REDIRECT_CSV_HEADER], ...rows.map((r) => [r.locale, r.path, r.target])]);
}

/**
 * Redirects as one storefront locale sees them, for the Storefront API's `urlRedirects`: per path
 * the locale's own rule, else the "*" rule (as findRedirect picks). Keyset-paged by path.
 */
export async function redirectsInLocale(
  db: Db,
  locale: string,
  page: { path?: string; above?: string | null; below?: string | null; limit: number; descending: boolean },
) {
  const where = and(
    inArray(redirects.locale, [locale, '*']),
    page.path !== undefined ? eq(redirects.path, page.path) : undefined,
    page.above != null ? sql`${redirects.path} > ${page.above}` : undefined,
    page.below != null ? sql`${redirects.path} < ${page.below}` : undefined,
  );
  return db
    .selectDistinctOn([redirects.path], { id: redirects.id, path: redirects.path, target: redirects.target })
    .from(redirects)
    .where(where)
    .orderBy(page.descending ? desc(redirects.path) : redirects.path, sql`${redirects.locale} = '*'`)
    .limit(page.limit);
}

/** Counts one use of a redirect (the storefront followed it). */
export async function countRedirectHit(db: Db, id: number): Promise<void> {
  await db
    .update(redirects)
    .set({ hits: sql`${redirects.hits} + 1` })
    .where(eq(redirects.id, id));
}
