import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditScore,
  createAuditAccumulator,
  internalLinks,
  linkTarget,
  MAX_PAGE_PENALTY,
  type AuditIssue,
  type AuditOptions,
  type PageSnapshot,
} from '#app/modules/seo/core/audit.ts';

const GOOD_TITLE = 'Merino Crew Sweater, Knitted in Biella';
const GOOD_DESCRIPTION =
  'A soft extra-fine merino crew neck, knitted near Biella and finished by hand. Free returns within 30 days.';

function page(id: number, over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    gid: `gid://shopify/Product/${id}`,
    type: 'product',
    id,
    title: { text: `${GOOD_TITLE} ${id}`, origin: 'seo' },
    description: { text: `${GOOD_DESCRIPTION} Ref ${id}.`, origin: 'seo' },
    handle: `product-${id}`,
    handleStatus: 'current',
    handleTranslatedAnywhere: true,
    imageAlts: ['Front view'],
    links: [],
    jsonLd: { name: true, image: true, offers: true },
    ...over,
  };
}

const en: AuditOptions = { language: 'en', sourceLanguage: 'en', resolves: () => true };
const de: AuditOptions = { ...en, language: 'de' };

function audit(pages: PageSnapshot[], options: AuditOptions = en) {
  const acc = createAuditAccumulator(options);
  const issues = acc.add(pages);
  return { issues, ...acc.finish() };
}
const codes = (issues: AuditIssue[], gid?: string) =>
  issues
    .filter((i) => !gid || i.gid === gid)
    .map((i) => i.code)
    .sort();

