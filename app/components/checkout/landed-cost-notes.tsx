import { useTranslation } from 'react-i18next';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { landedNotes, type LandedNotesInput } from '#app/modules/checkout/core/landed-cost-notes.ts';

type MoneyValue = Parameters<ReturnType<typeof useMoneyFormatter>>[0];

export interface LandedNotesView extends Omit<LandedNotesInput, 'atBorder' | 'taxRemoved'> {
  atBorder: MoneyValue;
  taxRemoved: MoneyValue;
}

/** Who collects the tax and what is left to pay on delivery; the review and the confirmation share it. */
export function LandedCostNotes({ landed }: { landed: LandedNotesView }) {
  const { t } = useTranslation('checkout');
  const format = useMoneyFormatter();
  const notes = landedNotes({
    ...landed,
    atBorder: Number(landed.atBorder.amount),
    taxRemoved: Number(landed.taxRemoved.amount),
  });
  return (
    <>
      {notes.map((n) => (
        <p key={n.key} className={n.warning ? 'notice small' : 'small'} data-testid={n.testId}>
          {t(n.key, n.amount ? { amount: format(landed[n.amount]) } : undefined)}
        </p>
      ))}
    </>
  );
}
