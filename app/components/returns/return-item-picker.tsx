import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { Ineligible } from '#app/modules/returns/core/eligibility.ts';
import type { LocalizedReason } from '#app/modules/returns/core/reasons.ts';
import { PHOTOS_MAX } from '#app/modules/returns/core/return-request.ts';
import { exchangeEstimate } from '#app/modules/returns/core/exchange.ts';
import { RESOLUTIONS, type Resolution } from '#app/modules/returns/core/statuses.ts';
import { creditBonus } from '#app/modules/store-credit/core/lots.ts';
import {
  estimateAfter,
  type EarlierReturn,
  type PaidOrder,
  type RefundTerms,
} from '#app/modules/returns/core/refund-estimate.ts';

export interface PickerLine {
  id: number;
  title: string;
  variantTitle: string;
  quantity: number;
  /** The unit price paid (before discounts): what an exchange's replacement may cost at most. */
  unitPrice: number;
  returnable: number;
  problem: Ineligible | null;
  /** Variants this line can be exchanged for (core/exchange.ts). */
  exchange: { variantId: number; title: string; price: number }[];
}

interface Choice {
  quantity: number;
  reason: string;
  sub: string;
  swap: number | null;
}

/**
 * The items of an order with what the shopper sends back of each, why, and the refund that
 * would follow: the estimate is the server's own function (core/refund-estimate.ts), run as the
 * shopper chooses, so the figure shown is the figure the request records.
 */
