import type { PublishState } from '#app/modules/blog/core/article-rules.ts';

/** Badge tones of an article's publish state in the admin (a draft has the neutral tone). */
export const STATUS_TONES: Record<PublishState, 'success' | 'info' | undefined> = {
  published: 'success',
  scheduled: 'info',
  draft: undefined,
};
