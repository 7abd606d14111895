// Owner: app/modules/policies
import { pgTable, integer, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const POLICY_KINDS = [
  'privacy',
  'refund',
  'shipping',
  'terms',
  'subscription',
  'legal_notice',
  'contact_information',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/**
 * The shop's legal policies in its default language; other languages are rows in `translations`
 * (gid ShopPolicy/<id>: title, body_html). An empty body means "not published".
 */
export const shopPolicies = pgTable(
  'shop_policies',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: POLICY_KINDS }).notNull(),
    title: text('title').notNull(),
    /** Sanitized on write (allow-list). */
    bodyHtml: text('body_html').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('shop_policies_kind_key').on(t.kind)],
);
