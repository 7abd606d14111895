import { htmlToText } from '#app/lib/html-text.ts';
import { isValidHandle, slugify } from '#app/modules/seo/core/seo-checks.ts';

/** Where an article stands at `now`: no publish date is a draft, a future one is scheduled. */
export type PublishState = 'draft' | 'scheduled' | 'published';

export function publishState(publishedAt: Date | null, now: Date): PublishState {
  if (!publishedAt) return 'draft';
  return publishedAt.getTime() <= now.getTime() ? 'published' : 'scheduled';
}

/** What the editor's publish choice means as a `published_at` value. */
export type PublishChoice = { mode: 'draft' } | { mode: 'now' } | { mode: 'schedule'; at: Date };

export function publishedAtFor(choice: PublishChoice, now: Date, current: Date | null): Date | null {
  if (choice.mode === 'draft') return null;
  if (choice.mode === 'schedule') return choice.at;
  // "Publish now" on an article already live keeps its original date (feeds and sitemaps rely on it).
  return current && current.getTime() <= now.getTime() ? current : now;
}

export const EXCERPT_LENGTH = 160;

/** Plain-text excerpt: the summary if there is one, else the body's first sentences cut at a word. */
export function deriveExcerpt(summaryHtml: string, bodyHtml: string, max = EXCERPT_LENGTH): string {
  const text = htmlToText(summaryHtml) || htmlToText(bodyHtml);
  if ([...text].length <= max) return text;
  const chars = [...text];
  const cut = chars.slice(0, max - 1).join('');
  // A cut that falls between words keeps the last one whole; one inside a word drops it.
  const atWord = /\s/.test(chars[max - 1]!) ? cut : cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).trimEnd()}…`;
}

/** A handle for a new article or blog: the given one if valid, else the title's slug. */
export function handleFor(title: string, given: string | null | undefined, locale: string): string {
  const h = given?.trim().normalize('NFKC');
  if (h) return h;
  return slugify(title, locale);
}

export { isValidHandle };

/** Tags from a comma-separated field: trimmed, de-duplicated (case-insensitively), at most 40 of 64 chars. */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    if (!tag || [...tag].length > 64 || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    out.push(tag);
  }
  return out.slice(0, 40);
}
