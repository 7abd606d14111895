import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePath, planRedirect, type RedirectRule } from '#app/modules/seo/core/redirects.ts';

function apply(rules: RedirectRule[], add: { path: string; target: string }): RedirectRule[] {
  const plan = planRedirect(rules, add);
  if (!plan.ok) return rules;
  const retargeted = new Map(plan.retarget.map((r) => [r.path, r.target]));
  return [
    ...rules
      .filter((r) => r.path !== plan.rule.path)
      .map((r) => ({ path: r.path, target: retargeted.get(r.path) ?? r.target })),
    plan.rule,
  ];
}

describe('redirect rules', () => {
  it('normalises paths and refuses what is not a storefront path', () => {
    expect(normalizePath('/products/old-shirt/?ref=x')).toBe('/products/old-shirt');
    expect(normalizePath('//evil.example')).toBeNull();
    expect(normalizePath('products/x')).toBeNull();
    expect(normalizePath('/a b')).toBeNull();
    expect(normalizePath('/')).toBe('/');
  });

  it('collapses chains and refuses loops', () => {
    let rules: RedirectRule[] = [];
    rules = apply(rules, { path: '/products/a', target: '/products/b' });
    rules = apply(rules, { path: '/products/b', target: '/products/c' });
    expect(rules).toEqual([
      { path: '/products/a', target: '/products/c' },
      { path: '/products/b', target: '/products/c' },
    ]);
    expect(planRedirect(rules, { path: '/products/c', target: '/products/a' })).toEqual({
      ok: false,
      problem: 'loop',
    });
    expect(planRedirect(rules, { path: '/x', target: '/x/' })).toEqual({ ok: false, problem: 'samePath' });
    expect(planRedirect(rules, { path: '/x', target: 'javascript:alert(1)' })).toEqual({
      ok: false,
      problem: 'invalidTarget',
    });
    expect(planRedirect(rules, { path: '/x', target: 'https://other.example/y' })).toMatchObject({
      ok: true,
    });
  });

  it('property: any sequence of accepted redirects stays one hop deep and loop-free', () => {
    const path = fc.constantFrom('/a', '/b', '/c', '/d', '/e', '/f');
    fc.assert(
      fc.property(fc.array(fc.record({ path, target: path }), { maxLength: 30 }), (adds) => {
        let rules: RedirectRule[] = [];
        for (const add of adds) rules = apply(rules, add);
        const paths = new Set(rules.map((r) => r.path));
        for (const r of rules) {
          expect(r.target).not.toBe(r.path);
          expect(paths.has(r.target)).toBe(false);
        }
      }),
    );
  });
});
