import { createContext, useContext } from 'react';

/** The JSON-LD bodies the loaders of this response computed, by slot (server render only). */
export const JsonLdBodies = createContext<ReadonlyMap<string, string> | null>(null);

/**
 * A `<script type="application/ld+json">` whose body the server writes into the HTML but the
 * hydration data never carries: structured data is for crawlers reading the HTML, and a product's
 * is larger than everything else its page sends. In the browser the body is empty: React 18 does
 * not compare or rewrite innerHTML while hydrating, and an unchanged `__html` is never re-set, so
 * the server's text stays. Key it by the resource so a client navigation drops a stale body.
 */
export function JsonLd({ slot }: { slot: string }) {
  const body = useContext(JsonLdBodies)?.get(slot) ?? '';
  return (
    <script type="application/ld+json" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: body }} />
  );
}
