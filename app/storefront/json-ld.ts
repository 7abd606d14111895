/**
 * Serialises JSON-LD for a <script type="application/ld+json"> body. JSON.stringify
 * alone is unsafe there: "</script>" or "<!--" inside a string would end or alter
 * the script element, so <, >, & and the JS line separators are escaped.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
