import { describe, expect, it } from 'vitest';
import { blogs } from '#app/db/schema/index.ts';
import { findArticleIdByHandle } from '#app/modules/blog/article-queries.server.ts';
import { createArticle } from '#app/modules/blog/articles.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { useSeededStorefront, expectValidEverywhere, type Json } from '#tests/support/seeded-storefront.ts';

/**
 * Blogs and articles through the Storefront API, asked exactly as Hydrogen's skeleton 2026.4 asks
 * (app/routes/blogs.*.tsx): each document validates against the official schema and the served
 * subset, and answers with the seeded Journal in the shopper's language.
 */
const { env, run } = useSeededStorefront();
async function refused(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  const r = await executeStorefront(env.db.db, 'https://shop.test', { query, variables });
  return (r.errors ?? []).map((e) => e.message);
}

// The skeleton's documents, as its routes send them.
const SKELETON_BLOGS = `#graphql
  query Blogs($country: CountryCode, $endCursor: String, $first: Int, $language: LanguageCode, $last: Int, $startCursor: String)
  @inContext(country: $country, language: $language) {
    blogs(first: $first, last: $last, before: $startCursor, after: $endCursor) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { title handle seo { title description } }
    }
  }`;
const SKELETON_BLOG = `#graphql
  query Blog($language: LanguageCode, $blogHandle: String!, $first: Int, $last: Int, $startCursor: String, $endCursor: String)
  @inContext(language: $language) {
    blog(handle: $blogHandle) {
      title handle seo { title description }
      articles(first: $first, last: $last, before: $startCursor, after: $endCursor) {
        nodes { ...ArticleItem }
        pageInfo { hasPreviousPage hasNextPage hasNextPage endCursor startCursor }
      }
    }
  }
  fragment ArticleItem on Article {
    author: authorV2 { name }
    contentHtml handle id
    image { id altText url width height }
    publishedAt title
    blog { handle }
  }`;
const SKELETON_ARTICLE = `#graphql
  query Article($articleHandle: String!, $blogHandle: String!, $country: CountryCode, $language: LanguageCode)
  @inContext(language: $language, country: $country) {
    blog(handle: $blogHandle) {
      handle
      articleByHandle(handle: $articleHandle) {
        handle title contentHtml publishedAt
        author: authorV2 { name }
        image { id altText url width height }
        seo { description title }
      }
    }
  }`;

describe("the skeleton's blog documents", () => {
  it('validate against the official schema and the served subset', () => {
    for (const doc of [SKELETON_BLOGS, SKELETON_BLOG, SKELETON_ARTICLE]) expectValidEverywhere(doc);
  });

  it('lists blogs in the shopper language and pages through them', async () => {
    const de = (await run(SKELETON_BLOGS, { first: 10, language: 'DE', country: 'DE' })).blogs;
    expect(de.nodes).toEqual([
      { title: 'Magazin', handle: 'magazin', seo: { title: null, description: null } },
    ]);
    expect(de.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const en = (await run(SKELETON_BLOGS, { first: 1 })).blogs;
    expect(en.nodes[0]).toMatchObject({ title: 'Journal', handle: 'journal' });
    const after = (await run(SKELETON_BLOGS, { first: 1, endCursor: en.pageInfo.endCursor })).blogs;
    expect(after.nodes).toEqual([]);
    expect(await refused(SKELETON_BLOGS, { first: 1, endCursor: 'bogus!' })).toHaveLength(1);
  });

  it('shows a blog with its published articles only, in the language its market offers', async () => {
    // The skeleton's Blog query sends a language but no country: the primary market (US) decides, as
    // for every @inContext without a country, so a German-only request reads the blog in English.
    const { blog } = await run(SKELETON_BLOG, { language: 'EN', blogHandle: 'journal', first: 10 });
    expect(blog.title).toBe('Journal');
    expect(blog.articles.nodes.map((a: Json) => a.title)).toEqual([
      'Caring for merino through the winter',
      'A visit to Kiln & Co. in Mashiko',
      'Brewing hojicha at home',
    ]);
    // The draft stays out.
    expect(JSON.stringify(blog)).not.toContain('Linen');
    const de = (
      await run(
        SKELETON_BLOG.replace(
          '@inContext(language: $language)',
          '@inContext(language: $language, country: DE)',
        ),
        {
          language: 'DE',
          blogHandle: 'magazin',
          first: 10,
        },
      )
    ).blog;
    expect(de.title).toBe('Magazin');
    const first = de.articles.nodes[0];
    expect(first.title).toBe('Merino richtig pflegen – durch den ganzen Winter');
    expect(first.author.name).toBe('Ingrid Halvorsen');
    expect(first.blog.handle).toBe('magazin');
    expect(first.contentHtml).toContain('<strong>Merino-Rundhalspullover</strong>');
    expect(first.image.url).toMatch(/^https:\/\/shop\.test\/media\/\d+-[0-9a-f]{16}-1200\.webp$/);
    expect(first.image.altText).toMatch(/Merinopullover/);
    expect(first.image.id).toMatch(/^gid:\/\/shopify\/MediaImage\/\d+$/);
  });

  it('pages articles by cursor forward and back without gaps or repeats', async () => {
    const page1 = (await run(SKELETON_BLOG, { blogHandle: 'journal', first: 2 })).blog.articles;
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await run(SKELETON_BLOG, { blogHandle: 'journal', first: 2, endCursor: page1.pageInfo.endCursor })
    ).blog.articles;
    expect(page2.nodes).toHaveLength(1);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (
      await run(SKELETON_BLOG, { blogHandle: 'journal', last: 2, startCursor: page2.pageInfo.startCursor })
    ).blog.articles;
    expect(back.nodes.map((a: Json) => a.id)).toEqual(page1.nodes.map((a: Json) => a.id));
    expect(
      await refused(SKELETON_BLOG, {
        blogHandle: 'journal',
        first: 2,
        endCursor: 'eyJrIjoiSUQiLCJ2IjoieCIsImlkIjoxfQ',
      }),
    ).toEqual([expect.stringMatching(/^Invalid cursor/)]);
    expect(await refused(SKELETON_BLOG, { blogHandle: 'journal', first: 251 })).toEqual([
      'first must be between 0 and 250',
    ]);
  });

  it('finds an article by its localized handle, with its SEO title, in German and in Japanese', async () => {
    const de = (
      await run(SKELETON_ARTICLE, {
        blogHandle: 'magazin',
        articleHandle: 'merino-richtig-pflegen',
        language: 'DE',
        country: 'DE',
      })
    ).blog.articleByHandle;
    expect(de).toMatchObject({
      handle: 'merino-richtig-pflegen',
      title: 'Merino richtig pflegen – durch den ganzen Winter',
      seo: { title: 'Merinowolle waschen und aufbewahren' },
      author: { name: 'Ingrid Halvorsen' },
      publishedAt: '2026-10-02T08:00:00.000Z',
    });
    const ja = (
      await run(SKELETON_ARTICLE, {
        blogHandle: 'ジャーナル',
        articleHandle: 'caring-for-merino',
        language: 'JA',
        country: 'JP',
      })
    ).blog;
    // The English handle still finds the article; the answer carries the Japanese one.
    expect(ja.articleByHandle.handle).toBe('メリノのお手入れ');
    expect(ja.articleByHandle.contentHtml).toContain('平干し');
    const draft = (
      await run(SKELETON_ARTICLE, { blogHandle: 'journal', articleHandle: 'linen-through-the-seasons' })
    ).blog.articleByHandle;
    expect(draft).toBeNull();
  });
});

