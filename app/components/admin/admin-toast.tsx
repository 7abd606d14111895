import { Toast } from '@shopify/polaris';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Polaris' Toast, with a name on its close button: Polaris 13 renders an icon-only button
 * without one, which screen readers announce as just "button" (axe: button-name).
 */
export function AdminToast({ content, onDismiss }: { content: string; onDismiss: () => void }) {
  const { t } = useTranslation('admin');
  useEffect(() => {
    // The Frame renders toasts in its own layer a moment later: name the button when it appears.
    const label = () => {
      for (const b of document.querySelectorAll('.Polaris-Frame-Toast__CloseButton:not([aria-label])'))
        b.setAttribute('aria-label', t('toastDismiss'));
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [t]);
  return <Toast content={content} onDismiss={onDismiss} />;
}
