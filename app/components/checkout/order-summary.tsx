import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import type { CheckoutView } from '#app/storefront/checkout-route.server.ts';
import { LandedCostNotes } from './landed-cost-notes.tsx';

/**
 * The summary's frame. On a phone it collapses above the form into a "Show order summary"
 * disclosure with the total (a <details>, so it works without JavaScript); on a wide screen
 * it stands open beside the form (CSS shows the content; this effect opens it where CSS cannot).
 */
export function SummaryToggle({ view, children }: { view: CheckoutView; children: ReactNode }) {
  const { t } = useTranslation('checkout');
  const format = useMoneyFormatter();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia('(min-width: 960px)').matches) ref.current.open = true;
  }, []);
  return (
    <details className="checkout-summary" ref={ref} data-testid="summary-toggle">
      <summary>
        <span className="checkout-summary__show">{t('summary.show')}</span>
        <span className="checkout-summary__hide">{t('summary.hide')}</span>
        <strong data-testid="summary-toggle-total">{format(view.totals.total)}</strong>
      </summary>
      {children}
    </details>
  );
}

type MoneyValue = Parameters<ReturnType<typeof useMoneyFormatter>>[0];
export interface SummaryLine {
  key: string | number;
  image?: { src: string; alt: string } | null;
  title: string;
  variantTitle: string;
  quantity: number;
  total: MoneyValue;
}

/** What was (or is being) bought: image, title, variant and quantity, line total. Checkout and thank-you share it. */
export function SummaryLines({ lines }: { lines: SummaryLine[] }) {
  const { t } = useTranslation('checkout');
  const format = useMoneyFormatter();
  return (
    <ul>
      {lines.map((l) => (
        <li key={l.key}>
          {l.image ? <img src={l.image.src} alt={l.image.alt} width={56} height={56} /> : <span />}
          <span>
            {l.title}
            <br />
            <small className="muted">
              {l.variantTitle} · {t('summary.quantity', { count: l.quantity })}
            </small>
          </span>
          <span>{format(l.total)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Items, shipping, tax, duties and total: the full landed cost, updated as the steps fill it in. */
export function OrderSummary({ view }: { view: CheckoutView }) {
  const { t } = useTranslation('checkout');
  const format = useMoneyFormatter();
  const { totals, landed } = view;
  return (
    <aside className="order-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title')}</h2>
      <SummaryLines lines={view.lines} />
      <dl className="totals" data-testid="totals">
        <div>
          <dt>{t('summary.subtotal')}</dt>
          <dd>{format(view.discounts.length ? totals.subtotalBeforeDiscounts : totals.subtotal)}</dd>
        </div>
        {view.discounts.map((d) => (
          <div key={d.label} data-testid="discount">
            <dt>{t('summary.discount', { label: d.label })}</dt>
            <dd>−{format(d.amount)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('summary.shipping')}</dt>
          <dd data-testid="total-shipping">
            {totals.shipping
              ? Number(totals.shipping.amount) === 0
                ? t('summary.free')
                : format(totals.shipping)
              : t('summary.shippingLater')}
          </dd>
        </div>
        {totals.hasQuote && !totals.taxIncluded && landed?.saleTax !== false ? (
          <div>
            <dt>{t(`summary.taxKinds.${totals.taxKind ?? 'none'}`)}</dt>
            <dd data-testid="total-tax">{format(totals.tax)}</dd>
          </div>
        ) : null}
        {Number(totals.duties.amount) > 0 ? (
          <div>
            <dt>{t('summary.duties')}</dt>
            <dd data-testid="total-duties">{format(totals.duties)}</dd>
          </div>
        ) : null}
        <div className="totals__grand">
          <dt>{t('summary.total')}</dt>
          <dd data-testid="total">{format(totals.total)}</dd>
        </div>
        {view.credit ? (
          <>
            <div>
              <dt>{t('credit.applied')}</dt>
              <dd data-testid="total-credit">−{format(view.credit)}</dd>
            </div>
            <div className="totals__grand">
              <dt>{t('credit.due')}</dt>
              <dd data-testid="total-due">{format(view.due)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {totals.taxIncluded && Number(totals.tax.amount) > 0 ? (
        <p className="small muted" data-testid="tax-included">
          {t('summary.taxIncluded', { amount: format(totals.tax) })}
        </p>
      ) : null}
      {totals.taxApproximate ? <p className="small muted">{t('summary.taxApproximate')}</p> : null}
      {landed ? <LandedCostNotes landed={landed} /> : null}
      <p className="small muted">{t('summary.currency', { currency: view.currency })}</p>
    </aside>
  );
}
