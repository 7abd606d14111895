// Owner: app/modules/seo
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * SEO workspace tables. Localized values themselves live in the
 * translations table (DESIGN.md); these hold what is not a translation of a resource column.
 */

/** Per resource (product, collection, page, the home page as gid://shopify/Shop/1). */
export const seoResources = pgTable('seo_resources', {
  resourceGid: text('resource_gid').primaryKey(),
  /** Source-language Open Graph text; null = use the SEO title/description. Other languages: translations og_title/og_description. */
  ogTitle: text('og_title'),
  ogDescription: text('og_description'),
  /** Path under public/ or an https URL of the social share image; null = the resource's first image. */
  ogImage: text('og_image'),
  /** Source-language focus keyword (an editor aid); other languages: translations focus_keyword. */
  focusKeyword: text('focus_keyword'),
  noindex: boolean('noindex').notNull().default(false),
  sitemapExclude: boolean('sitemap_exclude').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every change to an SEO field, so any one of them can be undone. */
export const seoRevisions = pgTable(
  'seo_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    resourceGid: text('resource_gid').notNull(),
    field: text('field').notNull(),
    /** Content language ("en", "de", "zh-CN"). */
    locale: text('locale').notNull(),
    before: text('before'),
    after: text('after'),
    origin: text('origin', { enum: ['edit', 'template', 'import', 'undo'] }).notNull(),
    /** What made the change in bulk: "job:12", "import:…"; null for a single edit. */
    batch: text('batch'),
    staffId: integer('staff_id'),
    /** Set when this change has been undone (by revision undoneBy). */
    undoneBy: integer('undone_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('seo_revisions_field_idx').on(t.resourceGid, t.locale, t.field, t.id),
    index('seo_revisions_batch_idx').on(t.batch),
    check('seo_revisions_origin', sql`${t.origin} in ('edit','template','import','undo')`),
  ],
);

/** Store-wide SEO settings (one row): extra robots.txt rules. */
export const seoSettings = pgTable(
  'seo_settings',
  {
    id: integer('id').primaryKey().default(1),
    robotsExtra: text('robots_extra').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('seo_settings_single_row', sql`${t.id} = 1`)],
);

/** One audit of one storefront locale ("de-DE"): its score and findings. */
export const seoAudits = pgTable(
  'seo_audits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    locale: text('locale').notNull(),
    jobId: integer('job_id'),
    score: integer('score').notNull(),
    pagesChecked: integer('pages_checked').notNull(),
    /** Findings per check code. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('seo_audits_locale_idx').on(t.locale, t.id)],
);

export const seoAuditIssues = pgTable(
  'seo_audit_issues',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    auditId: integer('audit_id')
      .notNull()
      .references(() => seoAudits.id, { onDelete: 'cascade' }),
    resourceGid: text('resource_gid').notNull(),
    code: text('code').notNull(),
    severity: text('severity', { enum: ['error', 'warning'] }).notNull(),
    /** Facts for the message: the duplicate's title, the broken link, the length… */
    detail: jsonb('detail').$type<Record<string, string | number>>().notNull().default({}),
  },
  (t) => [index('seo_audit_issues_audit_idx').on(t.auditId, t.code)],
);

/* 301 redirects and the storefront's 404 log. */

/** Storefront locale a redirect applies to: "de-DE", or "*" for every locale. Paths exclude the locale prefix. */
export const redirects = pgTable(
  'redirects',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    locale: text('locale').notNull().default('*'),
    path: text('path').notNull(),
    /** A storefront path (kept under the shopper's locale prefix) or an absolute https URL. */
    target: text('target').notNull(),
    source: text('source', { enum: ['manual', 'handle-change', 'import'] })
      .notNull()
      .default('manual'),
    hits: integer('hits').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('redirects_locale_path_key').on(t.locale, t.path),
    check('redirects_not_self', sql`${t.path} <> ${t.target}`),
  ],
);

export const notFoundLog = pgTable(
  'not_found_log',
  {
    locale: text('locale').notNull(),
    path: text('path').notNull(),
    hits: integer('hits').notNull().default(1),
    firstSeen: timestamp('first_seen', { withTimezone: true }).notNull().defaultNow(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('not_found_log_key').on(t.locale, t.path)],
);
