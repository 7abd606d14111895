import { describe, expect, it } from 'vitest';
import { absoluteUrlCache } from '#app/lib/origin.server.ts';

describe('absoluteUrlCache', () => {
  it('keeps the public policy only when absolute URLs come from PUBLIC_STORE_URL', () => {
    const policy = 'public, max-age=60, s-maxage=300';
    expect(absoluteUrlCache(policy, { PUBLIC_STORE_URL: 'https://shop.example.com' })).toBe(policy);
    expect(absoluteUrlCache(policy, { PUBLIC_STORE_URL: undefined })).toBe('private, max-age=60');
  });
});
