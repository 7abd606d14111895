import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { storefrontTokens } from '#app/db/schema/index.ts';

export type TokenKind = 'public' | 'private';

function digest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issues a new token; only its digest is stored, so the caller must show it now. */
export async function issueStorefrontToken(
  db: Db,
  name: string,
  kind: TokenKind,
  token = randomBytes(16).toString('hex'),
): Promise<string> {
  await db.insert(storefrontTokens).values({ name, kind, tokenDigest: digest(token) });
  return token;
}

/** A token is valid if its digest exists, is not revoked, and it is sent in the header for its kind. */
export async function verifyStorefrontToken(db: Db, token: string, kind: TokenKind): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const rows = await db
    .select({ id: storefrontTokens.id })
    .from(storefrontTokens)
    .where(
      and(
        eq(storefrontTokens.tokenDigest, digest(token)),
        eq(storefrontTokens.kind, kind),
        isNull(storefrontTokens.revokedAt),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
