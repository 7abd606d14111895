import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STEPS, type Step } from '#app/storefront/checkout-steps.ts';

/** Where the shopper is; finished steps link back for changes. */
export function StepsNav({ current, next, base }: { current: Step; next: Step; base: string }) {
  const { t } = useTranslation('checkout');
  const reached = STEPS.indexOf(next);
  return (
    <nav aria-label={t('steps.label')}>
      <ol className="checkout-steps">
        {STEPS.map((s, i) => (
          <li key={s}>
            {s === current ? (
              <span aria-current="step">{t(`steps.${s}`)}</span>
            ) : i <= reached ? (
              <Link className={i < reached ? 'is-done' : undefined} to={`${base}/${s}`}>
                {t(`steps.${s}`)}
              </Link>
            ) : (
              <span className="muted">{t(`steps.${s}`)}</span>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden">
        {t('stepOf', { current: STEPS.indexOf(current) + 1, total: STEPS.length })}
      </p>
    </nav>
  );
}