export function ReturnItemPicker({
  lines,
  paid,
  earlier,
  terms,
  currency,
  creditBonusBps,
  reasons,
  errors,
}: {
  lines: PickerLine[];
  paid: PaidOrder;
  earlier: EarlierReturn[];
  terms: Omit<RefundTerms, 'refundShipping'> & { refundShippingOnFullReturn: boolean };
  currency: string;
  creditBonusBps: number;
  /** The store's active reasons, labelled in the shopper's language (core/reasons.ts). */
  reasons: LocalizedReason[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('returns');
  const format = useMoneyFormatter();
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [resolution, setResolution] = useState<Resolution>('refund');
  const choice = (id: number): Choice => choices[id] ?? { quantity: 0, reason: '', sub: '', swap: null };
  const set = (id: number, patch: Partial<Choice>) =>
    setChoices((c) => ({ ...c, [id]: { ...choice(id), ...patch } }));
  const chosen = lines.filter((l) => choice(l.id).quantity > 0);
  // Exchange is offered when every chosen item has a replacement to send.
  const canExchange = chosen.length > 0 && chosen.every((l) => l.exchange.length > 0);
  const mode = resolution === 'exchange' && !canExchange ? 'refund' : resolution;
  const estimate =
    mode === 'exchange'
      ? exchangeEstimate(
          paid,
          earlier,
          chosen.map((l) => {
            const c = choice(l.id);
            const swap = l.exchange.find((o) => o.variantId === c.swap) ?? l.exchange[0]!;
            return {
              orderLineId: l.id,
              quantity: c.quantity,
              unitPrice: l.unitPrice,
              newUnitPrice: swap.price,
            };
          }),
        )
      : estimateAfter(
          paid,
          earlier,
          lines.map((l) => ({ orderLineId: l.id, quantity: choice(l.id).quantity })),
          terms,
        );
  const bonus = mode === 'store_credit' ? creditBonus(estimate.total, creditBonusBps) : 0;
  const money = (amount: number) =>
    format({ amount: toDecimalString({ amount, currencyCode: currency }), currencyCode: currency });
  const error = (field: string) => {
    const code = errors[field];
    if (!code) return null;
    return code.startsWith('ineligible.') ? t(code) : t(`errors.${code}`);
  };
  const rows: [string, number][] = [
    [mode === 'exchange' ? t('order.priceDifference') : t('order.items'), estimate.items],
    ...(estimate.duties ? ([[t('order.duties'), estimate.duties]] as [string, number][]) : []),
    ...(estimate.shipping ? ([[t('order.shipping'), estimate.shipping]] as [string, number][]) : []),
    ...(estimate.restockingFee
      ? ([[t('order.restockingFee'), -estimate.restockingFee]] as [string, number][])
      : []),
    ...(estimate.returnShippingFee
      ? ([[t('order.returnShippingFee'), -estimate.returnShippingFee]] as [string, number][])
      : []),
    ...(bonus ? ([[t('order.creditBonus'), bonus]] as [string, number][]) : []),
  ];
  return (
    <>
      <h2>{t('order.chooseItems')}</h2>
      <ul className="returns-items">
        {lines.map((l) => {
          const c = choice(l.id);
          const reason = reasons.find((r) => r.code === c.reason);
          const field = (name: string) => `${name}-${l.id}`;
          return (
            <li key={l.id} className="returns-item">
              <div className="returns-item__head">
                <strong>
                  {l.title} — {l.variantTitle}
                </strong>
                <span className="muted">{t('order.ofQuantity', { count: l.quantity })}</span>
              </div>
              {l.problem ? (
                <p className="muted">{t(`ineligible.${l.problem}`)}</p>
              ) : (
                <>
                  <div className="field">
                    <label htmlFor={field('qty')}>{t('order.quantity')}</label>
                    <select
                      id={field('qty')}
                      name={field('qty')}
                      value={c.quantity}
                      onChange={(e) => set(l.id, { quantity: Number(e.target.value) })}
                      aria-invalid={errors[field('qty')] ? true : undefined}
                      aria-describedby={errors[field('qty')] ? `${field('qty')}-error` : undefined}
                    >
                      {Array.from({ length: l.returnable + 1 }, (_, n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                    <FieldError id={`${field('qty')}-error`} message={error(field('qty'))} />
                  </div>
                  {c.quantity > 0 ? (
                    <>
                      <div className="field">
                        <label htmlFor={field('reason')}>{t('order.reason')}</label>
                        <select
                          id={field('reason')}
                          name={field('reason')}
                          value={c.reason}
                          onChange={(e) => set(l.id, { reason: e.target.value, sub: '' })}
                          aria-invalid={errors[field('reason')] ? true : undefined}
                        >
                          <option value="">{t('order.chooseReason')}</option>
                          {reasons.map((r) => (
                            <option key={r.code} value={r.code}>
                              {r.label}
                            </option>
                          ))}
                        </select>
                        <FieldError id={`${field('reason')}-error`} message={error(field('reason'))} />
                      </div>
                      {reason && reason.sub.length ? (
                        <div className="field">
                          <label htmlFor={field('sub')}>{t('order.subReason')}</label>
                          <select
                            id={field('sub')}
                            name={field('sub')}
                            value={c.sub}
                            onChange={(e) => set(l.id, { sub: e.target.value })}
                            aria-invalid={errors[field('sub')] ? true : undefined}
                          >
                            <option value="">{t('order.chooseSubReason')}</option>
                            {reason.sub.map((s) => (
                              <option key={s.code} value={s.code}>
                                {s.label}
                              </option>
                            ))}
                          </select>
                          <FieldError id={`${field('sub')}-error`} message={error(field('sub'))} />
                        </div>
                      ) : null}
                      <div className="field">
                        <label htmlFor={field('note')}>{t('order.note')}</label>
                        <textarea id={field('note')} name={field('note')} rows={3} maxLength={1000} />
                        <FieldError id={`${field('note')}-error`} message={error(field('note'))} />
                      </div>
                      <div className="field">
                        <label htmlFor={field('photos')}>{t('order.photos')}</label>
                        <input
                          id={field('photos')}
                          name={field('photos')}
                          type="file"
                          accept="image/jpeg,image/png,image/webp"
                          multiple
                          data-max={PHOTOS_MAX}
                          aria-describedby={`${field('photos')}-help`}
                        />
                        <p className="field__help" id={`${field('photos')}-help`}>
                          {reason?.photo ? `${t('order.photoNeeded')} ` : ''}
                          {t('order.photosHint')}
                        </p>
                        <FieldError id={`${field('photos')}-error`} message={error(field('photos'))} />
                      </div>
                      {mode === 'exchange' ? (
                        <div className="field">
                          <label htmlFor={field('exchange')}>{t('order.exchangeFor')}</label>
                          <select
                            id={field('exchange')}
                            name={field('exchange')}
                            value={c.swap ?? l.exchange[0]?.variantId ?? ''}
                            onChange={(e) => set(l.id, { swap: Number(e.target.value) })}
                            aria-invalid={errors[field('exchange')] ? true : undefined}
                          >
                            {l.exchange.map((o) => (
                              <option key={o.variantId} value={o.variantId}>
                                {o.title} · {money(o.price)}
                              </option>
                            ))}
                          </select>
                          <FieldError id={`${field('exchange')}-error`} message={error(field('exchange'))} />
                        </div>
                      ) : null}
                    </>
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <fieldset className="returns-resolution">
        <legend>{t('order.resolution')}</legend>
        {RESOLUTIONS.map((r) => {
          const disabled = r === 'exchange' && !canExchange;
          return (
            <label key={r} className={disabled ? 'muted' : undefined}>
              <input
                type="radio"
                name="resolution"
                value={r}
                checked={mode === r}
                disabled={disabled}
                onChange={() => setResolution(r)}
              />{' '}
              {r === 'store_credit' && creditBonusBps > 0
                ? t('order.resolutions.store_credit_bonus', { percent: creditBonusBps / 100 })
                : t(`order.resolutions.${r}`)}
            </label>
          );
        })}
        {!canExchange && chosen.length > 0 ? <p className="muted small">{t('order.noExchange')}</p> : null}
      </fieldset>
      <h2>{t('order.estimate')}</h2>
      <table className="returns-estimate">
        <tbody>
          {rows.map(([label, amount]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{money(amount)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t(`order.totals.${mode}`)}</th>
            <td data-testid="refund-estimate">{money(estimate.total + bonus)}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        {estimate.restockingFee || estimate.returnShippingFee ? `${t('order.feesBefore')} ` : ''}
        {t(`order.estimateNotes.${mode}`)}
      </p>
    </>
  );
}

function FieldError({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <p className="field__error" id={id}>
      {message}
    </p>
  ) : null;
}