describe('SEO audit checks', () => {
  it('finds nothing wrong with good pages, and scores them 100', () => {
    const r = audit([page(1), page(2)]);
    expect(r.issues).toEqual([]);
    expect(r).toMatchObject({ score: 100, pagesChecked: 2, counts: {} });
  });

  it('reports missing, too long and too short titles and descriptions with the editor’s limits', () => {
    const r = audit([
      page(1, { title: { text: '  ', origin: 'resource' }, description: { text: null, origin: 'seo' } }),
      page(2, {
        title: { text: 'W'.repeat(40), origin: 'seo' },
        description: { text: 'Short.', origin: 'seo' },
      }),
      page(3, {
        title: { text: 'Mug', origin: 'resource' },
        description: { text: `${GOOD_DESCRIPTION} ${'More words. '.repeat(10)}`, origin: 'seo' },
      }),
    ]);
    expect(r.issues.filter((i) => i.gid.endsWith('/1'))).toEqual([
      { gid: 'gid://shopify/Product/1', code: 'titleMissing', severity: 'error', detail: {} },
      { gid: 'gid://shopify/Product/1', code: 'descriptionMissing', severity: 'error', detail: {} },
    ]);
    // 40 wide "W"s are under 70 characters but over Google's 600 px.
    expect(r.issues.find((i) => i.gid.endsWith('/2') && i.code === 'titleTooLong')?.detail).toMatchObject({
      chars: 40,
      maxChars: 70,
      maxPx: 600,
    });
    expect(codes(r.issues, 'gid://shopify/Product/2')).toEqual(['descriptionTooShort', 'titleTooLong']);
    expect(codes(r.issues, 'gid://shopify/Product/3')).toEqual(['descriptionTooLong', 'titleTooShort']);
  });

  it('reports an untranslated SEO value as missing in that language (a warning), but not in the source language', () => {
    const fallback = page(1, {
      title: { text: GOOD_TITLE, origin: 'source' },
      description: { text: GOOD_DESCRIPTION, origin: 'source' },
    });
    expect(audit([fallback]).issues).toEqual([]);
    expect(audit([fallback], de).issues.filter((i) => i.code !== 'handleNotLocalized')).toEqual([
      {
        gid: fallback.gid,
        code: 'titleMissing',
        severity: 'warning',
        detail: { reason: 'fallback', title: GOOD_TITLE },
      },
      {
        gid: fallback.gid,
        code: 'descriptionMissing',
        severity: 'warning',
        detail: { reason: 'fallback', description: GOOD_DESCRIPTION },
      },
    ]);
  });

  it('does not check a title the storefront generates', () => {
    expect(
      audit([
        page(1, {
          type: 'home',
          gid: 'gid://shopify/Shop/1',
          handle: null,
          handleStatus: null,
          title: { text: null, origin: 'generated' },
        }),
      ]).issues,
    ).toEqual([]);
  });

  it('finds duplicate titles and descriptions across batches, once per page, naming another page', () => {
    const acc = createAuditAccumulator(en);
    const same = (id: number) =>
      page(id, {
        title: { text: 'Linen Cushion Cover in Natural Flax', origin: 'seo' },
        description: { text: ` ${GOOD_DESCRIPTION.toUpperCase()} `, origin: 'seo' },
      });
    const first = acc.add([same(1), page(2)]);
    expect(first).toEqual([]);
    const second = acc.add([same(3)]);
    const third = acc.add([same(4)]);
    expect(second.map((i) => [i.gid, i.code, i.detail.otherGid]).sort()).toEqual([
      ['gid://shopify/Product/1', 'descriptionDuplicate', 'gid://shopify/Product/3'],
      ['gid://shopify/Product/1', 'titleDuplicate', 'gid://shopify/Product/3'],
      ['gid://shopify/Product/3', 'descriptionDuplicate', 'gid://shopify/Product/1'],
      ['gid://shopify/Product/3', 'titleDuplicate', 'gid://shopify/Product/1'],
    ]);
    expect(third.map((i) => [i.gid, i.code]).sort()).toEqual([
      ['gid://shopify/Product/4', 'descriptionDuplicate'],
      ['gid://shopify/Product/4', 'titleDuplicate'],
    ]);
    expect(acc.finish().counts).toEqual({ titleDuplicate: 3, descriptionDuplicate: 3 });
  });

  it('counts images without alt text', () => {
    const r = audit([page(1, { imageAlts: ['Front', null, ' ', 'Back'] })]);
    expect(r.issues).toEqual([
      {
        gid: 'gid://shopify/Product/1',
        code: 'altMissing',
        severity: 'warning',
        detail: { count: 2, total: 4 },
      },
    ]);
  });

  it('reports a handle missing in a language where other languages have one, only in that language', () => {
    const p = page(1, { handleStatus: 'missing' });
    expect(audit([p]).issues).toEqual([]);
    expect(audit([p], de).issues).toEqual([
      { gid: p.gid, code: 'handleNotLocalized', severity: 'warning', detail: { handle: 'product-1' } },
    ]);
    expect(audit([page(2, { handleStatus: 'outdated' })], de).issues).toEqual([]);
  });

  it('reports a handle no language translates once, in the default locale, not in every locale', () => {
    const untranslated = page(1, { handleStatus: 'missing', handleTranslatedAnywhere: false });
    const sourcePage = page(1, { handleStatus: 'source', handleTranslatedAnywhere: false });
    expect(audit([untranslated], de).issues).toEqual([]);
    expect(audit([sourcePage], en).issues).toEqual([]);
    expect(audit([sourcePage], { ...en, storeWide: { translatedLanguages: 8 } }).issues).toEqual([
      {
        gid: sourcePage.gid,
        code: 'handleNotLocalized',
        severity: 'warning',
        detail: { reason: 'everywhere', handle: 'product-1', languages: 8 },
      },
    ]);
    // A store in one language has nothing to localize.
    expect(audit([sourcePage], { ...en, storeWide: { translatedLanguages: 0 } }).issues).toEqual([]);
  });

  it('judges a title as the storefront renders it, with the shop name', () => {
    const shop = { ...en, shopName: 'Aurora & Oak' };
    const short = page(1, { title: { text: 'Merino Tee', origin: 'resource' } });
    expect(codes(audit([short]).issues)).toEqual(['titleTooShort']);
    expect(audit([short], shop).issues).toEqual([]);
    expect(audit([page(2, { title: { text: 'Mug', origin: 'resource' } })], shop).issues).toEqual([]);
    expect(
      codes(
        audit([page(2, { title: { text: 'Mug', origin: 'resource' } })], { ...en, shopName: 'Oak' }).issues,
      ),
    ).toEqual(['titleTooShort']);
    // 60 characters fit alone, but not with " | Aurora & Oak" after them.
    const long = page(3, {
      title: { text: `Extra-Fine Merino Crew Sweater, Knitted Near Biella ${'x'.repeat(8)}`, origin: 'seo' },
    });
    expect(audit([long]).issues).toEqual([]);
    expect(audit([long], shop).issues.map((i) => [i.code, i.detail.chars])).toEqual([['titleTooLong', 75]]);
    // A title that already names the shop gets no suffix.
    expect(
      audit([page(4, { title: { text: 'Aurora & Oak Gift Cards for Every Occasion', origin: 'seo' } })], shop)
        .issues,
    ).toEqual([]);
  });

  it('reports hreflang errors: an invalid translated handle, and two resources of a type on one handle', () => {
    const r = audit(
      [
        page(1, { handle: 'Pull Over!' }),
        page(2, { handle: 'pullover' }),
        page(3, { handle: 'pullover' }),
        page(4, {
          gid: 'gid://shopify/Collection/4',
          type: 'collection',
          handle: 'pullover',
          jsonLd: { name: true },
        }),
      ],
      de,
    );
    expect(r.issues.map((i) => [i.gid, i.detail.reason, i.detail.otherGid ?? ''])).toEqual([
      ['gid://shopify/Product/1', 'invalidHandle', ''],
      ['gid://shopify/Product/3', 'handleConflict', 'gid://shopify/Product/2'],
      ['gid://shopify/Product/2', 'handleConflict', 'gid://shopify/Product/3'],
    ]);
    expect(r.issues.every((i) => i.code === 'hreflangError' && i.severity === 'error')).toBe(true);
  });

  it('reports each broken link once per page', () => {
    const r = audit([page(1, { links: ['/products/gone', '/products/gone', '/products/ok'] })], {
      ...en,
      resolves: (p) => p !== '/products/gone',
    });
    expect(r.issues).toEqual([
      {
        gid: 'gid://shopify/Product/1',
        code: 'brokenLink',
        severity: 'error',
        detail: { path: '/products/gone' },
      },
    ]);
  });

  it('reports JSON-LD that lacks required facts', () => {
    const r = audit([
      page(1, { jsonLd: { name: true, image: false, offers: false } }),
      page(2, { jsonLd: null }),
    ]);
    expect(r.issues).toEqual([
      {
        gid: 'gid://shopify/Product/1',
        code: 'jsonLdInvalid',
        severity: 'error',
        detail: { missing: 'image, offers' },
      },
    ]);
  });
});

