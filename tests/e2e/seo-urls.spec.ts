import { expect, test } from './fixtures.ts';

/** One URL per page: trailing slashes and the default locale's prefix 301 to the canonical URL, never off-site. */
test('non-canonical storefront URLs 301 to the canonical one, on this site only', async ({
  request,
  baseURL,
}) => {
  // Absolute URLs: a path starting with // would otherwise be read as another host.
  const location = async (path: string) => {
    const r = await request.get(`${baseURL}${path}`, { maxRedirects: 0 });
    return [r.status(), r.headers().location];
  };
  expect(await location('/de-de/')).toEqual([301, '/de-de']);
  expect(await location('/collections/?sort=newest')).toEqual([301, '/collections?sort=newest']);
  expect(await location('/en-us/collections')).toEqual([301, '/collections']);
  for (const path of ['//example.com/', '/en-us//example.com', '/en-us///example.com/']) {
    const [status, target] = await location(path);
    expect(status, path).toBe(301);
    expect(String(target), path).toMatch(/^\/[^/]/);
  }
});
