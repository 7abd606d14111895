import { z } from 'zod';
import { POLICY_KINDS, type PolicyKind } from './handles.ts';

/** Shopify's limit on a policy's text. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The admin's form for one policy in one language. An empty body unpublishes the policy (in the
 * default language) or drops the translation (in another, which then falls back to the default).
 */
export function policyInput(languages: readonly string[]) {
  return z
    .object({
      kind: z.enum(POLICY_KINDS as [PolicyKind, ...PolicyKind[]], { message: 'kind' }),
      language: z.string().refine((l) => languages.includes(l), 'language'),
      title: z.string().trim().max(255, 'titleTooLong').default(''),
      body: z
        .string()
        .default('')
        .refine((b) => new TextEncoder().encode(b).byteLength <= MAX_BODY_BYTES, 'bodyTooLong'),
    })
    .superRefine((v, ctx) => {
      if (v.body.trim() !== '' && v.title === '')
        ctx.addIssue({ code: 'custom', path: ['title'], message: 'titleRequired' });
    });
}

export type PolicyFormValue = z.output<ReturnType<typeof policyInput>>;
