// Owner: app/modules/blog
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { mediaFiles } from './media.ts';

/** Blogs group articles (Shopify: a store has several, e.g. "journal" and "guides"). */
export const blogs = pgTable(
  'blogs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('blogs_handle_key').on(t.handle)],
);

/**
 * Articles in the shop's default language; other languages are rows in `translations`
 * (gid Article/<id>). `published_at` null is a draft; a future time is scheduled.
 */
export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    blogId: integer('blog_id')
      .notNull()
      .references(() => blogs.id, { onDelete: 'cascade' }),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    /** Sanitized on write (allow-list), so every reader may render it as HTML. */
    bodyHtml: text('body_html').notNull().default(''),
    /** Sanitized like the body; empty means "derive from the body". */
    summaryHtml: text('summary_html').notNull().default(''),
    authorName: text('author_name').notNull(),
    authorBio: text('author_bio'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    imageId: integer('image_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('articles_blog_handle_key').on(t.blogId, t.handle),
    index('articles_blog_published_idx').on(t.blogId, t.publishedAt, t.id),
    index('articles_tags_idx').using('gin', t.tags),
  ],
);
