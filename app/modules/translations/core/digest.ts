import { createHash } from 'node:crypto';

/** Digest of a source text, stored with each translation so outdated ones can be found (Shopify's `digest`). */
export function sourceDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
