/**
 * The SEO audit of one storefront locale, pure. The caller feeds page snapshots in batches (the
 * catalog is paged); duplicates are found across batches with memory O(distinct titles,
 * descriptions and handles), and every batch's issues can be written at once.
 *
 * What a page's title and description are (decided here, built by the caller):
 * - title: the SEO title in the locale's language; else the source-language SEO title, which the
 *   storefront shows untranslated ("source"); else the resource's own title in that language
 *   ("resource", what the storefront falls back to: a written, translated name, not flagged);
 *   else, for the home page, a title the storefront generates from UI strings ("generated", not
 *   checked: the audit does not see it).
 * - description: the meta description in the locale's language, else the source-language one
 *   ("source"). The storefront's last resort, the first 155 characters of the body, is not a
 *   written description, so a page with neither counts as missing one.
 * A value shown in the source language on a page in another language is reported as missing
 * (a warning, reason "fallback"); its length and uniqueness are still checked.
 */
import type { SeoResourceType, TranslationStatus } from './fields.ts';
import { isValidHandle, safeLocale, SEO_LENGTHS, titleLengthWarning } from './seo-checks.ts';
import { displayLength, SERP_LIMITS, textWidthPx } from './serp.ts';

export const AUDIT_CODES = [
  'titleMissing',
  'titleDuplicate',
  'titleTooLong',
  'titleTooShort',
  'descriptionMissing',
  'descriptionDuplicate',
  'descriptionTooLong',
  'descriptionTooShort',
  'altMissing',
  'handleNotLocalized',
  'brokenLink',
  'hreflangError',
  'jsonLdInvalid',
] as const;
export type AuditCode = (typeof AUDIT_CODES)[number];
export type AuditSeverity = 'error' | 'warning';

export interface AuditIssue {
  gid: string;
  code: AuditCode;
  severity: AuditSeverity;
  /** Message params; `reason` picks a message variant (i18next context). */
  detail: Record<string, string | number>;
}

export interface SnapshotText {
  text: string | null;
  origin: 'seo' | 'source' | 'resource' | 'generated';
}

export interface PageSnapshot {
  gid: string;
  type: SeoResourceType;
  id: number;
  title: SnapshotText;
  description: SnapshotText;
  /** The handle the page answers to in this language (translated, else the source); null for home. */
  handle: string | null;
  /** Status of the handle's translation in this language ('source' in the source language). */
  handleStatus: TranslationStatus | null;
  /** Whether the handle is translated in at least one language of the store (any, not just this one). */
  handleTranslatedAnywhere: boolean;
  /** Alt text of each image in this language (translation, else the source). */
  imageAlts: (string | null)[];
  /** Root-relative link targets found in the body HTML (see internalLinks). */
  links: string[];
  /** Facts the page's own JSON-LD needs, each true when present; null: the page has none of its own. */
  jsonLd: Record<string, boolean> | null;
}

export interface AuditOptions {
  /** The locale's content language ("de") and the shop's source language ("en"). */
  language: string;
  sourceLanguage: string;
  /** Whether a root-relative link target answers in this locale (the caller resolved it). */
  resolves(path: string): boolean;
  /** The shop name the storefront appends to `<title>`; title lengths are judged with it. */
  shopName?: string | null;
  /**
   * Languages the store offers besides the source language, when this is the audit of the store's
   * default locale: findings about the store as a whole (a handle translated in no language) are
   * reported there once per page, not once in every translated locale.
   */
  storeWide?: { translatedLanguages: number };
}

export interface AuditResult {
  score: number;
  pagesChecked: number;
  counts: Partial<Record<AuditCode, number>>;
}

/**
 * Score: each page loses the weight of its issues (error 3, warning 1), at most MAX_PAGE_PENALTY,
 * so one broken page cannot sink a large store; score = ⌊100 × (1 − Σ page penalties /
 * (pages × MAX_PAGE_PENALTY))⌋. Rounded down, so 100 means no issue at all (and no pages is 100);
 * an issue never raises it.
 */
export const SEVERITY_WEIGHT: Record<AuditSeverity, number> = { error: 3, warning: 1 };
export const MAX_PAGE_PENALTY = 10;

