import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './field-errors.ts';

/** What every admin action replies (see form.server.ts); pages pass `useActionData()` or `fetcher.data`. */
export interface FormReply {
  ok: boolean;
  intent?: string;
  errors?: FieldErrors;
}

type Values = Record<string, unknown>;

/**
 * The last reply's field errors, translated under the page's i18n prefix, for Polaris' `error` props.
 * With an intent, only the errors of that form (pages with several forms share one action).
 * A `code:detail` error passes the detail to the message as {{detail}}.
 */
export function useFieldErrors(reply: FormReply | null | undefined, prefix: string, intent?: string) {
  const error = useIntentErrors(reply, prefix);
  return (field: string, values?: Values): string | undefined =>
    intent === undefined || reply?.intent === intent ? error(reply?.intent ?? '', field, values) : undefined;
}

/** As useFieldErrors, for a page whose forms (intents) share field names: `error('duty', 'source')`. */
export function useIntentErrors(reply: FormReply | null | undefined, prefix: string) {
  const { t } = useTranslation('admin');
  return (intent: string, field: string, values: Values = {}): string | undefined => {
    if (!reply || reply.ok || (reply.intent ?? '') !== intent) return undefined;
    const code = reply.errors?.[field];
    if (!code) return undefined;
    const colon = code.indexOf(':');
    const key = colon < 0 ? code : code.slice(0, colon);
    return t(`${prefix}.${key}`, { ...(colon < 0 ? {} : { detail: code.slice(colon + 1) }), ...values });
  };
}
