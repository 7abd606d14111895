import { z } from 'zod';
import { isValidHandle, parseTags } from './article-rules.ts';

/** Bodies are staff-written HTML; 256 KB is far above any article and keeps a form post bounded. */
export const MAX_BODY_BYTES = 256 * 1024;
const bytes = (s: string) => new TextEncoder().encode(s).byteLength;
// eslint-disable-next-line no-control-regex -- matches control characters on purpose, to refuse them
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const line = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((v) => !CONTROL.test(v), 'controlCharacters')
    .default('');
const html = (maxBytes: number, tooLong: string) =>
  z
    .string()
    .default('')
    .refine((v) => bytes(v) <= maxBytes, tooLong);
const handle = z
  .string()
  .trim()
  .default('')
  .transform((v) => v.normalize('NFKC'))
  .refine((v) => v === '' || isValidHandle(v), 'invalidHandle');

/** A `datetime-local` value ("2026-12-24T09:00") read as UTC, the admin's stated time zone for schedules. */
const scheduleAt = z
  .string()
  .trim()
  .default('')
  .refine(
    (v) =>
      v === '' || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v) && !Number.isNaN(Date.parse(`${v}Z`))),
    'invalidDate',
  );

/** The article editor's main form, in the shop's source language. Error values are i18n codes. */
export const articleInput = z
  .object({
    blogId: z
      .string()
      .regex(/^\d{1,9}$/, 'unknownBlog')
      .transform(Number),
    title: line(255, 'titleTooLong').refine((v) => v !== '', 'titleRequired'),
    handle,
    bodyHtml: html(MAX_BODY_BYTES, 'bodyTooLong'),
    summaryHtml: html(8 * 1024, 'excerptTooLong'),
    authorName: line(255, 'authorTooLong').refine((v) => v !== '', 'authorRequired'),
    authorBio: line(1000, 'bioTooLong'),
    tags: z
      .string()
      .max(4000, 'tagsTooLong')
      .default('')
      .transform((v) => parseTags(v)),
    publish: z.enum(['draft', 'now', 'schedule'], { message: 'publish' }),
    scheduleAt,
    seoTitle: line(255, 'tooLong'),
    seoDescription: line(320, 'tooLong'),
    imageAlt: line(512, 'tooLong'),
    removeImage: z.literal('on').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.publish === 'schedule' && v.scheduleAt === '')
      ctx.addIssue({ code: 'custom', path: ['scheduleAt'], message: 'scheduleRequired' });
  });
export type ArticleFormValue = z.output<typeof articleInput>;

/** One language's translation of an article: empty fields fall back to the source. */
export function articleTranslationInput(languages: readonly string[]) {
  return z.object({
    language: z.string().refine((l) => languages.includes(l), 'unknownLanguage'),
    title: line(255, 'titleTooLong'),
    handle,
    bodyHtml: html(MAX_BODY_BYTES, 'bodyTooLong'),
    summaryHtml: html(8 * 1024, 'excerptTooLong'),
    seoTitle: line(255, 'tooLong'),
    seoDescription: line(320, 'tooLong'),
  });
}

/** The schedule field as a Date (UTC), for a value articleInput accepted. */
export function scheduleDate(value: string): Date {
  return new Date(`${value}Z`);
}

/** Adding a blog from the list page. */
export const blogInput = z.object({
  title: line(255, 'titleTooLong').refine((v) => v !== '', 'titleRequired'),
  handle,
});

/** A blog's title in one language (empty removes a translation; the source title is required). */
export function blogTitleInput(languages: readonly string[], sourceLanguage: string) {
  return z
    .object({
      language: z.string('unknownLanguage').refine((l) => languages.includes(l), 'unknownLanguage'),
      title: line(255, 'titleTooLong'),
    })
    .refine((v) => v.title !== '' || v.language !== sourceLanguage, {
      path: ['title'],
      message: 'titleRequired',
    });
}
