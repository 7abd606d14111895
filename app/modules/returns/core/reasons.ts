import { z } from 'zod';

/**
 * The return reasons a shopper picks from: a two-level tree (Loop's and Shopify's reason lists
 * are the model) that the merchant edits (Admin › Returns › Reasons). Codes are what returns and
 * analytics store, so a reason is switched off, never deleted. The built-in reasons carry their
 * labels in the locale files (`returns:reasons.<code>`, `returns:subReasons.<sub>`); a merchant's
 * own reasons, or their rewording of a built-in one, carry labels per language in the tree.
 * `photo`: the shopper must attach a photo (damage and wrong-item claims are checked on it).
 * `note`: the shopper must say what happened.
 */
export type Labels = Partial<Record<string, string>>;

export interface SubReason {
  code: string;
  active: boolean;
  labels: Labels;
}

export interface ReasonNode {
  code: string;
  active: boolean;
  photo: boolean;
  note: boolean;
  labels: Labels;
  sub: SubReason[];
}

export type ReasonTree = ReasonNode[];

/** The reasons every store starts with; their codes stay in the tree (they can be switched off). */
export const BUILT_IN_REASONS = [
  { code: 'damaged', sub: ['arrived_damaged', 'defect'], photo: true, note: false },
  { code: 'wrong_item', sub: [], photo: true, note: false },
  { code: 'not_as_described', sub: ['colour', 'material', 'quality'], photo: false, note: false },
  { code: 'size', sub: ['too_small', 'too_large'], photo: false, note: false },
  { code: 'changed_mind', sub: [], photo: false, note: false },
  { code: 'other', sub: [], photo: false, note: true },
] as const;

const BUILT_IN_CODES = new Set<string>(BUILT_IN_REASONS.flatMap((r) => [r.code, ...r.sub]));

export function isBuiltIn(code: string): boolean {
  return BUILT_IN_CODES.has(code);
}

export function defaultReasonTree(): ReasonTree {
  return BUILT_IN_REASONS.map((r) => ({
    code: r.code,
    active: true,
    photo: r.photo,
    note: r.note,
    labels: {},
    sub: r.sub.map((s) => ({ code: s, active: true, labels: {} })),
  }));
}

export function reasonOf(tree: ReasonTree, code: string): ReasonNode | undefined {
  return tree.find((r) => r.code === code);
}

/** The reasons a shopper may choose now: active ones, each with its active sub-reasons. */
export function activeReasons(tree: ReasonTree): ReasonTree {
  return tree.filter((r) => r.active).map((r) => ({ ...r, sub: r.sub.filter((s) => s.active) }));
}

/** Whether `sub` is a valid sub-reason of `code` (none is valid only where the reason has none). */
export function validSubReason(tree: ReasonTree, code: string, sub: string | null): boolean {
  const reason = reasonOf(activeReasons(tree), code);
  if (!reason) return false;
  return reason.sub.length === 0 ? sub == null : sub != null && reason.sub.some((s) => s.code === sub);
}

/**
 * A reason's (or sub-reason's) label in `language`: the merchant's own wording first, then the
 * built-in translation (`translate` looks up the locale files), then the merchant's English or
 * any label they gave, then the code itself.
 */
export function reasonLabel(
  tree: ReasonTree,
  code: string,
  sub: string | null,
  language: string,
  translate: (key: string) => string,
): string {
  const node = reasonOf(tree, code);
  const own = sub ? node?.sub.find((s) => s.code === sub)?.labels : node?.labels;
  const wanted = own?.[language] ?? own?.[language.split('-')[0]!];
  if (wanted) return wanted;
  const key = sub ?? code;
  if (isBuiltIn(key)) return translate(sub ? `subReasons.${sub}` : `reasons.${code}`);
  return own?.en ?? Object.values(own ?? {}).find(Boolean) ?? key;
}

/** The tree as the portal shows it in one language: active reasons with their labels resolved. */
export function localizedReasons(tree: ReasonTree, language: string, translate: (key: string) => string) {
  return activeReasons(tree).map((r) => ({
    code: r.code,
    photo: r.photo,
    note: r.note,
    label: reasonLabel(tree, r.code, null, language, translate),
    sub: r.sub.map((s) => ({ code: s.code, label: reasonLabel(tree, r.code, s.code, language, translate) })),
  }));
}
export type LocalizedReason = ReturnType<typeof localizedReasons>[number];

const code = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'code');
const labels = (languages: readonly string[]) =>
  z
    .record(z.string(), z.string().trim().max(80, 'labelTooLong'))
    .refine((l) => Object.keys(l).every((k) => languages.includes(k)), 'language')
    .transform((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== '')));

/**
 * The admin's edited tree, posted as one JSON document: codes unique across the tree, every
 * built-in code still present (returns already name them), a custom reason labelled in at least
 * one language, and at least one reason a shopper can pick.
 */
export function reasonTreeInput(languages: readonly string[]) {
  const sub = z.object({ code, active: z.boolean(), labels: labels(languages) });
  const node = z.object({
    code,
    active: z.boolean(),
    photo: z.boolean(),
    note: z.boolean(),
    labels: labels(languages),
    sub: z.array(sub).max(12, 'tooMany'),
  });
  return z
    .array(node)
    .min(1, 'noActive')
    .max(30, 'tooMany')
    .superRefine((tree, ctx) => {
      const codes = tree.flatMap((r) => [r.code, ...r.sub.map((s) => s.code)]);
      if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'duplicateCode' });
      for (const b of BUILT_IN_REASONS) {
        const node = tree.find((r) => r.code === b.code);
        if (!node || b.sub.some((s) => !node.sub.some((x) => x.code === s)))
          ctx.addIssue({ code: 'custom', message: 'builtInRemoved' });
      }
      for (const c of [...tree, ...tree.flatMap((r) => r.sub)])
        if (!isBuiltIn(c.code) && Object.keys(c.labels).length === 0)
          ctx.addIssue({ code: 'custom', message: 'labelRequired' });
      if (!tree.some((r) => r.active)) ctx.addIssue({ code: 'custom', message: 'noActive' });
    });
}
