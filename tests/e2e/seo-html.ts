/**
 * Just enough HTML reading for the SEO specs, over server-rendered markup fetched with plain HTTP:
 * what a crawler sees before any JavaScript runs. Not a general HTML parser.
 */
import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext } from '@playwright/test';

export interface Alternate {
  hreflang: string;
  href: string;
}

export interface HeadLinks {
  canonical: string[];
  alternates: Alternate[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Attributes of one start tag, names lower-cased (React writes `hrefLang`; HTML names are case-insensitive). */
export function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The markup with comments, scripts, styles and templates blanked, so their text is not mistaken for tags. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '');
}

function head(html: string): string {
  const end = html.search(/<\/head\s*>/i);
  return markupOnly(end === -1 ? html : html.slice(0, end));
}

/** `<link rel="canonical">` hrefs and `<link rel="alternate" hreflang>` pairs in <head>, resolved against the page URL. */
export function headLinks(html: string, pageUrl: string): HeadLinks {
  const out: HeadLinks = { canonical: [], alternates: [] };
  for (const [tag] of head(html).matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag);
    const rels = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical') && a.href !== undefined) out.canonical.push(resolve(a.href, pageUrl));
    if (rels.includes('alternate') && a.hreflang !== undefined && a.href !== undefined)
      out.alternates.push({ hreflang: a.hreflang, href: resolve(a.href, pageUrl) });
  }
  return out;
}

/** Every `<a href>` of the page, resolved and without fragment. */
export function anchorHrefs(html: string, pageUrl: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of markupOnly(html).matchAll(/<a\b[^>]*>/gi)) {
    const href = attributes(tag).href;
    if (!href || href.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(href)) continue;
    try {
      const u = new URL(href, pageUrl);
      u.hash = '';
      hrefs.push(u.href);
    } catch {
      // An unparseable href is not followed.
    }
  }
  return hrefs;
}

/** Raw text of every `<script type="application/ld+json">`. */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const m of html
    .replace(/<!--[\s\S]*?-->/g, '')
    .matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if ((attributes(`<script ${m[1]}>`).type ?? '').trim().toLowerCase() === 'application/ld+json')
      blocks.push(m[2]!);
  }
  return blocks;
}

function resolve(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Code lists vendored in tests/fixtures/iso-codes.json (from Debian's iso-codes package). */
export const ISO: { iso639_1: Set<string>; iso3166Alpha2: Set<string>; iso4217: Set<string> } = (() => {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/iso-codes.json', import.meta.url), 'utf8')) as {
    iso639_1: string[];
    iso3166_1_alpha2: string[];
    iso4217: string[];
  };
  return {
    iso639_1: new Set(raw.iso639_1),
    iso3166Alpha2: new Set(raw.iso3166_1_alpha2),
    iso4217: new Set(raw.iso4217),
  };
})();

/** Text of every `<localName>` element (with or without a namespace prefix) of an XML document, entities decoded. */
export function xmlElementTexts(xml: string, localName: string): string[] {
  return [
    ...xml.matchAll(
      new RegExp(`<(?:[\\w-]+:)?${localName}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${localName}\\s*>`, 'g'),
    ),
  ].map((m) => decodeEntities(m[1]!.trim()));
}

/** The first same-locale /<section>/<handle> link on the locale's home page (localized handles can differ). */
export async function firstLink(
  request: APIRequestContext,
  baseURL: string,
  prefix: string,
  section: 'products' | 'collections',
): Promise<string> {
  const home = new URL(prefix || '/', baseURL).href;
  const response = await request.get(home);
  expect(response.status(), `status of ${home}`).toBe(200);
  const pattern = new RegExp(`^${prefix}/${section}/[^/]+$`);
  const link = anchorHrefs(await response.text(), home).find((href) => {
    const u = new URL(href);
    return u.origin === new URL(baseURL).origin && !u.search && pattern.test(u.pathname);
  });
  expect(link, `a /${section}/<handle> link on ${home}`).toBeTruthy();
  return link!;
}
