/**
 * A toast carried to the next page load in a short-lived cookie: an admin i18n key and its values,
 * translated in the browser in the staff member's language. The id tells two identical toasts apart.
 */
export interface FlashToast {
  id: string;
  key: string;
  values?: Record<string, string | number>;
}

export type ToastMessage = Omit<FlashToast, 'id'>;
