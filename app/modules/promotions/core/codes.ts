/**
 * Discount codes as shoppers type them: trimmed, case-insensitive, and with Unicode look-alikes
 * folded (NFKC: full-width "ＳＵＭＭＥＲ１０" is "SUMMER10"), so a code printed in one script and
 * typed in another still matches. Stored and compared in this form.
 */
export function normaliseCode(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase();
}

/** Codes are letters, digits, dashes and underscores, 3 to 64 long, after normalising. */
export const CODE_PATTERN = /^[\p{L}\p{N}_-]{3,64}$/u;

export function isValidCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
