// Owner: app/modules/staff
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Staff accounts, sessions and one-time sign-in links. */

import { STAFF_ROLES } from '#app/modules/staff/core/role-names.ts';

export { STAFF_ROLES, type StaffRole } from '#app/modules/staff/core/role-names.ts';

export const staffMembers = pgTable(
  'staff_members',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    /** scrypt$N$r$p$salt$hash; null until the member sets a password through a sign-in link. */
    passwordHash: text('password_hash'),
    /** Admin UI language (en, de, zh-CN, …). */
    locale: text('locale').notNull().default('en'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_members_email_key').on(sql`lower(${t.email})`),
    check('staff_members_role_check', sql`${t.role} in ('owner','merchandiser','marketer','support')`),
  ],
);

/** Server-side sessions: the cookie carries only the id, so a session can be revoked. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the random session id in the cookie. */
    idDigest: text('id_digest').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staffMembers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

/** One-time sign-in links (first run, invitations, password resets). */
export const staffLoginTokens = pgTable('staff_login_tokens', {
  tokenDigest: text('token_digest').primaryKey(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staffMembers.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/**
 * rate-limiter-flexible's RateLimiterDrizzle store (sign-in attempts), shared by every app process:
 * the columns are the ones the library reads and writes (points used, when the window expires).
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: timestamp('expire', { withTimezone: true }),
});
