import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import qs from 'qs';
import Stripe from 'stripe';

/**
 * An offline stand-in for api.stripe.com, for the PaymentIntent calls Meridian makes (create,
 * retrieve, confirm, capture, cancel).
 * It speaks the real protocol so the official SDK runs unmodified against it: form-encoded
 * bracket bodies, Bearer auth, Stripe's error JSON and status codes, Idempotency-Key replay,
 * and the documented test PaymentMethods (https://docs.stripe.com/testing#declined-payments).
 * Its currency rules are written out here, independently of app code, so tests are not circular.
 */

export const TEST_SECRET_KEY = 'sk_test_meridian_0000000000000000';

type Params = Record<string, unknown>;

export type CaptureMethod = 'automatic' | 'automatic_async' | 'manual';
export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'succeeded'
  | 'canceled';
export type CancellationReason = 'duplicate' | 'fraudulent' | 'requested_by_customer' | 'abandoned';

export interface PaymentIntentObject {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  automatic_payment_methods: { enabled: boolean; allow_redirects: 'always' | 'never' } | null;
  canceled_at: number | null;
  cancellation_reason: CancellationReason | null;
  capture_method: CaptureMethod;
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  customer: null;
  description: string | null;
  last_payment_error: LastPaymentError | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  next_action: null;
  payment_method: string | null;
  payment_method_types: string[];
  receipt_email: string | null;
  status: PaymentIntentStatus;
}

interface PaymentMethodObject {
  id: string;
  object: 'payment_method';
  type: 'card';
  card: {
    brand: string;
    last4: string;
    exp_month: number;
    exp_year: number;
    funding: 'credit';
    country: 'US';
  };
  created: number;
  livemode: false;
  metadata: Record<string, string>;
}

interface LastPaymentError {
  type: 'card_error';
  code: string;
  decline_code: string;
  message: string;
  doc_url: string;
  charge: string;
  payment_method: PaymentMethodObject;
}

export type PaymentIntentEventType =
  | 'payment_intent.created'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.canceled';

export interface StripeEventObject {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: PaymentIntentObject };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: PaymentIntentEventType;
}

export interface RecordedRequest {
  method: string;
  path: string;
  params: Params;
  idempotencyKey: string | null;
  status: number;
  replayed: boolean;
}

/** Documented test PaymentMethods; `decline` mirrors the error Stripe returns for each. */
const TEST_CARDS: Record<
  string,
  { brand: string; last4: string; decline?: { code: string; decline_code: string; message: string } }
> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_chargeDeclined: {
    brand: 'visa',
    last4: '0002',
    decline: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: 'visa',
    last4: '9995',
    decline: {
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    },
  },
  pm_card_chargeDeclinedExpiredCard: {
    brand: 'visa',
    last4: '0069',
    decline: { code: 'expired_card', decline_code: 'expired_card', message: 'Your card has expired.' },
  },
};

// https://docs.stripe.com/currencies: three-decimal amounts must end in 0; ISK/UGX are sent with
// two decimals but must be whole units; amounts have at most 8 digits.
const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);
const WHOLE_UNITS_ONLY = new Set(['isk', 'ugx']);
const MAX_AMOUNT = 99_999_999;
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency').map((c) => c.toLowerCase()));

const CAPTURE_METHODS: readonly CaptureMethod[] = ['automatic', 'automatic_async', 'manual'];
const CANCELLATION_REASONS: readonly CancellationReason[] = [
  'duplicate',
  'fraudulent',
  'requested_by_customer',
  'abandoned',
];
// https://docs.stripe.com/api/payment_intents/cancel: cancelable from these statuses only.
const CANCELABLE: ReadonlySet<PaymentIntentStatus> = new Set<PaymentIntentStatus>([
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
]);

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomId = (prefix: string, length = 24) =>
  prefix + Array.from(randomBytes(length), (b) => ALPHANUM[b % ALPHANUM.length]).join('');
