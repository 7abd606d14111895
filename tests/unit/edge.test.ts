import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimitFor } from '#app/edge/body-limits.ts';
import { nulWatcher, shapeProblem } from '#app/edge/request-shape.ts';

describe('shapeProblem', () => {
  it('answers 405 with Allow to methods no route takes; the API also takes OPTIONS', () => {
    for (const m of ['TRACE', 'PUT', 'PATCH', 'DELETE', 'CONNECT', 'OPTIONS'])
      expect(shapeProblem(m, '/cart', undefined)).toEqual({ status: 405, allow: ['GET', 'HEAD', 'POST'] });
    expect(shapeProblem('OPTIONS', '/api/2026-04/graphql.json', undefined)).toBeNull();
    expect(shapeProblem('DELETE', '/api/2026-04/graphql.json', undefined)).toEqual({
      status: 405,
      allow: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    });
    for (const m of ['GET', 'HEAD', 'POST']) expect(shapeProblem(m, '/', undefined), m).toBeNull();
  });

  it('refuses NUL in the path (404) or the query (400), raw or encoded, and undecodable URLs (400)', () => {
    expect(shapeProblem('GET', '/collections/%00', undefined)).toEqual({ status: 404, reason: 'nulInPath' });
    expect(shapeProblem('GET', '/search?q=a%00b', undefined)).toEqual({ status: 400, reason: 'nulInQuery' });
    expect(shapeProblem('GET', '/search?q=\0', undefined)).toEqual({ status: 400, reason: 'nulInQuery' });
    expect(shapeProblem('GET', '/products/%E0%A4%A', undefined)).toEqual({
      status: 400,
      reason: 'badEncoding',
    });
    expect(shapeProblem('GET', '/search?q=%', undefined)).toEqual({ status: 400, reason: 'badEncoding' });
    expect(shapeProblem('GET', '/search?q=caf%C3%A9+au+lait&x=%2500', undefined)).toBeNull();
  });

  it('lets only forms be posted to pages and the admin; the API and webhooks take JSON', () => {
    expect(shapeProblem('POST', '/cart', 'application/json')).toEqual({ status: 415, reason: 'notAForm' });
    expect(shapeProblem('POST', '/app/login?next=/app', 'text/plain')).toEqual({
      status: 415,
      reason: 'notAForm',
    });
    expect(shapeProblem('POST', '/cart', 'application/x-www-form-urlencoded; charset=UTF-8')).toBeNull();
    expect(shapeProblem('POST', '/app/seo/exchange', 'multipart/form-data; boundary=x')).toBeNull();
    expect(shapeProblem('POST', '/cart', undefined)).toBeNull();
    expect(shapeProblem('POST', '/api/2026-04/graphql.json', 'application/json')).toBeNull();
    expect(shapeProblem('POST', '/webhooks/stripe', 'application/json; charset=utf-8')).toBeNull();
  });
});

describe('bodyLimitFor', () => {
  it('fits each route: the API, webhooks, admin uploads, other admin forms, storefront forms', () => {
    expect(bodyLimitFor('/api/2026-04/graphql.json')).toBe(BODY_LIMITS.api);
    expect(bodyLimitFor('/webhooks/stripe')).toBe(BODY_LIMITS.webhook);
    for (const p of ['/app/seo/exchange', '/app/pricing', '/app/seo/redirects/', '/app/markets/rates'])
      expect(bodyLimitFor(p), p).toBe(BODY_LIMITS.upload);
    expect(bodyLimitFor('/app')).toBe(BODY_LIMITS.admin);
    expect(bodyLimitFor('/app/markets/3')).toBe(BODY_LIMITS.admin);
    for (const p of [
      '/cart',
      '/app_x',
      '/de-de/checkout/abc/address',
      '/app/login'.replace('/app/', '/apps/'),
    ])
      expect(bodyLimitFor(p), p).toBe(BODY_LIMITS.form);
    expect(BODY_LIMITS.form).toBeLessThan(BODY_LIMITS.api);
    expect(BODY_LIMITS.upload).toBeGreaterThan(10 * 1024 * 1024);
  });
});

describe('nulWatcher', () => {
  const sees = (chunks: string[]) => {
    const watch = nulWatcher();
    return chunks.map((c) => watch(Buffer.from(c, 'latin1')));
  };

  it('finds %00 or a raw NUL in one chunk or split across two', () => {
    expect(sees(['a=b%00c'])).toEqual([true]);
    expect(sees(['a=b\0'])).toEqual([true]);
    expect(sees(['a=%', '00'])).toEqual([false, true]);
    expect(sees(['a=%0', '0&b=1'])).toEqual([false, true]);
  });

  it('lets an encoded percent sign and other zeros through', () => {
    expect(sees(['a=100%2500', '&b=00'])).toEqual([false, false]);
    expect(sees(['a=%2', '500'])).toEqual([false, false]);
  });
});

describe('shapeProblem: forms from other sites', () => {
  const from = (origin: string | undefined, path = '/cart') =>
    shapeProblem('POST', path, 'application/x-www-form-urlencoded', { origin, host: 'shop.test' });

  it('refuses a form posted from another origin, `null` or an unparsable one', () => {
    for (const origin of [
      'https://evil.example',
      'http://shop.test.evil.example',
      'null',
      'http://[::1',
      '%',
    ])
      expect(from(origin), origin).toEqual({ status: 403, reason: 'crossSite' });
  });

  it('lets through the same origin, a post without Origin, and the API and webhooks from anywhere', () => {
    expect(from('http://shop.test')).toBeNull();
    expect(from('https://shop.test')).toBeNull(); // TLS ends at a proxy: the host is what counts
    expect(from(undefined)).toBeNull();
    expect(from('https://evil.example', '/api/2026-04/graphql.json')).toBeNull();
    expect(from('https://evil.example', '/webhooks/stripe')).toBeNull();
    expect(
      shapeProblem('GET', '/cart', undefined, { origin: 'https://evil.example', host: 'shop.test' }),
    ).toBeNull();
  });
});
