import Stripe from 'stripe';

export type WebhookRejection = 'missing-signature' | 'bad-signature' | 'stale' | 'malformed';

export type WebhookVerification = { ok: true; event: Stripe.Event } | { ok: false; reason: WebhookRejection };

/** `t=<unix seconds>` and at least one `v1=` signature, as Stripe-Signature carries them. */
function isWellFormedHeader(header: string): boolean {
  const parts = header.split(',').map((p) => p.trim());
  const t = parts.find((p) => p.startsWith('t='))?.slice(2);
  return !!t && /^\d+$/.test(t) && parts.some((p) => p.startsWith('v1=') && p.length > 3);
}

function isEventShape(value: unknown): value is Stripe.Event {
  const v = value as Partial<Record<'id' | 'object' | 'type', unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.object === 'event' &&
    typeof v.id === 'string' &&
    typeof v.type === 'string'
  );
}

/**
 * Verifies a Stripe webhook against the raw request body (never a re-serialized one).
 * The SDK reports both a wrong HMAC and an old timestamp as the same error class, so a failure
 * is re-checked with the timestamp check off (tolerance 0): if the signature alone holds, the
 * only fault was age, which a sender's retry or a replay attack produces, not a forged body.
 */
export function verifyStripeWebhook(
  rawBody: string,
  signatureHeader: string | null,
  secret: string,
  toleranceSeconds = 300,
): WebhookVerification {
  if (!secret.trim()) throw new Error('Stripe webhook secret is not configured');
  if (!signatureHeader) return { ok: false, reason: 'missing-signature' };
  if (!rawBody || !isWellFormedHeader(signatureHeader)) return { ok: false, reason: 'malformed' };
  let event: unknown;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signatureHeader, secret, toleranceSeconds);
  } catch (err) {
    if (err instanceof SyntaxError) return { ok: false, reason: 'malformed' }; // signed, but not JSON
    if (!(err instanceof Stripe.errors.StripeSignatureVerificationError)) throw err;
    return {
      ok: false,
      reason: signatureHolds(rawBody, signatureHeader, secret) ? 'stale' : 'bad-signature',
    };
  }
  return isEventShape(event) ? { ok: true, event } : { ok: false, reason: 'malformed' };
}

function signatureHolds(rawBody: string, header: string, secret: string): boolean {
  try {
    Stripe.webhooks.constructEvent(rawBody, header, secret, 0);
    return true;
  } catch (err) {
    return err instanceof SyntaxError; // the HMAC passed; only JSON parsing failed
  }
}