const nowSeconds = () => Math.floor(Date.now() / 1000);
const docUrl = (code: string) => `https://docs.stripe.com/error-codes/${code.replaceAll('_', '-')}`;

/** Thrown inside handlers; becomes Stripe's `{ error: {...} }` body with this HTTP status. */
class ApiError extends Error {
  readonly status: number;
  readonly body: Params;
  constructor(status: number, body: Params & { message: string; type: string }) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}

const invalid = (message: string, param?: string, code?: string, extra: Params = {}) =>
  new ApiError(400, {
    type: 'invalid_request_error',
    message,
    ...(param ? { param } : {}),
    ...(code ? { code, doc_url: docUrl(code) } : {}),
    ...extra,
  });

function rejectUnknown(params: Params, allowed: string[]): void {
  const unknown = Object.keys(params).find((k) => !allowed.includes(k));
  if (unknown) throw invalid(`Received unknown parameter: ${unknown}`, unknown, 'parameter_unknown');
}

function parseAmount(raw: unknown, currency: string): number {
  if (raw === undefined) throw invalid('Missing required param: amount.', 'amount', 'parameter_missing');
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw))
    throw invalid(`Invalid integer: ${String(raw)}`, 'amount', 'parameter_invalid_integer');
  const amount = Number(raw);
  if (amount < 1)
    throw invalid('This value must be greater than or equal to 1.', 'amount', 'amount_too_small');
  if (amount > MAX_AMOUNT)
    throw invalid(`Amount must be no more than ${MAX_AMOUNT} ${currency}`, 'amount', 'amount_too_large');
  if (THREE_DECIMAL.has(currency) && amount % 10 !== 0) {
    throw invalid(
      `Invalid amount. Currency ${currency.toUpperCase()} requires the least-significant digit of the amount to be 0.`,
      'amount',
      'invalid_charge_amount',
    );
  }
  if (WHOLE_UNITS_ONLY.has(currency) && amount % 100 !== 0) {
    throw invalid(
      `Invalid amount. Currency ${currency.toUpperCase()} has become effectively zero-decimal and charged amounts must be evenly divisible by 100.`,
      'amount',
      'invalid_charge_amount_no_decimal_compatible',
    );
  }
  return amount;
}

