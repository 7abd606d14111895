import { createHash } from 'node:crypto';

/**
 * Digest of a source text, stored with each translation so outdated ones can be found (Shopify's `digest`).
 * Outside core/: core stays free of node:crypto so Shopify Functions can import it.
 */
export function sourceDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
