/**
 * The test provider's cards, with Stripe's test-card behaviour, so the embedded default can
 * be demonstrated end to end without a payment account.
 * https://docs.stripe.com/testing#cards and #declined-payments
 */

export type TestCardOutcome = 'succeed' | 'generic_decline' | 'insufficient_funds';

const CARDS: Record<string, { brand: string; outcome: TestCardOutcome }> = {
  '4242424242424242': { brand: 'visa', outcome: 'succeed' },
  '5555555555554444': { brand: 'mastercard', outcome: 'succeed' },
  '4000000000000002': { brand: 'visa', outcome: 'generic_decline' },
  '4000000000009995': { brand: 'visa', outcome: 'insufficient_funds' },
};

export type CardProblem = 'incorrectNumber' | 'invalidExpiry' | 'expired' | 'invalidCvc';

/** Luhn check, as card networks and Stripe.js do before anything is sent. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 12 && sum % 10 === 0;
}

/**
 * Validates a test card form (number, MM / YY, CVC) at a given date. Returns the payment
 * method reference the provider understands (never the number itself) or every problem.
 */
export function tokenizeTestCard(
  input: { number: string; expiry: string; cvc: string },
  now: Date,
):
  | { ok: true; paymentMethod: string; brand: string; last4: string }
  | { ok: false; problems: Partial<Record<'number' | 'expiry' | 'cvc', CardProblem>> } {
  const problems: Partial<Record<'number' | 'expiry' | 'cvc', CardProblem>> = {};
  const digits = input.number.replace(/[\s-]/g, '');
  const card = CARDS[digits];
  if (!/^\d+$/.test(digits) || !luhnValid(digits) || !card) problems.number = 'incorrectNumber';
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input.expiry);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) problems.expiry = 'invalidExpiry';
  else {
    const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    const endOfMonth = Date.UTC(year, Number(m[1]), 1);
    if (endOfMonth <= now.getTime()) problems.expiry = 'expired';
  }
  if (!/^\d{3,4}$/.test(input.cvc.trim())) problems.cvc = 'invalidCvc';
  if (Object.keys(problems).length || !card) return { ok: false, problems };
  return {
    ok: true,
    paymentMethod: `pm_test_${card.outcome}_${digits.slice(-4)}`,
    brand: card.brand,
    last4: digits.slice(-4),
  };
}

export function outcomeOf(paymentMethod: string): TestCardOutcome | null {
  const m = /^pm_test_(succeed|generic_decline|insufficient_funds)_\d{4}$/.exec(paymentMethod);
  return (m?.[1] as TestCardOutcome | undefined) ?? null;
}
