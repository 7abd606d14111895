/** Admin UI languages: staff pick one; Polaris ships its own strings for each. */
export const ADMIN_LANGUAGES = ['en', 'de', 'zh-CN'] as const;
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number];

/** Best admin language for a tag: exact match, then by base language ("de-AT" -> de, "zh-Hans" -> zh-CN). */
export function adminLanguage(language: string | null | undefined): AdminLanguage {
  const tag = (language ?? '').trim();
  const exact = ADMIN_LANGUAGES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = tag.split('-')[0]?.toLowerCase();
  if (base === 'zh') return 'zh-CN';
  return ADMIN_LANGUAGES.find((l) => l === base) ?? 'en';
}
