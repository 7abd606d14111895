import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { Field } from './field.tsx';

type Amount = { amount: string; currencyCode: string };

/**
 * Paying with store credit: first a code sent to the checkout's email proves it is the
 * shopper's (the balance is shown only then), then the credit is applied or taken off.
 */
export function StoreCredit({
  credit,
  outcome,
  busy,
}: {
  credit: { verified: boolean; balance: Amount | null; applied: Amount | null };
  /** What the last credit action answered (sent, wrongCode, …). */
  outcome: string | null;
  busy: boolean;
}) {
  const { t } = useTranslation('checkout');
  const format = useMoneyFormatter();
  const asked = outcome === 'sent' || outcome === 'wrongCode';
  return (
    <section className="store-credit" aria-labelledby="store-credit-heading">
      <h3 id="store-credit-heading">{t('credit.heading')}</h3>
      {credit.verified ? (
        credit.balance && Number(credit.balance.amount) > 0 ? (
          <Form method="post" className="form-grid store-credit__form">
            <p data-testid="credit-balance">{t('credit.balance', { amount: format(credit.balance) })}</p>
            {credit.applied ? <p>{t('credit.paysWith', { amount: format(credit.applied) })}</p> : null}
            <input type="hidden" name="intent" value={credit.applied ? 'credit-remove' : 'credit-use'} />
            <button type="submit" className="button button--secondary" disabled={busy}>
              {credit.applied ? t('credit.remove') : t('credit.use')}
            </button>
          </Form>
        ) : (
          <p>{t('credit.none')}</p>
        )
      ) : asked ? (
        <Form method="post" className="form-grid store-credit__form" noValidate>
          <p role="status">{t('credit.sent')}</p>
          <input type="hidden" name="intent" value="credit-verify" />
          <Field
            id="credit-code"
            name="code"
            label={t('credit.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            error={outcome === 'wrongCode' ? t('credit.wrongCode') : null}
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('credit.verify')}
          </button>
        </Form>
      ) : (
        <Form method="post" className="form-grid store-credit__form">
          <p className="muted small">{t('credit.intro')}</p>
          {outcome && outcome !== 'sent' ? (
            <p className="error-summary" role="alert">
              {t(`credit.${outcome}`)}
            </p>
          ) : null}
          <input type="hidden" name="intent" value="credit-send" />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('credit.send')}
          </button>
        </Form>
      )}
    </section>
  );
}
