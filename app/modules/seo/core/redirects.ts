/**
 * Redirect rules, pure: path normalisation, and adding a redirect to a set while keeping it
 * one hop deep. A new redirect A → B is stored as A → final(B); every redirect that pointed at
 * A now points at final(B) (chains collapse); one that would lead back to A is refused (loop).
 */

export interface RedirectRule {
  path: string;
  target: string;
}

export type RedirectProblem = 'invalidPath' | 'invalidTarget' | 'samePath' | 'loop';

// eslint-disable-next-line no-control-regex -- matches control characters on purpose, to refuse or strip them
const CONTROL = /[\s\u0000-\u001f\u007f<>"\\^`{|}]/;

/** A storefront path as stored: leading slash, no trailing slash (but "/"), no query or fragment. */
export function normalizePath(raw: string): string | null {
  const path = raw.trim().split(/[?#]/)[0]!;
  if (!path.startsWith('/') || path.startsWith('//') || path.length > 500 || CONTROL.test(path)) return null;
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  // One spelling per path, as a request URL carries it: percent-encoded UTF-8 ("/products/%E8%8C%B6"),
  // whether it was typed as "/products/茶" or arrived encoded. Malformed escapes are refused.
  try {
    return encodeURI(decodeURI(trimmed));
  } catch {
    return null;
  }
}

export function normalizeTarget(raw: string): string | null {
  const value = raw.trim();
  if (/^https:\/\/[^\s/]+(\/[^\s]*)?$/i.test(value) && value.length <= 1000) return value;
  return normalizePath(value);
}

/** The plan for adding `add` to `existing`: the rule to store and the rules to retarget, or why not. */
export function planRedirect(
  existing: readonly RedirectRule[],
  add: { path: string; target: string },
): { ok: true; rule: RedirectRule; retarget: RedirectRule[] } | { ok: false; problem: RedirectProblem } {
  const path = normalizePath(add.path);
  if (!path) return { ok: false, problem: 'invalidPath' };
  let target = normalizeTarget(add.target);
  if (!target) return { ok: false, problem: 'invalidTarget' };
  if (target === path) return { ok: false, problem: 'samePath' };
  const byPath = new Map(existing.filter((r) => r.path !== path).map((r) => [r.path, r.target]));
  // Follow the target's own redirects to their end (the stored set is at most one hop deep, but be safe).
  for (let hops = 0; byPath.has(target) && hops < 50; hops++) target = byPath.get(target)!;
  if (target === path) return { ok: false, problem: 'loop' };
  const retarget = existing
    .filter((r) => r.path !== path && r.target === path)
    .map((r) => ({ path: r.path, target }));
  if (retarget.some((r) => r.path === target)) return { ok: false, problem: 'loop' };
  return { ok: true, rule: { path, target }, retarget };
}
