import { Button, Card, FormLayout, Text } from '@shopify/polaris';
import type { ReactNode } from 'react';
import { useFetcher } from 'react-router';
import type { FormReply } from '#app/admin/use-field-errors.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';

type FieldError = ReturnType<typeof useFieldErrors>;

/**
 * One admin action as a card: heading, the fields the caller renders, the form's own error and
 * the submit button, posted with the CSRF token and the intent the page's action switches on.
 */
export function IntentForm({
  csrfToken,
  intent,
  title,
  errors,
  submit,
  hidden = {},
  children,
}: {
  csrfToken: string;
  intent: string;
  title: string;
  /** The i18n prefix of the page's error codes. */
  errors: string;
  submit: { label: string; tone?: 'critical' };
  hidden?: Record<string, string>;
  children?: (error: FieldError) => ReactNode;
}) {
  const fetcher = useFetcher<FormReply>();
  const error = useFieldErrors(fetcher.data, errors);
  return (
    <Card>
      <fetcher.Form method="post">
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="intent" value={intent} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormLayout>
          <Text as="h2" variant="headingMd">
            {title}
          </Text>
          {children?.(error)}
          {error('form') ? (
            <Text as="p" tone="critical">
              {error('form')}
            </Text>
          ) : null}
          <Button submit variant="primary" tone={submit.tone} loading={fetcher.state !== 'idle'}>
            {submit.label}
          </Button>
        </FormLayout>
      </fetcher.Form>
    </Card>
  );
}