export function auditScore(pages: number, penalties: Iterable<number>): number {
  if (pages <= 0) return 100;
  const total = pages * MAX_PAGE_PENALTY;
  let lost = 0;
  for (const p of penalties) lost += Math.min(MAX_PAGE_PENALTY, Math.max(0, p));
  // Integer numerator and denominator: the quotient is exact enough for floor to be right.
  return Math.max(0, Math.floor((100 * (total - Math.min(lost, total))) / total));
}

const keyOf = (text: string, locale: string) =>
  text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase(locale);

export interface AuditAccumulator {
  /** Checks a batch; returns its issues, plus duplicates it reveals on earlier pages. */
  add(batch: readonly PageSnapshot[]): AuditIssue[];
  finish(): AuditResult;
}

export function createAuditAccumulator(options: AuditOptions): AuditAccumulator {
  const locale = safeLocale(options.language);
  const translatedLanguage = options.language !== options.sourceLanguage;
  // First page per normalized value; the first page's own duplicate issue is raised once, by the second.
  const seen = {
    title: new Map<string, { gid: string; reported: boolean }>(),
    description: new Map<string, { gid: string; reported: boolean }>(),
  };
  const handles = new Map<string, { gid: string; reported: boolean }>();
  const penalties = new Map<string, number>();
  const counts: Partial<Record<AuditCode, number>> = {};

  const issue = (
    out: AuditIssue[],
    gid: string,
    code: AuditCode,
    severity: AuditSeverity,
    detail: AuditIssue['detail'] = {},
  ) => {
    out.push({ gid, code, severity, detail });
    penalties.set(gid, (penalties.get(gid) ?? 0) + SEVERITY_WEIGHT[severity]);
    counts[code] = (counts[code] ?? 0) + 1;
  };

  /** Reports `gid` if another page had `key` first, and that first page too (once), each naming the other. */
  const duplicate = (
    out: AuditIssue[],
    map: Map<string, { gid: string; reported: boolean }>,
    key: string,
    gid: string,
    code: AuditCode,
    severity: AuditSeverity,
    detail: AuditIssue['detail'],
  ) => {
    const first = map.get(key);
    if (!first) {
      map.set(key, { gid, reported: false });
      return;
    }
    if (first.gid === gid) return;
    issue(out, gid, code, severity, { ...detail, otherGid: first.gid });
    if (!first.reported) {
      first.reported = true;
      issue(out, first.gid, code, severity, { ...detail, otherGid: gid });
    }
  };

  const checkText = (out: AuditIssue[], page: PageSnapshot, which: 'title' | 'description') => {
    const { text: raw, origin } = page[which];
    if (origin === 'generated') return;
    const text = raw?.trim() ?? '';
    if (!text) {
      issue(out, page.gid, `${which}Missing`, 'error');
      return;
    }
    if (origin === 'source' && translatedLanguage)
      issue(out, page.gid, `${which}Missing`, 'warning', { reason: 'fallback', [which]: text });
    // Same limits as the editor's warnings (checkSeo), so fixing it there clears it here. A title
    // is judged as rendered, with the shop name the storefront appends.
    if (which === 'title') {
      const length = titleLengthWarning(text, options.shopName);
      if (length) issue(out, page.gid, length.code as AuditCode, 'warning', length.params);
    } else {
      const max = { px: SERP_LIMITS.desktop.descriptionPx, chars: SEO_LENGTHS.descriptionMax };
      const px = Math.round(textWidthPx(text, which));
      const chars = displayLength(text);
      if (px > max.px || chars > max.chars)
        issue(out, page.gid, 'descriptionTooLong', 'warning', {
          chars,
          maxChars: max.chars,
          px,
          maxPx: max.px,
        });
      else if (chars < SEO_LENGTHS.descriptionMin)
        issue(out, page.gid, 'descriptionTooShort', 'warning', {
          chars,
          minChars: SEO_LENGTHS.descriptionMin,
        });
    }
    duplicate(out, seen[which], keyOf(text, locale), page.gid, `${which}Duplicate`, 'warning', {
      [which]: text,
    });
  };

  const checkPage = (out: AuditIssue[], page: PageSnapshot) => {
    penalties.set(page.gid, penalties.get(page.gid) ?? 0);
    checkText(out, page, 'title');
    checkText(out, page, 'description');

    const missingAlt = page.imageAlts.filter((a) => !a?.trim()).length;
    if (missingAlt > 0)
      issue(out, page.gid, 'altMissing', 'warning', { count: missingAlt, total: page.imageAlts.length });

    if (page.handle != null) {
      // A handle translated in some languages but not this one is a gap in this locale. One that no
      // language translates is a single store-wide finding, in the default locale's audit.
      if (translatedLanguage && page.handleStatus === 'missing' && page.handleTranslatedAnywhere) {
        issue(out, page.gid, 'handleNotLocalized', 'warning', { handle: page.handle });
      }
      if (options.storeWide && options.storeWide.translatedLanguages > 0 && !page.handleTranslatedAnywhere) {
        issue(out, page.gid, 'handleNotLocalized', 'warning', {
          reason: 'everywhere',
          handle: page.handle,
          languages: options.storeWide.translatedLanguages,
        });
      }
      if (!isValidHandle(page.handle))
        issue(out, page.gid, 'hreflangError', 'error', { reason: 'invalidHandle', handle: page.handle });
      // Two resources of a type answering one handle: the storefront serves one, and the
      // other's hreflang alternates point at a page that is not it.
      else
        duplicate(out, handles, `${page.type}|${page.handle}`, page.gid, 'hreflangError', 'error', {
          reason: 'handleConflict',
          handle: page.handle,
        });
    }

    for (const path of new Set(page.links)) {
      if (!options.resolves(path)) issue(out, page.gid, 'brokenLink', 'error', { path });
    }

    if (page.jsonLd) {
      const missing = Object.entries(page.jsonLd)
        .filter(([, ok]) => !ok)
        .map(([k]) => k);
      if (missing.length) issue(out, page.gid, 'jsonLdInvalid', 'error', { missing: missing.join(', ') });
    }
  };

  return {
    add(batch) {
      const out: AuditIssue[] = [];
      for (const page of batch) checkPage(out, page);
      return out;
    },
    finish() {
      return {
        score: auditScore(penalties.size, penalties.values()),
        pagesChecked: penalties.size,
        counts: { ...counts },
      };
    },
  };
}

