/**
 * The refund policy and each market's return rules say the same thing because the policy does not
 * repeat the number: it writes `{{ return_window_days }}` and every storefront renders its market's
 * window there (ADR DRAFT-policies). A number of days typed by hand is still allowed, and the admin
 * warns when it disagrees with a market.
 */
const TOKEN = /\{\{\s*return_window_days\s*\}\}/g;

export const RETURN_WINDOW_TOKEN = '{{ return_window_days }}';

export function usesReturnWindowToken(body: string): boolean {
  return new RegExp(TOKEN.source).test(body);
}

/** The body with the token replaced by the market's window (a plain integer, so nothing to escape). */
export function renderReturnWindow(body: string, windowDays: number): string {
  return body.replace(TOKEN, String(Math.trunc(windowDays)));
}

/**
 * "Day" words of the storefront languages a number may precede: "30 days", "30 Tage", "30 jours",
 * "30 días", "30 giorni", "30 dagen", "30日", "30天", "30 يومًا". Digits only: written-out numbers
 * are not recognised (the warning is a help, not a guarantee).
 */
const DAYS =
  /(\d{1,3})(?:\s|&nbsp;|-)*(?:(?:days?|tag(?:en?)?|jours?|d[ií]as?|giorni|dagen)(?!\p{L})|日|天|يوم[\u064B\u0627]*|أيام)/giu;

/** Numbers of days a policy text states, once each, in order of appearance. */
export function statedDayCounts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DAYS)) {
    const n = Number(m[1]);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

export interface WindowCheck {
  /** Markets whose window the text contradicts: it states day counts, none of which is their window. */
  mismatched: { market: string; windowDays: number }[];
  stated: number[];
  usesToken: boolean;
}

/**
 * Whether a refund policy text agrees with the markets' return windows. With the token it always
 * does. Without it, a text that states day counts contradicts each market whose window is not among
 * them (statutory periods, such as the EU's 14-day withdrawal, may appear beside the window).
 */
export function checkReturnWindow(
  body: string,
  markets: readonly { name: string; windowDays: number }[],
): WindowCheck {
  const usesToken = usesReturnWindowToken(body);
  const stated = statedDayCounts(body.replace(TOKEN, ''));
  if (usesToken || stated.length === 0) return { mismatched: [], stated, usesToken };
  return {
    usesToken,
    stated,
    mismatched: markets
      .filter((m) => !stated.includes(m.windowDays))
      .map((m) => ({ market: m.name, windowDays: m.windowDays })),
  };
}
