import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_KINDS } from '#app/db/schema/policies.ts';
import {
  API_FIELDS,
  kindOfHandle,
  POLICY_HANDLES,
  POLICY_KINDS as CORE_KINDS,
  POLICY_ORDER,
} from '#app/modules/policies/core/handles.ts';
import { sanitizePolicyHtml } from '#app/modules/policies/core/policy-html.ts';
import { MAX_BODY_BYTES, policyInput } from '#app/modules/policies/core/policy-input.ts';
import {
  checkReturnWindow,
  renderReturnWindow,
  statedDayCounts,
  usesReturnWindowToken,
} from '#app/modules/policies/core/return-window.ts';

describe('policy handles', () => {
  it('are Shopify’s, one per kind, and read back to their kind', () => {
    expect(POLICY_HANDLES.refund).toBe('refund-policy');
    expect(POLICY_HANDLES.terms).toBe('terms-of-service');
    expect([...CORE_KINDS].sort()).toEqual([...POLICY_KINDS].sort());
    expect(new Set(Object.values(POLICY_HANDLES)).size).toBe(POLICY_KINDS.length);
    for (const kind of POLICY_KINDS) expect(kindOfHandle(POLICY_HANDLES[kind])).toBe(kind);
    expect(kindOfHandle('refund')).toBeNull();
    expect([...POLICY_ORDER].sort()).toEqual([...POLICY_KINDS].sort());
  });

  it('match the Storefront API field the skeleton derives from the handle (kebab → camel case)', () => {
    for (const [field, kind] of Object.entries(API_FIELDS))
      expect(POLICY_HANDLES[kind].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())).toBe(field);
  });
});

describe('the return window token', () => {
  it('renders the market’s window wherever the token is written, spaces or not', () => {
    const body = '<p>Within {{ return_window_days }} days.</p><p>{{return_window_days}}</p>';
    expect(renderReturnWindow(body, 45)).toBe('<p>Within 45 days.</p><p>45</p>');
    expect(usesReturnWindowToken(body)).toBe(true);
    expect(usesReturnWindowToken('<p>30 days</p>')).toBe(false);
  });

  it('leaves no token behind and changes nothing else, for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 365 }), (text, days) => {
        const clean = text.replace(/\{\{/g, '');
        expect(renderReturnWindow(clean, days)).toBe(clean);
        const out = renderReturnWindow(`${clean}{{ return_window_days }}${clean}`, days);
        expect(out).toBe(`${clean}${days}${clean}`);
      }),
    );
  });
});

describe('day counts stated in a policy', () => {
  it('are found in each storefront language', () => {
    expect(statedDayCounts('<p>within 30 days, or 14-day withdrawal</p>')).toEqual([30, 14]);
    expect(statedDayCounts('innerhalb von 30 Tagen; 14 Tage Widerruf')).toEqual([30, 14]);
    expect(statedDayCounts('dans les 30 jours')).toEqual([30]);
    expect(statedDayCounts('en un plazo de 30 días')).toEqual([30]);
    expect(statedDayCounts('entro 30 giorni')).toEqual([30]);
    expect(statedDayCounts('binnen 30 dagen')).toEqual([30]);
    expect(statedDayCounts('お届けから30日以内')).toEqual([30]);
    expect(statedDayCounts('签收后 30 天内')).toEqual([30]);
    expect(statedDayCounts('خلال 30 يومًا')).toEqual([30]);
    expect(statedDayCounts('30 items, 5 dayshift')).toEqual([]);
  });

  it('warn about each market the text contradicts, and never when the token is used', () => {
    const markets = [
      { name: 'United States', windowDays: 30 },
      { name: 'Germany', windowDays: 60 },
    ];
    expect(checkReturnWindow('<p>Return within 30 days.</p>', markets).mismatched).toEqual([
      { market: 'Germany', windowDays: 60 },
    ]);
    // The EU's statutory 14 days beside the window is not a contradiction.
    expect(
      checkReturnWindow('Germany: 60 days; elsewhere 30 days; 14-day withdrawal', markets).mismatched,
    ).toEqual([]);
    expect(checkReturnWindow('within {{ return_window_days }} days; 14 days withdrawal', markets)).toEqual({
      mismatched: [],
      stated: [14],
      usesToken: true,
    });
    expect(checkReturnWindow('<p>Ask us.</p>', markets).mismatched).toEqual([]);
  });
});

describe('the policy form', () => {
  const schema = policyInput(['en', 'de']);
  it('needs a title for a body, a known kind and language, and at most 64 KB', () => {
    expect(
      schema.safeParse({ kind: 'refund', language: 'de', title: ' Widerruf ', body: '<p>x</p>' }).data,
    ).toEqual({
      kind: 'refund',
      language: 'de',
      title: 'Widerruf',
      body: '<p>x</p>',
    });
    const codes = (v: Record<string, unknown>) => schema.safeParse(v).error?.issues.map((i) => i.message);
    expect(codes({ kind: 'refund', language: 'en', title: '', body: '<p>x</p>' })).toEqual(['titleRequired']);
    expect(codes({ kind: 'returns', language: 'en', title: 'x' })).toEqual(['kind']);
    expect(codes({ kind: 'refund', language: 'fr', title: 'x' })).toEqual(['language']);
    expect(
      codes({ kind: 'refund', language: 'en', title: 'x', body: 'é'.repeat(MAX_BODY_BYTES / 2 + 1) }),
    ).toEqual(['bodyTooLong']);
    // Empty in both fields: unpublish (or drop a translation).
    expect(schema.safeParse({ kind: 'refund', language: 'de' }).success).toBe(true);
  });
});

describe('policy HTML', () => {
  it('keeps formatting and links, drops scripts and handlers, and empties markup without text', () => {
    expect(
      sanitizePolicyHtml('<h2>A</h2><p><a href="/pages/x" onclick="y()">b</a></p><script>z</script>'),
    ).toBe('<h2>A</h2><p><a href="/pages/x">b</a></p>');
    expect(sanitizePolicyHtml('<p> </p><p>&nbsp;</p><img src="javascript:x">')).toBe('');
    expect(sanitizePolicyHtml('Within {{ return_window_days }} days')).toBe(
      'Within {{ return_window_days }} days',
    );
  });
});
