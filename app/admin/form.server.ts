import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect } from 'react-router';
import type { z } from 'zod';
import { assertCsrf, requireStaff } from '#app/admin/guard.server.ts';
import type { AuthResult } from '#app/modules/staff/auth.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { FieldErrors } from './field-errors.ts';
import { toastHeaders } from './toast.server.ts';
import type { ToastMessage } from './toast.ts';

/**
 * The one admin form protocol (epic-stack's parse → validate → reply):
 *   const { auth, form } = await adminForm(request, 'markets');
 *   const parsed = parseForm(form, Schema);
 *   if (!parsed.ok) return invalid('save', parsed.errors);         // 400, errors next to the fields, nothing changed
 *   ...write...
 *   return saved('save', { key: 'markets.saved' });                // the toast shows on the revalidated page
 * Error values are codes the page translates under its own i18n prefix (see useFieldErrors).
 */

/** Staff with access to the area, the form, and its CSRF token checked: every admin mutation starts here. */
export async function adminForm(
  request: Request,
  area: AdminArea,
): Promise<{ auth: AuthResult; form: FormData }> {
  const auth = await requireStaff(request, area);
  return { auth, form: await readAdminForm(request, auth) };
}

/** The form of an already authenticated request, CSRF-checked (for routes that check more before reading it). */
export async function readAdminForm(request: Request, auth: AuthResult): Promise<FormData> {
  const form = await request.formData();
  assertCsrf(request, form, auth);
  return form;
}

/**
 * Parses with Conform against a zod schema. Values reach the schema as the browser sent them
 * (no automatic coercion): the schemas say how a string becomes a number or a date.
 */
export function parseForm<S extends z.ZodType>(
  form: FormData,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const submission = parseWithZod(form, { schema, disableAutoCoercion: true });
  if (submission.status === 'success') return { ok: true, value: submission.value };
  return { ok: false, errors: firstErrors(submission.error ?? {}) };
}

/** Conform's errors (a list per field, '' for the form) as the first code per field, 'form' for the form. */
export function firstErrors(errors: Record<string, string[] | null>): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, messages] of Object.entries(errors))
    if (messages?.[0]) out[name || 'form'] ??= messages[0];
  return out;
}

type Extra = Record<string, unknown>;

/** Bad input: the field errors and a 4xx (400 unless the conflict is a 404 or 409); the caller changed nothing. */
export function invalid<const I extends string, E extends Extra = Record<never, never>>(
  intent: I,
  errors: FieldErrors,
  options: { status?: number; extra?: E; headers?: HeadersInit } = {},
) {
  return data(
    { ...(options.extra as E), ok: false as const, intent, errors },
    { status: options.status ?? 400, headers: options.headers },
  );
}

/** Done: the reply (with anything the page shows next) and, if given, a toast on the page that reloads after it. */
export async function saved<const I extends string, E extends Extra = Record<never, never>>(
  intent: I,
  toast: ToastMessage | null,
  extra?: E,
) {
  return data(
    { ...(extra as E), ok: true as const, intent, errors: {} as FieldErrors },
    toast ? { headers: await toastHeaders(toast) } : undefined,
  );
}

/** Done, somewhere else: redirect and show the toast there. */
export async function redirectWithToast(url: string, toast: ToastMessage): Promise<Response> {
  return redirect(url, { headers: await toastHeaders(toast) });
}
