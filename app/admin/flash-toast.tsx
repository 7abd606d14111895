import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminToast } from '#app/components/admin/admin-toast.tsx';
import type { FlashToast } from './toast.ts';

/** The admin layout shows the toast an action left in the flash cookie (see toast.server.ts), once. */
export function FlashToastView({ toast }: { toast: FlashToast | null }) {
  const { t } = useTranslation('admin');
  // Each toast has its own id, so a dismissed one stays gone and the next one shows: no effect needed.
  // No key: a new toast updates the one on screen. Remounting would leave the old one stacked while it
  // animates out (two .Polaris-Frame-Toast at once; admin-basics.spec.ts saw "saved" under "suspended").
  const [dismissed, setDismissed] = useState<FlashToast['id'] | null>(null);
  const shown = toast && toast.id !== dismissed ? toast : null;
  return shown ? (
    <AdminToast content={t(shown.key, shown.values ?? {})} onDismiss={() => setDismissed(shown.id)} />
  ) : null;
}
