import type { GraphQLResolveInfo } from 'graphql';
import { serverT } from '#app/i18n/server-t.server.ts';
import { POLICY_HANDLES, type PolicyKind } from '#app/modules/policies/core/handles.ts';
import { renderReturnWindow } from '#app/modules/policies/core/return-window.ts';
import { policyGid, publishedPolicies, type PolicyRow } from '#app/modules/policies/policies.server.ts';
import { contextPrefix, ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { tr } from './shared.ts';

/** A published policy as Shopify's ShopPolicy, in the operation's language and market. */
export interface ShopPolicyValue {
  id: string | null;
  handle: string;
  title: string;
  body: string;
  url: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The published policies, loaded once per operation with their translations. */
function loader(ctx: StorefrontContext, info: GraphQLResolveInfo) {
  let loading: Promise<Map<PolicyKind, PolicyRow>> | undefined;
  return () =>
    (loading ??= (async () => {
      const c = await inContext(ctx, info);
      const rows = await publishedPolicies(ctx.db, Object.keys(POLICY_HANDLES) as PolicyKind[]);
      await ensureTranslations(
        ctx,
        [...rows.values()].map((r) => policyGid(r.id)),
        c.language,
      );
      return rows;
    })());
}

export function policyValue(ctx: StorefrontContext, row: PolicyRow): ShopPolicyValue {
  const gid = policyGid(row.id);
  const handle = POLICY_HANDLES[row.kind];
  // Each market's own return window where the text asks for it (ADR DRAFT-policies).
  const body = renderReturnWindow(
    tr(ctx, gid, 'body_html', row.bodyHtml),
    ctx.inContext!.market.returnWindowDays,
  );
  return {
    id: gid,
    handle,
    title: tr(ctx, gid, 'title', row.title),
    body,
    url: `${ctx.origin}${contextPrefix(ctx)}/policies/${handle}`,
  };
}

/** Published policies by row id, as `node(id:)` returns them. */
export async function shopPolicyNodes(
  ctx: StorefrontContext,
  info: GraphQLResolveInfo,
): Promise<Map<number, ShopPolicyValue & { __typename: 'ShopPolicy' }>> {
  const rows = await loader(ctx, info)();
  return new Map(
    [...rows.values()].map((row) => [
      row.id,
      { __typename: 'ShopPolicy' as const, ...policyValue(ctx, row) },
    ]),
  );
}

/**
 * Shop's policy fields: null when the merchant has not published one (as Shopify answers), except
 * subscriptionPolicy, a ShopPolicyWithDefault: Shopify's default text, without an id, until set.
 */
export function shopPolicyFields(ctx: StorefrontContext, info: GraphQLResolveInfo) {
  const load = loader(ctx, info);
  const policy = (kind: PolicyKind) => async () => {
    const row = (await load()).get(kind);
    return row ? policyValue(ctx, row) : null;
  };
  return {
    privacyPolicy: policy('privacy'),
    refundPolicy: policy('refund'),
    shippingPolicy: policy('shipping'),
    termsOfService: policy('terms'),
    subscriptionPolicy: async () => {
      const set = await policy('subscription')();
      if (set) return set;
      const t = serverT(ctx.inContext!.language);
      return {
        id: null,
        handle: POLICY_HANDLES.subscription,
        title: t('policies:defaults.subscription.title'),
        body: `<p>${escapeHtml(t('policies:defaults.subscription.body'))}</p>`,
        url: `${ctx.origin}${contextPrefix(ctx)}/policies/${POLICY_HANDLES.subscription}`,
      } satisfies ShopPolicyValue;
    },
    /** Legal notice and contact information have no Shop field: shop metafields `meridian.<kind>` (JSON). */
    storefrontOnly: async (kind: 'legal_notice' | 'contact_information') => {
      const row = (await load()).get(kind);
      if (!row) return null;
      return {
        id: `gid://shopify/Metafield/shop-policy-${kind}`,
        namespace: 'meridian',
        key: kind,
        type: 'json',
        value: JSON.stringify(policyValue(ctx, row)),
      };
    },
  };
}
