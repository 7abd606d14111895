import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminToast } from '#app/components/admin/admin-toast.tsx';
import type { FlashToast } from './toast.ts';

/**
 * The admin layout shows the toast an action left in the flash cookie (see toast.server.ts), once.
 * It stays after the next load (which has none) until Polaris dismisses it; a new one replaces it.
 */
export function FlashToastView({ toast }: { toast: FlashToast | null }) {
  const { t } = useTranslation('admin');
  const [shown, setShown] = useState<FlashToast | null>(toast);
  const [seenId, setSeenId] = useState(toast?.id);
  // Adjusting state while rendering (not in an effect) when a new toast arrives.
  if (toast && toast.id !== seenId) {
    setSeenId(toast.id);
    setShown(toast);
  }
  return shown ? <AdminToast key={shown.id} content={t(shown.key, shown.values ?? {})} onDismiss={() => setShown(null)} /> : null;
}
