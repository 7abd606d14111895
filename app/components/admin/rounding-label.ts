import type { TFunction } from 'i18next';

/** Human label for a rounding choice ("none", "charm:0.99", "up:10", "nearest:0.05"). */
export function roundingLabel(t: TFunction, choice: string): string {
  const [kind, value = ''] = choice.split(':');
  if (kind === 'charm') return t('markets.roundingCharm', { ending: value.replace(/^0/, '') });
  if (kind === 'up') return t('markets.roundingUp', { step: value });
  if (kind === 'nearest') return t('markets.roundingNearest', { step: value });
  return t('markets.roundingNone');
}
