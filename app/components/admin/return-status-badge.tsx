import { Badge } from '@shopify/polaris';
import { useTranslation } from 'react-i18next';
import type { ReturnStatus } from '#app/modules/returns/core/statuses.ts';

const TONE: Record<ReturnStatus, 'attention' | 'info' | 'success' | 'critical' | undefined> = {
  requested: 'attention',
  approved: 'info',
  in_transit: 'info',
  received: 'attention',
  refunded: 'success',
  exchanged: 'success',
  declined: 'critical',
  closed: undefined,
};

/** A return's status as a badge: what needs support's action is "attention". */
export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const { t } = useTranslation('admin');
  return <Badge tone={TONE[status]}>{t(`returns.status.${status}`)}</Badge>;
}
