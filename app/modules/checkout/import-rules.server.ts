import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { importRules } from '#app/db/schema/index.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import { crossConvert, money } from '#app/modules/money/core/money.ts';
import { RULE_LIBRARY } from './core/import-rule-library.ts';
import { ImportRuleTerms, ruleInForce, termsIn, type ImportRule } from './core/import-rules.ts';

/** Import rule versions: the rule in force for a checkout, the library install, and the admin's review. */

type Row = typeof importRules.$inferSelect;

function toRule(row: Row): ImportRule {
  return {
    id: row.id,
    destination: row.destination,
    origins: row.origins,
    effectiveFrom: row.effectiveFrom,
    currency: row.currency,
    terms: ImportRuleTerms.parse(row.terms),
    sourceUrl: row.sourceUrl,
    note: row.note,
  };
}

/** Inserts the library's versions a store does not have yet (by key); approved, since they ship with a release. */
export async function installRuleLibrary(db: Db): Promise<number> {
  const rows = await db
    .insert(importRules)
    .values(
      RULE_LIBRARY.map((r) => ({
        destination: r.destination,
        origins: r.origins ? [...r.origins] : null,
        effectiveFrom: r.effectiveFrom,
        currency: r.currency,
        terms: r.terms,
        sourceUrl: r.sourceUrl,
        note: r.note,
        status: 'approved' as const,
        libraryKey: r.libraryKey,
      })),
    )
    .onConflictDoNothing({ target: importRules.libraryKey })
    .returning({ id: importRules.id });
  return rows.length;
}

/**
 * The approved rule in force for the destination on `date`, its amounts converted into the
 * order's currency at the market's current rates (the rates the order is quoted at). Without a
 * rate the thresholds cannot be compared: the rule is treated as having none (all charges due).
 */
export async function importRuleFor(
  db: Db,
  config: MarketConfig,
  destination: string,
  origin: string,
  currency: string,
  date: Date,
): Promise<ImportRule | null> {
  const rows = await db
    .select()
    .from(importRules)
    .where(and(eq(importRules.destination, destination), eq(importRules.status, 'approved')));
  const rule = ruleInForce(rows.map(toRule), destination, origin, date.toISOString().slice(0, 10));
  if (!rule || rule.currency === currency) return rule;
  const rate = (c: string) => (c === config.shopCurrency ? '1' : config.rates[c]?.value);
  const from = rate(rule.currency);
  const to = rate(currency);
  const convert = (amount: number) =>
    from && to ? crossConvert(money(amount, rule.currency), currency, from, to).amount : -1;
  return { ...rule, currency, terms: termsIn(rule.terms, convert) };
}

export interface RuleVersion extends ImportRule {
  status: Row['status'];
  libraryKey: string | null;
  proposedBy: number | null;
  decidedBy: number | null;
  decidedAt: Date | null;
  createdAt: Date;
}

/** Every version, newest date first per destination, for the admin. */
export async function listImportRules(db: Db): Promise<RuleVersion[]> {
  const rows = await db
    .select()
    .from(importRules)
    .orderBy(asc(importRules.destination), desc(importRules.effectiveFrom), desc(importRules.id));
  return rows.map((r) => ({
    ...toRule(r),
    status: r.status,
    libraryKey: r.libraryKey,
    proposedBy: r.proposedBy,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    createdAt: r.createdAt,
  }));
}

export async function ruleVersion(db: Db, id: number): Promise<Row | null> {
  const [row] = await db.select().from(importRules).where(eq(importRules.id, id));
  return row ?? null;
}

/** A merchandiser's (or owner's) new version: pending until an owner approves it. */
export async function proposeImportRule(
  db: Db,
  version: Omit<ImportRule, 'id'>,
  staffId: number,
): Promise<number> {
  const [row] = await db
    .insert(importRules)
    .values({
      destination: version.destination,
      origins: version.origins ? [...version.origins] : null,
      effectiveFrom: version.effectiveFrom,
      currency: version.currency,
      terms: version.terms,
      sourceUrl: version.sourceUrl,
      note: version.note,
      status: 'pending',
      proposedBy: staffId,
    })
    .returning({ id: importRules.id });
  return row!.id;
}

/** An owner's decision on a pending version; false when it is not pending (decided already, or gone). */
export async function decideImportRule(
  db: Db,
  id: number,
  decision: 'approved' | 'rejected',
  ownerId: number,
): Promise<boolean> {
  const rows = await db
    .update(importRules)
    .set({ status: decision, decidedBy: ownerId, decidedAt: sql`now()` })
    .where(and(eq(importRules.id, id), eq(importRules.status, 'pending'), isNull(importRules.libraryKey)))
    .returning({ id: importRules.id });
  return rows.length === 1;
}