function parseMetadata(raw: unknown): Record<string, string> {
  if (raw === undefined || raw === '') return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw invalid('Invalid object', 'metadata');
  const entries = Object.entries(raw as Params);
  if (entries.length > 50) throw invalid('Metadata can have at most 50 keys.', 'metadata');
  for (const [k, v] of entries) {
    if (typeof v !== 'string') throw invalid('Invalid object', `metadata[${k}]`);
    if (k.length > 40) throw invalid(`Metadata keys can have at most 40 characters: ${k}`, `metadata[${k}]`);
    if (v.length > 500) throw invalid('Metadata values can have at most 500 characters.', `metadata[${k}]`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function parseBoolean(raw: unknown, param: string): boolean {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw invalid(`Invalid boolean: ${String(raw)}`, param);
}

function createIntent(params: Params): PaymentIntentObject {
  rejectUnknown(params, [
    'amount',
    'currency',
    'automatic_payment_methods',
    'capture_method',
    'metadata',
    'description',
    'receipt_email',
    'expand',
  ]);
  if (params.currency === undefined)
    throw invalid('Missing required param: currency.', 'currency', 'parameter_missing');
  const currency = String(params.currency).toLowerCase();
  if (!ISO_CURRENCIES.has(currency))
    throw invalid(`Invalid currency: ${String(params.currency)}.`, 'currency');
  const amount = parseAmount(params.amount, currency);
  const apm = (params.automatic_payment_methods ?? { enabled: 'true' }) as Params;
  rejectUnknown(apm, ['enabled', 'allow_redirects']);
  const enabled = parseBoolean(apm.enabled, 'automatic_payment_methods[enabled]');
  const email = params.receipt_email;
  if (email !== undefined && (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))) {
    throw invalid(`Invalid email address: ${String(email)}`, 'receipt_email', 'email_invalid');
  }
  // Stripe's default for new integrations is automatic_async.
  const captureMethod = params.capture_method ?? 'automatic_async';
  if (!CAPTURE_METHODS.includes(captureMethod as CaptureMethod)) {
    throw invalid(`Invalid capture_method: must be one of ${CAPTURE_METHODS.join(', ')}`, 'capture_method');
  }
  const id = randomId('pi_');
  return {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_received: 0,
    automatic_payment_methods: enabled
      ? { enabled, allow_redirects: apm.allow_redirects === 'never' ? 'never' : 'always' }
      : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: captureMethod as CaptureMethod,
    client_secret: `${id}_secret_${randomId('', 25)}`,
    confirmation_method: 'automatic',
    created: nowSeconds(),
    currency,
    customer: null,
    description: typeof params.description === 'string' ? params.description : null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: parseMetadata(params.metadata),
    next_action: null,
    payment_method: null,
    payment_method_types: ['card'],
    receipt_email: typeof email === 'string' ? email : null,
    status: 'requires_payment_method',
  };
}

/** Mutates the stored intent the way Stripe does; returns the event type it would emit. */
function confirmIntent(
  intent: PaymentIntentObject,
  params: Params,
): 'payment_intent.succeeded' | 'payment_intent.amount_capturable_updated' {
  rejectUnknown(params, ['payment_method', 'return_url', 'expand']);
  if (intent.status !== 'requires_payment_method') {
    const why =
      intent.status === 'succeeded'
        ? 'it has already succeeded after being previously confirmed'
        : `it has a status of ${intent.status}`;
    throw invalid(
      `You cannot confirm this PaymentIntent because ${why}.`,
      undefined,
      'payment_intent_unexpected_state',
      { payment_intent: structuredClone(intent) },
    );
  }
  const pm = params.payment_method;
  if (typeof pm !== 'string' || pm === '') {
    throw invalid(
      "You cannot confirm this PaymentIntent because it's missing a payment method.",
      'payment_method',
      'payment_intent_unexpected_state',
    );
  }
  const returnUrl = params.return_url;
  if (returnUrl === undefined && intent.automatic_payment_methods?.allow_redirects === 'always') {
    throw invalid(
      'This PaymentIntent is configured to accept payment methods enabled in your Dashboard. Because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`.',
      'return_url',
    );
  }
  if (returnUrl !== undefined && (typeof returnUrl !== 'string' || !URL.canParse(returnUrl))) {
    throw invalid('Not a valid URL', 'return_url', 'url_invalid');
  }
  const card = TEST_CARDS[pm];
  if (!card) throw invalid(`No such PaymentMethod: '${pm}'`, 'payment_method', 'resource_missing');
  // Stripe clones a test PaymentMethod into a fresh pm_… for each use.
  const paymentMethod: PaymentMethodObject = {
    id: randomId('pm_'),
    object: 'payment_method',
    type: 'card',
    card: {
      brand: card.brand,
      last4: card.last4,
      exp_month: 12,
      exp_year: new Date().getFullYear() + 3,
      funding: 'credit',
      country: 'US',
    },
    created: nowSeconds(),
    livemode: false,
    metadata: {},
  };
  const charge = randomId('ch_');
  intent.latest_charge = charge;
  if (!card.decline) {
    Object.assign(intent, { payment_method: paymentMethod.id, last_payment_error: null });
    if (intent.capture_method === 'manual') {
      // Authorised only: the funds are held until capture (or released by cancel).
      Object.assign(intent, {
        status: 'requires_capture',
        amount_capturable: intent.amount,
        amount_received: 0,
      });
      return 'payment_intent.amount_capturable_updated';
    }
    Object.assign(intent, { status: 'succeeded', amount_capturable: 0, amount_received: intent.amount });
    return 'payment_intent.succeeded';
  }
  const error: LastPaymentError = {
    type: 'card_error',
    ...card.decline,
    doc_url: docUrl(card.decline.code),
    charge,
    payment_method: paymentMethod,
  };
  Object.assign(intent, {
    status: 'requires_payment_method',
    payment_method: null,
    last_payment_error: error,
  });
  throw new ApiError(402, { ...error, payment_intent: structuredClone(intent) });
}

const unexpectedState = (intent: PaymentIntentObject, message: string) =>
  invalid(message, undefined, 'payment_intent_unexpected_state', { payment_intent: structuredClone(intent) });

function parsePositiveInteger(raw: unknown, param: string): number {
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw))
    throw invalid(`Invalid integer: ${String(raw)}`, param, 'parameter_invalid_integer');
  const value = Number(raw);
  if (value < 1) throw invalid('This value must be greater than or equal to 1.', param);
  return value;
}

