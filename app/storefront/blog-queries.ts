/** The fields an article card shows, shared by the blog index and a blog's page. */
export const ARTICLE_CARD_FRAGMENT = `#graphql
  fragment ArticleCard on Article {
    id handle title excerpt(truncateAt: 180) publishedAt
    authorV2 { name }
    blog { handle }
    image { url(transform: { maxWidth: 800 }) altText width height }
  }
` as const;