describe('score', () => {
  it('weighs errors 3 and warnings 1, capped per page', () => {
    expect(auditScore(0, [])).toBe(100);
    expect(auditScore(2, [0, 0])).toBe(100);
    expect(auditScore(2, [3, 1])).toBe(80); // 100 × (1 − 4/20)
    expect(auditScore(1, [MAX_PAGE_PENALTY * 5])).toBe(0);
    expect(auditScore(1000, [1])).toBe(99); // rounded down: any issue keeps a store under 100
  });

  const penalties = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 50 });

  it('is always within 0..100', () => {
    fc.assert(
      fc.property(penalties, (p) => {
        const s = auditScore(p.length, p);
        return Number.isInteger(s) && s >= 0 && s <= 100;
      }),
    );
  });

  it('never rises when an issue is added', () => {
    fc.assert(
      fc.property(penalties, fc.nat(), fc.constantFrom(1, 3), (p, at, weight) => {
        const more = p.map((x, i) => (i === at % p.length ? x + weight : x));
        return auditScore(p.length, more) <= auditScore(p.length, p);
      }),
    );
  });
});

describe('streaming', () => {
  const arbitraryPage = fc
    .record({
      id: fc.integer({ min: 1, max: 40 }),
      title: fc.constantFrom(
        'Merino Crew Sweater, Knitted in Biella',
        'Mug',
        '',
        'Stoneware Mug from Mashiko, Thrown by Hand',
      ),
      description: fc.constantFrom(GOOD_DESCRIPTION, 'Too short.', ''),
      handle: fc.constantFrom('a', 'b', 'c', 'Bad Handle'),
      alts: fc.array(fc.constantFrom('Front', null), { maxLength: 3 }),
      broken: fc.boolean(),
    })
    .map((r) =>
      page(r.id, {
        title: { text: r.title, origin: 'seo' },
        description: { text: r.description, origin: 'seo' },
        handle: r.handle,
        imageAlts: r.alts,
        links: r.broken ? ['/products/gone'] : [],
      }),
    );
  // One snapshot per resource, as the caller pages through ids.
  const pages = fc.uniqueArray(arbitraryPage, { selector: (p) => p.id, maxLength: 30 });

  it('finds the same issues and score however the pages are batched', () => {
    fc.assert(
      fc.property(pages, fc.array(fc.nat({ max: 30 }), { maxLength: 5 }), (list, cuts) => {
        const options = { ...en, resolves: (p: string) => p !== '/products/gone' };
        const whole = audit(list, options);
        const acc = createAuditAccumulator(options);
        const issues: AuditIssue[] = [];
        let start = 0;
        for (const cut of [...cuts.map((c) => Math.min(c, list.length))]
          .sort((a, b) => a - b)
          .concat(list.length)) {
          issues.push(...acc.add(list.slice(start, Math.max(start, cut))));
          start = Math.max(start, cut);
        }
        const key = (i: AuditIssue) => `${i.gid} ${i.code} ${i.severity} ${JSON.stringify(i.detail)}`;
        expect(issues.map(key).sort()).toEqual(whole.issues.map(key).sort());
        expect(acc.finish()).toEqual({
          score: whole.score,
          pagesChecked: whole.pagesChecked,
          counts: whole.counts,
        });
      }),
    );
  });

  it('scores 100 exactly when there are no issues', () => {
    fc.assert(
      fc.property(pages, (list) => {
        const r = audit(list, { ...en, resolves: (p) => p !== '/products/gone' });
        return (r.score === 100) === (r.issues.length === 0);
      }),
    );
  });
});