/** https://docs.stripe.com/api/payment_intents/capture */
function captureIntent(intent: PaymentIntentObject, params: Params): 'payment_intent.succeeded' {
  rejectUnknown(params, ['amount_to_capture', 'expand']);
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(
      intent,
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
    );
  }
  let captured = intent.amount_capturable;
  if (params.amount_to_capture !== undefined) {
    captured = parsePositiveInteger(params.amount_to_capture, 'amount_to_capture');
    if (captured > intent.amount_capturable) {
      throw invalid(
        `The amount to capture (${captured}) must be less than or equal to the amount capturable (${intent.amount_capturable}).`,
        'amount_to_capture',
        'amount_too_large',
      );
    }
  }
  // A partial capture releases the rest of the authorisation.
  Object.assign(intent, { status: 'succeeded', amount_received: captured, amount_capturable: 0 });
  return 'payment_intent.succeeded';
}

/** https://docs.stripe.com/api/payment_intents/cancel */
function cancelIntent(intent: PaymentIntentObject, params: Params): 'payment_intent.canceled' {
  rejectUnknown(params, ['cancellation_reason', 'expand']);
  const reason = params.cancellation_reason;
  if (reason !== undefined && !CANCELLATION_REASONS.includes(reason as CancellationReason)) {
    throw invalid(
      `Invalid cancellation_reason: must be one of ${CANCELLATION_REASONS.join(', ')}`,
      'cancellation_reason',
    );
  }
  if (!CANCELABLE.has(intent.status)) {
    throw unexpectedState(
      intent,
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${[...CANCELABLE].join(', ')}.`,
    );
  }
  Object.assign(intent, {
    status: 'canceled',
    amount_capturable: 0,
    canceled_at: nowSeconds(),
    cancellation_reason: (reason as CancellationReason | undefined) ?? null,
  });
  return 'payment_intent.canceled';
}

/** https://docs.stripe.com/api/refunds/object (the fields a refund of a PaymentIntent carries). */
export interface RefundObject {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: string | null;
  charge: string | null;
  created: number;
  currency: string;
  destination_details: null;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: RefundReason | null;
  receipt_number: null;
  source_transfer_reversal: null;
  status: 'succeeded' | 'failed';
  /** Set when a refund fails after it was accepted (https://docs.stripe.com/refunds#failed-refunds). */
  failure_reason?: 'expired_or_canceled_card' | 'lost_or_stolen_card' | 'unknown';
  transfer_reversal: null;
}
type RefundReason = 'duplicate' | 'fraudulent' | 'requested_by_customer';
const REFUND_REASONS: readonly RefundReason[] = ['duplicate', 'fraudulent', 'requested_by_customer'];

/** https://docs.stripe.com/api/refunds/create: never more than the charge has left unrefunded. */
function createRefund(
  intents: Map<string, PaymentIntentObject>,
  refunds: Map<string, RefundObject>,
  params: Params,
): RefundObject {
  rejectUnknown(params, ['payment_intent', 'amount', 'reason', 'metadata', 'expand']);
  const id = typeof params.payment_intent === 'string' ? params.payment_intent : '';
  const intent = intents.get(id);
  if (!intent) throw invalid(`No such payment_intent: '${id}'`, 'payment_intent', 'resource_missing');
  if (intent.status !== 'succeeded')
    throw invalid(
      `This PaymentIntent (${id}) does not have a successful charge to refund.`,
      'payment_intent',
      'charge_not_refundable',
    );
  const refunded = [...refunds.values()]
    // A failed refund gave its money back to the charge.
    .filter((r) => r.payment_intent === id && r.status !== 'failed')
    .reduce((sum, r) => sum + r.amount, 0);
  const left = intent.amount_received - refunded;
  if (left <= 0)
    throw invalid(
      `Charge ${intent.latest_charge} has already been refunded.`,
      undefined,
      'charge_already_refunded',
    );
  const amount = params.amount === undefined ? left : parsePositiveInteger(params.amount, 'amount');
  if (amount > left)
    throw invalid(
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
      'amount',
      'amount_too_large',
    );
  const reason = params.reason as RefundReason | undefined;
  if (reason !== undefined && !REFUND_REASONS.includes(reason))
    throw invalid(`Invalid reason: must be one of ${REFUND_REASONS.join(', ')}`, 'reason');
  const refund: RefundObject = {
    id: randomId('re_'),
    object: 'refund',
    amount,
    balance_transaction: randomId('txn_'),
    charge: intent.latest_charge,
    created: nowSeconds(),
    currency: intent.currency,
    destination_details: null,
    metadata: parseMetadata(params.metadata),
    payment_intent: id,
    reason: reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  refunds.set(refund.id, refund);
  return refund;
}

export function buildEvent(
  intent: PaymentIntentObject,
  type: StripeEventObject['type'],
  created = nowSeconds(),
): StripeEventObject {
  return {
    id: randomId('evt_'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    data: { object: structuredClone(intent) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

export interface SignedWebhook {
  payload: string;
  signature: string;
  /** The POST Stripe would send to `url`. */
  request(url: string): Request;
}

/** Signs an event the way Stripe does (Stripe-Signature: t=…,v1=HMAC-SHA256 of "t.payload"). */
export function signWebhook(
  event: StripeEventObject | ChargeEventObject | RefundEventObject,
  secret: string,
  timestamp = nowSeconds(),
): SignedWebhook {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  return {
    payload,
    signature,
    request: (url) =>
      new Request(url, {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
      }),
  };
}

/** https://docs.stripe.com/api/charges/object (what charge.refunded carries about refunds). */
export interface ChargeObject {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  currency: string;
  payment_intent: string;
  refunded: boolean;
  status: 'succeeded';
}

export interface ChargeEventObject extends Omit<StripeEventObject, 'data' | 'type'> {
  data: { object: ChargeObject };
  type: 'charge.refunded';
}

export interface RefundEventObject extends Omit<StripeEventObject, 'data' | 'type'> {
  data: { object: RefundObject };
  type: 'refund.updated' | 'refund.failed';
}

export interface StripeServer {
  host: string;
  port: number;
  secretKey: string;
  webhookSecret: string;
  intents: Map<string, PaymentIntentObject>;
  refunds: Map<string, RefundObject>;
  requests: RecordedRequest[];
  /** Events Stripe would have sent, in order. */
  events: StripeEventObject[];
  /** A signed webhook for a stored intent, signed with this server's secret. */
  webhook(intentId: string, type: StripeEventObject['type'], timestamp?: number): SignedWebhook;
  /** A refund made in the Dashboard (not through the API Meridian calls). */
  dashboardRefund(intentId: string, amount: number): RefundObject;
  /** charge.refunded for an intent's charge, with its running refunded total, signed. */
  chargeRefundedWebhook(intentId: string): SignedWebhook;
  /** The bank bounced a refund: it becomes failed (and no longer counts), and refund.updated is signed. */
  failRefund(refundId: string, reason: NonNullable<RefundObject['failure_reason']>): SignedWebhook;
  close(): Promise<void>;
}

interface StoredResponse {
  endpoint: string;
  fingerprint: string;
  status: number;
  body: unknown;
}

/** Key-order-independent form of parsed params, to tell "same request" from "different params". */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function apiKeyOf(req: IncomingMessage): string | null {
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  if (auth.startsWith('Basic ')) return Buffer.from(auth.slice(6), 'base64').toString().split(':')[0] || null;
  return null;
}

export async function startStripeServer(options: { secretKey?: string } = {}): Promise<StripeServer> {
  const secretKey = options.secretKey ?? TEST_SECRET_KEY;
  const webhookSecret = randomId('whsec_', 32);
  const intents = new Map<string, PaymentIntentObject>();
  const refunds = new Map<string, RefundObject>();
  const requests: RecordedRequest[] = [];
  const events: StripeEventObject[] = [];
  // Idempotency keys are scoped to the API key, as on Stripe.
  const idempotency = new Map<string, StoredResponse>();

  function route(method: string, path: string, params: Params): { status: number; body: unknown } {
    if (method === 'POST' && path === '/v1/refunds')
      return { status: 200, body: structuredClone(createRefund(intents, refunds, params)) };
    if (method === 'POST' && path === '/v1/payment_intents') {
      const intent = createIntent(params);
      intents.set(intent.id, intent);
      events.push(buildEvent(intent, 'payment_intent.created'));
      return { status: 200, body: structuredClone(intent) };
    }
    const m = /^\/v1\/payment_intents\/([^/]+)(?:\/(confirm|capture|cancel))?$/.exec(path);
    if (m && (method === 'GET' ? !m[2] : method === 'POST' && m[2])) {
      const id = decodeURIComponent(m[1] ?? '');
      const intent = intents.get(id);
      if (!intent)
        throw new ApiError(404, {
          type: 'invalid_request_error',
          code: 'resource_missing',
          doc_url: docUrl('resource_missing'),
          message: `No such payment_intent: '${id}'`,
          param: 'intent',
        });
      if (method === 'GET') {
        rejectUnknown(params, ['expand', 'client_secret']);
        return { status: 200, body: structuredClone(intent) };
      }
      if (m[2] === 'capture') {
        events.push(buildEvent(intent, captureIntent(intent, params)));
        return { status: 200, body: structuredClone(intent) };
      }
      if (m[2] === 'cancel') {
        events.push(buildEvent(intent, cancelIntent(intent, params)));
        return { status: 200, body: structuredClone(intent) };
      }
      try {
        events.push(buildEvent(intent, confirmIntent(intent, params)));
      } catch (err) {
        if (err instanceof ApiError && err.status === 402)
          events.push(buildEvent(intent, 'payment_intent.payment_failed'));
        throw err;
      }
      return { status: 200, body: structuredClone(intent) };
    }
    throw new ApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    });
  }

  function handle(
    req: IncomingMessage,
    rawBody: string,
  ): { status: number; body: unknown; replayed: boolean; key: string | null; params: Params } {
    const url = new URL(req.url ?? '/', 'http://stripe.test');
    const method = req.method ?? 'GET';
    const params = (method === 'GET' ? qs.parse(url.search.slice(1)) : qs.parse(rawBody)) as Params;
    const key = method === 'POST' ? ((req.headers['idempotency-key'] as string | undefined) ?? null) : null;
    const apiKey = apiKeyOf(req);
    if (!apiKey) {
      throw new ApiError(401, {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      });
    }
    if (apiKey !== secretKey) {
      throw new ApiError(401, {
        type: 'invalid_request_error',
        message: `Invalid API Key provided: ${apiKey.slice(0, 8)}${'*'.repeat(Math.max(0, apiKey.length - 12))}${apiKey.slice(-4)}`,
      });
    }
    if (
      method === 'POST' &&
      !String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')
    ) {
      throw invalid('Invalid request: POST bodies must be application/x-www-form-urlencoded.');
    }
    const endpoint = `${method} ${url.pathname}`;
    const fingerprint = canonical(params);
    const stored = key ? idempotency.get(`${apiKey}:${key}`) : undefined;
    if (stored) {
      if (stored.endpoint !== endpoint) {
        throw new ApiError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${stored.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      if (stored.fingerprint !== fingerprint) {
        throw new ApiError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      return { status: stored.status, body: stored.body, replayed: true, key, params };
    }
    let result: { status: number; body: unknown };
    try {
      result = route(method, url.pathname, params);
    } catch (err) {
      // A card decline happened after the endpoint began executing, so Stripe saves it for replay.
      if (!(err instanceof ApiError) || err.status !== 402) throw err;
      result = { status: 402, body: { error: err.body } };
    }
    // Validation failures (4xx other than 402) are not saved: the same key may be retried after a fix.
    if (key) idempotency.set(`${apiKey}:${key}`, { endpoint, fingerprint, ...result });
    return { ...result, replayed: false, key, params };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let out: { status: number; body: unknown; replayed: boolean; key: string | null; params: Params };
      try {
        out = handle(req, rawBody);
      } catch (err) {
        // A bug in this server surfaces as Stripe's api_error (500), not a hung request.
        const e =
          err instanceof ApiError ? err : new ApiError(500, { type: 'api_error', message: String(err) });
        const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
        out = {
          status: e.status,
          body: { error: e.body },
          replayed: false,
          key,
          params: qs.parse(rawBody) as Params,
        };
      }
      const path = new URL(req.url ?? '/', 'http://stripe.test').pathname;
      requests.push({
        method: req.method ?? 'GET',
        path,
        params: out.params,
        idempotencyKey: out.key,
        status: out.status,
        replayed: out.replayed,
      });
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'request-id': randomId('req_', 14),
        'stripe-version': String(req.headers['stripe-version'] ?? Stripe.API_VERSION),
      };
      if (out.key) headers['idempotency-key'] = out.key;
      if (out.replayed) headers['idempotent-replayed'] = 'true';
      if (out.status === 401) headers['www-authenticate'] = 'Bearer realm="Stripe"';
      res.writeHead(out.status, headers).end(JSON.stringify(out.body, null, 2));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    secretKey,
    webhookSecret,
    intents,
    refunds,
    requests,
    events,
    webhook(intentId, type, timestamp) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`No such payment_intent: ${intentId}`);
      return signWebhook(buildEvent(intent, type), webhookSecret, timestamp);
    },
    dashboardRefund(intentId, amount) {
      return createRefund(intents, refunds, { payment_intent: intentId, amount: String(amount) });
    },
    chargeRefundedWebhook(intentId) {
      const intent = intents.get(intentId);
      if (!intent?.latest_charge) throw new Error(`No charge for payment_intent: ${intentId}`);
      const refunded = [...refunds.values()]
        .filter((r) => r.payment_intent === intentId && r.status !== 'failed')
        .reduce((sum, r) => sum + r.amount, 0);
      const event: ChargeEventObject = {
        ...buildEvent(intent, 'payment_intent.succeeded'),
        type: 'charge.refunded',
        data: {
          object: {
            id: intent.latest_charge,
            object: 'charge',
            amount: intent.amount_received,
            amount_captured: intent.amount_received,
            amount_refunded: refunded,
            currency: intent.currency,
            payment_intent: intentId,
            refunded: refunded >= intent.amount_received,
            status: 'succeeded',
          },
        },
      };
      return signWebhook(event, webhookSecret);
    },
    failRefund(refundId, reason) {
      const refund = refunds.get(refundId);
      if (!refund) throw new Error(`No such refund: ${refundId}`);
      const failed: RefundObject = { ...refund, status: 'failed', failure_reason: reason };
      refunds.set(refundId, failed);
      const intent = intents.get(refund.payment_intent)!;
      const event: RefundEventObject = {
        ...buildEvent(intent, 'payment_intent.succeeded'),
        type: 'refund.updated',
        data: { object: failed },
      };
      return signWebhook(event, webhookSecret);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // The SDK keeps sockets alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
      }),
  };
}
