import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleInput } from '#app/modules/blog/core/article-input.ts';
import { containsPattern, parseArticleQuery } from '#app/modules/blog/core/article-query.ts';
import {
  deriveExcerpt,
  EXCERPT_LENGTH,
  parseTags,
  publishedAtFor,
  publishState,
} from '#app/modules/blog/core/article-rules.ts';
import { sanitizeArticleHtml } from '#app/modules/blog/core/sanitize.ts';

describe('article body sanitizing', () => {
  it('keeps formatting, links and images and drops scripts, handlers, styles and unsafe URLs', () => {
    const out = sanitizeArticleHtml(
      '<h2 onclick="x()">Care</h2><p style="color:red">Wash <strong>cold</strong>.</p>' +
        '<script>alert(1)</script><style>p{}</style><iframe src="https://evil.test"></iframe>' +
        '<a href="javascript:alert(1)">bad</a> <a href="https://example.com/x">good</a> <a href="/pages/about">about</a>' +
        '<img src="data:image/png;base64,AAA" alt="d"><img src="https://example.com/i.png" alt="ok" onerror="x()">' +
        '<blockquote><p>“Quote”</p></blockquote><table><tr><td colspan="2">t</td></tr></table>',
    );
    expect(out).toBe(
      '<h2>Care</h2><p>Wash <strong>cold</strong>.</p>' +
        '<a>bad</a> <a href="https://example.com/x" rel="noopener noreferrer">good</a> <a href="/pages/about">about</a>' +
        '<img alt="d" /><img src="https://example.com/i.png" alt="ok" />' +
        '<blockquote><p>“Quote”</p></blockquote><table><tr><td colspan="2">t</td></tr></table>',
    );
  });

  it('never lets a script tag or an event handler through, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(
          '<script>',
          '<img src=x onerror=alert(1)>',
          '<svg onload=x>',
          '<a href="javascript:x">',
        ),
        (text, attack) => {
          const out = sanitizeArticleHtml(`${text}${attack}${text}`);
          expect(out).not.toMatch(/<script|onerror=|onload=|javascript:/i);
        },
      ),
    );
  });
});

describe('publish state', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  it('is a draft without a date, scheduled in the future, published at or before now', () => {
    expect(publishState(null, now)).toBe('draft');
    expect(publishState(new Date('2026-12-06T12:00:01Z'), now)).toBe('scheduled');
    expect(publishState(now, now)).toBe('published');
  });
  it('publishing now keeps an earlier publish date and replaces a future or missing one', () => {
    const past = new Date('2026-10-01T00:00:00Z');
    expect(publishedAtFor({ mode: 'now' }, now, past)).toBe(past);
    expect(publishedAtFor({ mode: 'now' }, now, new Date('2027-01-01T00:00:00Z'))).toBe(now);
    expect(publishedAtFor({ mode: 'now' }, now, null)).toBe(now);
    expect(publishedAtFor({ mode: 'draft' }, now, past)).toBeNull();
    const at = new Date('2027-01-01T09:00:00Z');
    expect(publishedAtFor({ mode: 'schedule', at }, now, past)).toBe(at);
  });
});

describe('excerpts and tags', () => {
  it('uses the summary, else the body, cut at a word within the limit', () => {
    expect(deriveExcerpt('<p>Short <em>summary</em>.</p>', '<p>Body</p>')).toBe('Short summary.');
    expect(deriveExcerpt('', '<h2>Title</h2><p>Body text.</p>')).toBe('Title Body text.');
    const long = deriveExcerpt('', `<p>${'word '.repeat(100)}</p>`, 40);
    expect(long).toBe('word word word word word word word word…');
  });
  it('never exceeds its limit', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 300 }), (body, max) => {
        expect([...deriveExcerpt('', body, max)].length).toBeLessThanOrEqual(max);
      }),
    );
    expect([...deriveExcerpt('', 'x'.repeat(500))].length).toBe(EXCERPT_LENGTH);
  });
  it('parses tags trimmed and de-duplicated case-insensitively', () => {
    expect(parseTags(' care, Knitwear ,care,, knitwear , wool ')).toEqual(['care', 'Knitwear', 'wool']);
    expect(parseTags('x'.repeat(65))).toEqual([]);
  });
});

describe('article search syntax', () => {
  it('reads words, phrases, fields and negation', () => {
    expect(parseArticleQuery('merino "dry flat" author:Ingrid -tag:tea tag_not:linen foo:bar AND')).toEqual([
      { kind: 'text', value: 'merino', negate: false },
      { kind: 'text', value: 'dry flat', negate: false },
      { kind: 'field', field: 'author', value: 'Ingrid', negate: false },
      { kind: 'field', field: 'tag', value: 'tea', negate: true },
      { kind: 'field', field: 'tag_not', value: 'linen', negate: false },
      { kind: 'text', value: 'foo:bar', negate: false },
    ]);
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('article form', () => {
  const base = {
    blogId: '1',
    title: 'T',
    authorName: 'A',
    publish: 'draft',
  };
  it('accepts a minimal draft and explains every refusal with a code', () => {
    expect(articleInput.safeParse(base).success).toBe(true);
    const codes = (over: Record<string, string>) =>
      articleInput
        .safeParse({ ...base, ...over })
        .error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(codes({ title: '' })).toEqual(['title:titleRequired']);
    expect(codes({ handle: 'Bad Handle' })).toEqual(['handle:invalidHandle']);
    expect(codes({ publish: 'schedule' })).toEqual(['scheduleAt:scheduleRequired']);
    expect(codes({ publish: 'schedule', scheduleAt: 'tomorrow' })).toEqual(['scheduleAt:invalidDate']);
    expect(codes({ blogId: '-1' })).toEqual(['blogId:unknownBlog']);
    expect(codes({ bodyHtml: 'é'.repeat(140_000) })).toEqual(['bodyHtml:bodyTooLong']);
  });
});