describe('article fields beyond the skeleton', () => {
  it('serves excerpt, tags, authors, URLs, sort keys and QueryRoot.article(s)', async () => {
    const q = `query @inContext(language: FR, country: FR) {
      articles(first: 5, sortKey: PUBLISHED_AT, reverse: true) {
        nodes { id title excerpt(truncateAt: 40) excerptHtml content(truncateAt: 30) tags onlineStoreUrl trackingParameters
          authorV2 { name firstName lastName bio } blog { title onlineStoreUrl authors { name } } }
      }
    }`;
    const { articles } = await run(q);
    expect(articles.nodes.map((a: Json) => a.title)).toEqual([
      'Préparer le hojicha chez soi',
      'Visite chez Kiln & Co. à Mashiko',
      'Entretenir le mérinos tout l’hiver',
    ]);
    const [tea] = articles.nodes;
    expect(tea.excerpt.length).toBeLessThanOrEqual(40);
    expect(tea.excerpt.endsWith('…')).toBe(true);
    expect(tea.excerptHtml).toMatch(/^<p>Le thé vert torréfié/);
    expect(tea.tags).toEqual(['tea', 'recipes', 'japan']);
    expect(tea.onlineStoreUrl).toBe('https://shop.test/fr-fr/blogs/journal/preparer-le-hojicha');
    expect(tea.trackingParameters).toBeNull();
    expect(tea.authorV2).toMatchObject({ name: 'Kenji Mori', firstName: 'Kenji', lastName: 'Mori' });
    expect(tea.blog.authors.map((a: Json) => a.name).sort()).toEqual(['Ingrid Halvorsen', 'Kenji Mori']);
    const one = await run(`query($id: ID!) { article(id: $id) { title } }`, { id: tea.id });
    expect(one.article.title).toBe('Brewing hojicha at home');
    const byTitle = await run(`{ articles(first: 3, sortKey: TITLE) { nodes { title } } }`);
    expect(byTitle.articles.nodes.map((a: Json) => a.title)).toEqual([
      'A visit to Kiln & Co. in Mashiko',
      'Brewing hojicha at home',
      'Caring for merino through the winter',
    ]);
    expect(await refused(`{ article(id: "gid://shopify/Product/1") { id } }`)).toEqual([]);
  });

  it('keeps a scheduled article out until its time comes', async () => {
    const [journal] = await env.db.db.select().from(blogs);
    const id = await createArticle(env.db.db, {
      blogId: journal!.id,
      handle: 'coming-soon',
      title: 'Coming soon',
      bodyHtml: '<p>Later.</p>',
      authorName: 'Ana Ribeiro',
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const gid = `gid://shopify/Article/${id}`;
    expect((await run(`query($id: ID!) { article(id: $id) { id } }`, { id: gid })).article).toBeNull();
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect(await findArticleIdByHandle(env.db.db, journal!.id, 'coming-soon', 'en', new Date())).toBeNull();
    expect(await findArticleIdByHandle(env.db.db, journal!.id, 'coming-soon', 'en', later)).toBe(id);
  });
});