describe('links', () => {
  it('keeps root-relative <a href> targets only', () => {
    const html = `<p><a href="/products/mug?variant=1">Mug</a> <a class="x" href='/pages/about#team'>About</a>
      <a href="https://example.com/x">Out</a> <a href="//cdn.example/x">CDN</a> <a href="#top">Top</a>
      <a href="mailto:a@b.c">Mail</a> <a href=/collections/sale>Sale</a> <a href="/search?q=a&amp;b=1">S</a> <img src="/images/x.png"></p>`;
    expect(internalLinks(html)).toEqual([
      '/products/mug?variant=1',
      '/pages/about#team',
      '/collections/sale',
      '/search?q=a&b=1',
    ]);
  });

  it('resolves a link to what it points at, after a locale prefix', () => {
    const prefixes = new Set(['/de-de', '/zh-cn-sg']);
    expect(linkTarget('/de-de/products/pullover-gr%C3%BCn?x=1', prefixes)).toEqual({
      kind: 'products',
      path: '/products/pullover-gr%C3%BCn',
      handle: 'pullover-grün',
    });
    expect(linkTarget('/ZH-CN-SG/', prefixes)).toEqual({ kind: 'static', path: '/' });
    expect(linkTarget('/collections/', prefixes)).toEqual({ kind: 'static', path: '/collections' });
    expect(linkTarget('/fr-fr/products/x', prefixes)).toEqual({ kind: 'unknown', path: '/fr-fr/products/x' });
    expect(linkTarget('/images/products/mug-1-800.webp', prefixes)).toMatchObject({ kind: 'asset' });
    expect(linkTarget('/blogs/news', prefixes)).toEqual({ kind: 'unknown', path: '/blogs/news' });
    expect(linkTarget('/products/%E0%A4%A', prefixes)).toMatchObject({ kind: 'unknown' });
  });
});
