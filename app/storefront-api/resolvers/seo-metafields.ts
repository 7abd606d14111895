import { seoSettingsOf, type SeoSettingsRow } from '#app/modules/seo/subjects.server.ts';
import type { StorefrontContext } from '../context.server.ts';
import { imageUrl } from './shared.ts';

/**
 * SEO values the official schema has no field for travel as metafields, as they do on Shopify:
 * seo.hidden = 1 hides a resource from search engines (Shopify's own convention), global.title_tag
 * and global.description_tag are the shop's home page SEO, and meridian.og_* the social share card.
 * All are translated by @inContext(language) like any translatable field.
 */

const settingsCache = new WeakMap<StorefrontContext, Map<string, Promise<SeoSettingsRow | undefined>>>();

function settingsFor(ctx: StorefrontContext, gid: string): Promise<SeoSettingsRow | undefined> {
  let perRequest = settingsCache.get(ctx);
  if (!perRequest) settingsCache.set(ctx, (perRequest = new Map()));
  let pending = perRequest.get(gid);
  if (!pending) perRequest.set(gid, (pending = seoSettingsOf(ctx.db, [gid]).then((m) => m.get(gid))));
  return pending;
}

const field = (gid: string, namespace: string, key: string, type: string, value: string | null) =>
  value == null
    ? null
    : {
        id: `${gid.replace(/^gid:\/\/shopify\/\w+\//, 'gid://shopify/Metafield/')}-${namespace}.${key}`,
        namespace,
        key,
        type,
        value,
      };

export async function seoMetafield(
  ctx: StorefrontContext,
  gid: string,
  args: { namespace?: string | null; key: string },
  home?: { title: string | null; description: string | null },
) {
  const ns = args.namespace ?? '';
  if (home && ns === 'global' && args.key === 'title_tag')
    return field(gid, ns, args.key, 'single_line_text_field', seoText(ctx, gid, 'meta_title', home.title));
  if (home && ns === 'global' && args.key === 'description_tag')
    return field(
      gid,
      ns,
      args.key,
      'multi_line_text_field',
      seoText(ctx, gid, 'meta_description', home.description),
    );
  if (
    !(ns === 'seo' && args.key === 'hidden') &&
    !(ns === 'meridian' && ['og_title', 'og_description', 'og_image'].includes(args.key))
  )
    return null;
  const s = await settingsFor(ctx, gid);
  if (ns === 'seo') return s?.noindex ? field(gid, ns, 'hidden', 'number_integer', '1') : null;
  if (args.key === 'og_image')
    return field(
      gid,
      ns,
      'og_image',
      'url',
      s?.ogImage ? (/^https:\/\//.test(s.ogImage) ? s.ogImage : imageUrl(ctx.origin, s.ogImage, 1200)) : null,
    );
  const sourceValue = args.key === 'og_title' ? s?.ogTitle : s?.ogDescription;
  const translated = ctx.translations.get(gid)?.get(args.key);
  return field(gid, ns, args.key, 'single_line_text_field', translated ?? sourceValue ?? null);
}

/** An SEO field's value in the context language: the translation, else the source (which may be unset). */
export function seoText(
  ctx: StorefrontContext,
  gid: string,
  key: 'meta_title' | 'meta_description',
  source: string | null,
): string | null {
  return ctx.translations.get(gid)?.get(key) ?? source;
}
