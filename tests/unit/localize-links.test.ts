import { describe, expect, it } from 'vitest';
import { localizeLinks } from '#app/storefront/localize-links.ts';

describe('localizeLinks (root-relative links in rich text follow the storefront locale)', () => {
  it('prefixes root-relative links on a prefixed storefront', () => {
    expect(
      localizeLinks(
        '<p>See <a href="/pages/shipping">shipping</a> and <a class="x" href=\'/pages/returns#faulty\'>returns</a>.</p>',
        '/de-de',
      ),
    ).toBe(
      '<p>See <a href="/de-de/pages/shipping">shipping</a> and <a class="x" href=\'/de-de/pages/returns#faulty\'>returns</a>.</p>',
    );
  });

  it('leaves the default locale, other sites, mail links and already-prefixed links alone', () => {
    const html = '<a href="/pages/contact">c</a>';
    expect(localizeLinks(html, '')).toBe(html);
    for (const kept of [
      '<a href="//cdn.example/x">x</a>',
      '<a href="https://example.com/pages/x">x</a>',
      '<a href="mailto:a@b.c">m</a>',
      '<a href="/de-de/pages/x">x</a>',
      '<a href="/de-de">home</a>',
      '<a href="#top">top</a>',
    ]) {
      expect(localizeLinks(kept, '/de-de')).toBe(kept);
    }
    // Only <a href>: an image's src is an asset, not a page.
    expect(localizeLinks('<img src="/images/x.webp">', '/de-de')).toBe('<img src="/images/x.webp">');
  });
});
