import { eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { shopPolicies, type PolicyKind } from '#app/db/schema/policies.ts';
import { emit } from '#app/lib/events.server.ts';
import { toGid } from '#app/lib/gid.ts';
import {
  deleteTranslation,
  translationRows,
  upsertTranslations,
} from '#app/modules/translations/translations.server.ts';
import { sanitizePolicyHtml } from './core/policy-html.ts';

export type PolicyRow = typeof shopPolicies.$inferSelect;

export const policyGid = (id: number) => toGid('ShopPolicy', id);

/** Every policy the shop has written (published or not), by kind. */
export async function policiesByKind(db: Db): Promise<Map<PolicyKind, PolicyRow>> {
  const rows = await db.select().from(shopPolicies);
  return new Map(rows.map((r) => [r.kind, r]));
}

/** Published policies (a non-empty body) of the given kinds, by kind. */
export async function publishedPolicies(
  db: Db,
  kinds: readonly PolicyKind[],
): Promise<Map<PolicyKind, PolicyRow>> {
  if (kinds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(shopPolicies)
    .where(inArray(shopPolicies.kind, [...kinds]));
  return new Map(rows.filter((r) => r.bodyHtml !== '').map((r) => [r.kind, r]));
}

export async function policyById(db: Db, id: number): Promise<PolicyRow | null> {
  const [row] = await db.select().from(shopPolicies).where(eq(shopPolicies.id, id));
  return row ?? null;
}

/** Titles and bodies of the policies in other languages: policy id → language → fields. */
export async function policyTranslations(
  db: Db,
  ids: number[],
): Promise<Map<number, Map<string, { title: string; body: string }>>> {
  const rows = await translationRows(db, ids.map(policyGid));
  const out = new Map<number, Map<string, { title: string; body: string }>>();
  for (const r of rows) {
    if (r.field !== 'title' && r.field !== 'body_html') continue;
    const id = Number(r.gid.slice(r.gid.lastIndexOf('/') + 1));
    let byLang = out.get(id);
    if (!byLang) out.set(id, (byLang = new Map()));
    const fields = byLang.get(r.locale) ?? { title: '', body: '' };
    if (r.field === 'title') fields.title = r.value;
    else fields.body = r.value;
    byLang.set(r.locale, fields);
  }
  return out;
}

export type SavePolicyResult = { ok: true } | { ok: false; error: 'noSource' };

/**
 * Writes one policy in one language. In the shop's default language this is the policy itself
 * (an empty body unpublishes it); in another it is the translation, which needs the default text
 * first (a translation records the source it translates), and an empty one is dropped.
 */
export async function savePolicy(
  db: Db,
  input: { kind: PolicyKind; language: string; title: string; body: string },
  defaultLanguage: string,
): Promise<SavePolicyResult> {
  const body = sanitizePolicyHtml(input.body);
  const [existing] = await db.select().from(shopPolicies).where(eq(shopPolicies.kind, input.kind));
  if (input.language === defaultLanguage) {
    if (!existing && body === '' && input.title === '') return { ok: true };
    const values = { kind: input.kind, title: input.title, bodyHtml: body, updatedAt: new Date() };
    await db
      .insert(shopPolicies)
      .values(values)
      .onConflictDoUpdate({ target: shopPolicies.kind, set: values });
  } else {
    if (!existing) return { ok: false, error: 'noSource' };
    const gid = policyGid(existing.id);
    // A field left empty falls back to the default language's text.
    const fields = [
      { field: 'title' as const, value: input.title, source: existing.title },
      { field: 'body_html' as const, value: body, source: existing.bodyHtml },
    ];
    for (const f of fields.filter((x) => x.value === ''))
      await deleteTranslation(db, gid, f.field, input.language);
    await upsertTranslations(
      db,
      fields.filter((f) => f.value !== '').map((f) => ({ resourceGid: gid, locale: input.language, ...f })),
    );
  }
  // Footers and policy pages are cached storefront answers: they go.
  emit('catalog-changed', { productIds: null });
  return { ok: true };
}
