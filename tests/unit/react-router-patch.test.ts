import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { matchPath, matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';

/**
 * patches/react-router+7.16.0.patch keeps each route path's compiled RegExp instead of compiling it
 * again on every match (ADR 0030). A kept pattern is shared by every later match, so nothing a match
 * returns may depend on an earlier one.
 */
describe('React Router with compiled route paths kept', () => {
  it('is patched as installed, for import and require alike (npm ci runs patch-package)', () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('react-router'));
    for (const entry of ['index.mjs', 'index.js']) {
      const chunks = readFileSync(path.join(dist, entry), 'utf8').match(/chunk-[A-Z0-9]+\.m?js/g) ?? [];
      const patched = chunks.filter((c) =>
        readFileSync(path.join(dist, c), 'utf8').includes('compiledPaths'),
      );
      expect(patched, entry).toHaveLength(1);
    }
  });

  const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);

  it('gives every match its own params, whatever was matched before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(segment, segment, fc.boolean()), { minLength: 1, maxLength: 20 }),
        (visits) => {
          for (const [locale, handle, withLocale] of visits) {
            const pathname = withLocale ? `/${locale}/products/${handle}` : `/products/${handle}`;
            const m = matchPath({ path: '/:locale?/products/:handle', end: true }, pathname);
            expect(m?.params).toEqual({ locale: withLocale ? locale : undefined, handle });
            expect(m?.pathname).toBe(pathname);
            // The same path, not to the end: a prefix match of its own.
            const prefix = matchPath({ path: '/:locale?/products', end: false }, pathname);
            expect(prefix?.pathnameBase).toBe(withLocale ? `/${locale}/products` : '/products');
          }
        },
      ),
    );
  });

  it('keeps case sensitivity and end apart for the same path', () => {
    expect(matchPath({ path: '/Cart', caseSensitive: true, end: true }, '/cart')).toBeNull();
    expect(matchPath({ path: '/Cart', caseSensitive: false, end: true }, '/cart')).not.toBeNull();
    expect(matchPath({ path: '/Cart', caseSensitive: true, end: true }, '/Cart')).not.toBeNull();
    expect(matchPath({ path: '/cart', end: true }, '/cart/x')).toBeNull();
    expect(matchPath({ path: '/cart', end: false }, '/cart/x')?.pathnameBase).toBe('/cart');
  });

  it('matches a route tree the same on the first request and every later one', () => {
    const routes = [
      {
        id: 'root',
        path: '',
        children: [
          { id: 'app', path: 'app', children: [{ id: 'app-product', path: 'products/:id' }] },
          { id: 'product', path: ':locale?/products/:handle' },
          { id: 'page', path: ':locale?/pages/:handle' },
          { id: 'splat', path: '*' },
        ],
      },
    ];
    const ids = (p: string) => matchRoutes(routes, p)?.map((m) => [m.route.id, m.params]);
    const paths = ['/app/products/7', '/de-de/products/tee', '/products/tee', '/pages/about', '/nope/x'];
    const first = paths.map(ids);
    for (let i = 0; i < 3; i++) expect(paths.map(ids)).toEqual(first);
    expect(first[0]!.at(-1)).toEqual(['app-product', { id: '7' }]);
    expect(first[1]!.at(-1)).toEqual(['product', { locale: 'de-de', handle: 'tee' }]);
    expect(first[4]!.at(-1)![0]).toBe('splat');
  });
});
