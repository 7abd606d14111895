import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminToast } from '#app/components/admin/admin-toast.tsx';
import type { FlashToast } from './toast.ts';

/** The admin layout shows the toast an action left in the flash cookie (see toast.server.ts), once. */
export function FlashToastView({ toast }: { toast: FlashToast | null }) {
  const { t } = useTranslation('admin');
  const [shown, setShown] = useState<FlashToast | null>(toast);
  useEffect(() => {
    if (toast) setShown(toast);
  }, [toast]);
  return shown ? <AdminToast key={shown.id} content={t(shown.key, shown.values ?? {})} onDismiss={() => setShown(null)} /> : null;
}