/** Root-relative link targets of <a href> in an HTML fragment: no external, protocol-relative or fragment-only links. */
export function internalLinks(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const href = decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
    if (href.startsWith('/') && !href.startsWith('//')) out.add(href);
  }
  return [...out];
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');

/** Paths every locale serves without a resource behind them. */
const STATIC_PATHS = new Set(['/', '/collections', '/search', '/cart', '/returns/start']);

export type LinkTarget =
  | { kind: 'static' | 'asset' | 'unknown'; path: string }
  | { kind: 'products' | 'collections' | 'pages'; path: string; handle: string };

/**
 * What a root-relative link points at, after any storefront locale prefix ("/de-de"): a static
 * page, an asset (has a file extension: not a page, not checked), a resource by handle, or
 * nothing the storefront serves. `path` is without prefix, query, fragment or trailing slash.
 */
export function linkTarget(href: string, localePrefixes: ReadonlySet<string>): LinkTarget {
  let path = href.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
  const first = /^\/[^/]+/.exec(path)?.[0];
  if (first && localePrefixes.has(first.toLowerCase())) path = path.slice(first.length) || '/';
  if (STATIC_PATHS.has(path)) return { kind: 'static', path };
  if (/\.[a-z0-9]{1,5}$/i.test(path)) return { kind: 'asset', path };
  const m = /^\/(products|collections|pages)\/([^/]+)$/.exec(path);
  if (!m) return { kind: 'unknown', path };
  try {
    return { kind: m[1] as 'products' | 'collections' | 'pages', path, handle: decodeURIComponent(m[2]!) };
  } catch {
    return { kind: 'unknown', path }; // malformed %-escape: the storefront cannot serve it either
  }
}
