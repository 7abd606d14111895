import { describe, expect, it } from 'vitest';
import { absoluteUrlCache, assertSameOrigin } from '#app/lib/origin.server.ts';

describe('absoluteUrlCache', () => {
  it('keeps the public policy only when absolute URLs come from PUBLIC_STORE_URL', () => {
    const policy = 'public, max-age=60, s-maxage=300';
    expect(absoluteUrlCache(policy, { PUBLIC_STORE_URL: 'https://shop.example.com' })).toBe(policy);
    expect(absoluteUrlCache(policy, { PUBLIC_STORE_URL: undefined })).toBe('private, max-age=60');
  });
});

describe('assertSameOrigin', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://shop.test/cart', { method: 'POST', headers: { host: 'shop.test', ...headers } });
  const status = (request: Request) => {
    try {
      assertSameOrigin(request);
      return 'allowed';
    } catch (thrown) {
      return (thrown as { init?: { status?: number } }).init?.status;
    }
  };

  it('allows the same origin, and a post without Origin (older browsers, same-site forms)', () => {
    expect(status(post({ origin: 'http://shop.test' }))).toBe('allowed');
    expect(status(post({}))).toBe('allowed');
  });

  it('refuses another origin, `null` and an unparsable Origin with 403 (it was a 500)', () => {
    for (const origin of ['https://evil.example', 'null', 'http://[::1', '%'])
      expect(status(post({ origin })), origin).toBe(403);
  });
});
