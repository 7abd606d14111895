import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameSitePath } from '#app/lib/same-site-path.ts';

describe('sameSitePath (redirect targets from user input)', () => {
  it('keeps same-site paths, percent-encoded as a Location header needs them', () => {
    expect(sameSitePath('/products/x?variant=1', '/')).toBe('/products/x?variant=1');
    expect(sameSitePath('/é', '/')).toBe('/%C3%A9');
    expect(sameSitePath('/\u202e', '/')).toBe('/%E2%80%AE');
    expect(sameSitePath('/a\r\nSet-Cookie:x=1', '/')).toBe('/aSet-Cookie:x=1');
    expect(sameSitePath('/app/orders/7', '/app', '/app')).toBe('/app/orders/7');
  });

  it('refuses other sites, schemes and paths outside the prefix', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      null,
      undefined,
      `/${'a'.repeat(2001)}`,
    ]) {
      expect(sameSitePath(bad, '/'), String(bad)).toBe('/');
    }
    expect(sameSitePath('/products/x', '/app', '/app')).toBe('/app');
  });

  it('never yields a path that leaves the site or cannot be a header value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `/${s}`),
          fc.webPath(),
        ),
        (input) => {
          const out = sameSitePath(input, '/');
          expect(out.startsWith('/')).toBe(true);
          expect(out.startsWith('//')).toBe(false);
          expect(/^[\x21-\x7e]*$/.test(out)).toBe(true);
          expect(new URL(out, 'http://shop.test').host).toBe('shop.test');
        },
      ),
      { numRuns: 2000 },
    );
    // 2,000 runs take about a second; the budget is for a loaded CI machine, not a speed check.
  }, 30_000);
});
