import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '#app/modules/money/core/money.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';
import { PaymentProviderError, createStripeProvider } from '#app/modules/payments/stripe-provider.server.ts';
import { verifyStripeWebhook } from '#app/modules/payments/stripe-webhook.server.ts';
import { startStripeServer } from '#tests/support/stripe-server.ts';
import type { StripeServer } from '#tests/support/stripe-server.ts';

let server: StripeServer;
let provider: PaymentProvider;
let n = 0;
const key = (label: string) => `${label}-${++n}-${Date.now()}`;
const returnUrl = 'https://shop.example/checkout/return';

beforeAll(async () => {
  server = await startStripeServer();
  provider = createStripeProvider({
    secretKey: server.secretKey,
    host: server.host,
    port: server.port,
    protocol: 'http',
  });
});
afterAll(async () => server?.close());

const create = (amount = money(1999, 'USD'), idempotencyKey = key('create')) =>
  provider.createPayment({
    amount,
    idempotencyKey,
    metadata: { order: 'ord_1', cart: 'c_9' },
    description: 'Order #1001',
    receiptEmail: 'shopper@example.com',
  });

describe('createPayment', () => {
  it.each([
    [money(1999, 'USD'), 1999, 'usd'],
    [money(1500, 'JPY'), 1500, 'jpy'],
    [money(12340, 'KWD'), 12340, 'kwd'],
  ])('creates %o as a Stripe amount of %i %s', async (amount, stripeAmount, currency) => {
    const view = await create(amount);
    expect(view).toMatchObject({
      provider: 'stripe',
      status: 'requires_payment_method',
      amount,
      lastError: null,
      metadata: { order: 'ord_1', cart: 'c_9' },
    });
    expect(view.id).toMatch(/^pi_/);
    expect(view.clientSecret).toMatch(new RegExp(`^${view.id}_secret_\\w+$`));
    const stored = server.intents.get(view.id);
    expect(stored).toMatchObject({
      amount: stripeAmount,
      currency,
      description: 'Order #1001',
      receipt_email: 'shopper@example.com',
    });
    expect(server.requests.at(-1)?.params).toMatchObject({
      automatic_payment_methods: { enabled: 'true' },
      metadata: { order: 'ord_1' },
    });
  });

  it('rounds KWD to what Stripe accepts instead of being rejected', async () => {
    const view = await create(money(12345, 'KWD'));
    expect(view.amount).toEqual(money(12350, 'KWD'));
  });

  it('replays a retried create: same key, same intent, no second payment', async () => {
    const idempotencyKey = key('retry');
    const first = await create(money(2500, 'USD'), idempotencyKey);
    const before = server.intents.size;
    const second = await create(money(2500, 'USD'), idempotencyKey);
    expect(second.id).toBe(first.id);
    expect(server.intents.size).toBe(before);
    const sent = server.requests.filter((r) => r.idempotencyKey === idempotencyKey);
    expect(sent.map((r) => r.replayed)).toEqual([false, true]);
  });

  it('refuses to reuse a key with different parameters', async () => {
    const idempotencyKey = key('reuse');
    await create(money(2500, 'USD'), idempotencyKey);
    const err = await create(money(2600, 'USD'), idempotencyKey).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({ code: 'idempotency_error', statusCode: 400 });
  });
});

describe('confirmPayment', () => {
  it('succeeds with pm_card_visa', async () => {
    const { id } = await create();
    const view = await provider.confirmPayment(id, {
      paymentMethod: 'pm_card_visa',
      returnUrl,
      idempotencyKey: key('confirm'),
    });
    expect(view).toMatchObject({ id, status: 'succeeded', lastError: null });
    expect(server.intents.get(id)?.latest_charge).toMatch(/^ch_/);
    expect(server.events.filter((e) => e.data.object.id === id).map((e) => e.type)).toEqual([
      'payment_intent.created',
      'payment_intent.succeeded',
    ]);
  });

  it.each([
    ['pm_card_chargeDeclined', 'generic_decline'],
    ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ])('turns the %s decline into lastError (%s)', async (paymentMethod, declineCode) => {
    const { id } = await create();
    const view = await provider.confirmPayment(id, {
      paymentMethod,
      returnUrl,
      idempotencyKey: key('decline'),
    });
    expect(view).toMatchObject({
      id,
      status: 'requires_payment_method',
      lastError: { code: 'card_declined', declineCode },
    });
    expect(
      server.requests.some((r) => r.path === `/v1/payment_intents/${id}/confirm` && r.status === 402),
    ).toBe(true);
    // The shopper can try another card on the same intent.
    const retry = await provider.confirmPayment(id, {
      paymentMethod: 'pm_card_visa',
      returnUrl,
      idempotencyKey: key('confirm'),
    });
    expect(retry).toMatchObject({ status: 'succeeded', lastError: null });
  });

  it('raises PaymentProviderError for a non-card failure', async () => {
    const err = await provider
      .confirmPayment('pi_missing', { paymentMethod: 'pm_card_visa', returnUrl, idempotencyKey: key('c') })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PaymentProviderError', code: 'resource_missing', statusCode: 404 });
  });
});

describe('manual capture', () => {
  const authorise = async (amount = money(1999, 'USD')) => {
    const { id } = await provider.createPayment({
      amount,
      idempotencyKey: key('create'),
      metadata: { order: 'ord_2' },
      captureMethod: 'manual',
    });
    const view = await provider.confirmPayment(id, {
      paymentMethod: 'pm_card_visa',
      returnUrl,
      idempotencyKey: key('confirm'),
    });
    return { id, view };
  };
  const eventsOf = (id: string) => server.events.filter((e) => e.data.object.id === id).map((e) => e.type);

  it('sends capture_method, defaulting to automatic', async () => {
    const { id } = await create();
    expect(server.requests.at(-1)?.params).toMatchObject({ capture_method: 'automatic' });
    expect(server.intents.get(id)).toMatchObject({ capture_method: 'automatic', amount_capturable: 0 });
    await provider.confirmPayment(id, {
      paymentMethod: 'pm_card_visa',
      returnUrl,
      idempotencyKey: key('confirm'),
    });
    expect(server.intents.get(id)).toMatchObject({
      status: 'succeeded',
      amount_received: 1999,
      amount_capturable: 0,
    });
  });

  it('authorises on confirm, captures once, and replays a retried capture', async () => {
    const { id, view } = await authorise();
    expect(view).toMatchObject({
      id,
      status: 'requires_capture',
      lastError: null,
      amount: money(1999, 'USD'),
    });
    expect(server.intents.get(id)).toMatchObject({
      capture_method: 'manual',
      amount_capturable: 1999,
      amount_received: 0,
    });
    expect(eventsOf(id)).toEqual(['payment_intent.created', 'payment_intent.amount_capturable_updated']);

    const captureKey = key('capture');
    const captured = await provider.capturePayment(id, { idempotencyKey: captureKey });
    expect(captured).toMatchObject({ id, status: 'succeeded', lastError: null });
    expect(server.intents.get(id)).toMatchObject({
      status: 'succeeded',
      amount_capturable: 0,
      amount_received: 1999,
    });
    expect(eventsOf(id)).toEqual([
      'payment_intent.created',
      'payment_intent.amount_capturable_updated',
      'payment_intent.succeeded',
    ]);

    // A second, distinct capture is refused...
    const err = await provider
      .capturePayment(id, { idempotencyKey: key('capture') })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({ code: 'payment_intent_unexpected_state', statusCode: 400 });
    expect((err as Error).message).toBe(
      'This PaymentIntent could not be captured because it has a status of succeeded. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.',
    );

    // ...but a retry of the first one (same key) replays its success without capturing again.
    const replay = await provider.capturePayment(id, { idempotencyKey: captureKey });
    expect(replay).toEqual(captured);
    expect(
      server.requests
        .filter((r) => r.idempotencyKey === captureKey)
        .map((r) => [r.path, r.status, r.replayed]),
    ).toEqual([
      [`/v1/payment_intents/${id}/capture`, 200, false],
      [`/v1/payment_intents/${id}/capture`, 200, true],
    ]);
    expect(eventsOf(id).filter((t) => t === 'payment_intent.succeeded')).toHaveLength(1);
  });

  it('refuses to capture an intent that was never authorised', async () => {
    const { id } = await provider.createPayment({
      amount: money(500, 'USD'),
      idempotencyKey: key('create'),
      metadata: {},
      captureMethod: 'manual',
    });
    const err = await provider
      .capturePayment(id, { idempotencyKey: key('capture') })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'PaymentProviderError',
      code: 'payment_intent_unexpected_state',
      statusCode: 400,
      message: expect.stringContaining('status of requires_payment_method'),
    });
  });

  it('cancels an authorised intent, releasing the hold, and replays a retried cancel', async () => {
    const { id } = await authorise();
    const cancelKey = key('cancel');
    const view = await provider.cancelPayment(id, { idempotencyKey: cancelKey });
    expect(view).toMatchObject({ id, status: 'canceled' });
    const stored = server.intents.get(id);
    expect(stored).toMatchObject({
      status: 'canceled',
      amount_capturable: 0,
      amount_received: 0,
      cancellation_reason: null,
    });
    expect(stored?.canceled_at).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 5);
    expect(eventsOf(id)).toEqual([
      'payment_intent.created',
      'payment_intent.amount_capturable_updated',
      'payment_intent.canceled',
    ]);
    expect(await provider.cancelPayment(id, { idempotencyKey: cancelKey })).toEqual(view);
    // A canceled intent can be neither canceled again, captured nor confirmed.
    for (const attempt of [
      () => provider.cancelPayment(id, { idempotencyKey: key('cancel') }),
      () => provider.capturePayment(id, { idempotencyKey: key('capture') }),
      () =>
        provider.confirmPayment(id, {
          paymentMethod: 'pm_card_visa',
          returnUrl,
          idempotencyKey: key('confirm'),
        }),
    ]) {
      expect(await attempt().catch((e: unknown) => e)).toMatchObject({
        code: 'payment_intent_unexpected_state',
        statusCode: 400,
      });
    }
  });

  it('cancels an unpaid intent', async () => {
    const { id } = await create();
    expect(await provider.cancelPayment(id, { idempotencyKey: key('cancel') })).toMatchObject({
      id,
      status: 'canceled',
    });
  });

  it('refuses to cancel a succeeded intent', async () => {
    const { id } = await authorise();
    await provider.capturePayment(id, { idempotencyKey: key('capture') });
    const err = await provider.cancelPayment(id, { idempotencyKey: key('cancel') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({
      code: 'payment_intent_unexpected_state',
      statusCode: 400,
      message: expect.stringContaining('status of succeeded'),
    });
    expect(server.intents.get(id)?.status).toBe('succeeded');
  });

  it('answers 404 resource_missing for an unknown intent', async () => {
    for (const attempt of [
      () => provider.capturePayment('pi_missing', { idempotencyKey: key('capture') }),
      () => provider.cancelPayment('pi_missing', { idempotencyKey: key('cancel') }),
    ]) {
      expect(await attempt().catch((e: unknown) => e)).toMatchObject({
        name: 'PaymentProviderError',
        code: 'resource_missing',
        statusCode: 404,
      });
    }
  });

  it('validates capture_method, amount_to_capture and cancellation_reason like Stripe (raw SDK)', async () => {
    const stripe = new Stripe(server.secretKey, {
      host: server.host,
      port: server.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const bad = await stripe.paymentIntents
      .create({ amount: 700, currency: 'eur', capture_method: 'later' as 'manual' })
      .catch((e: unknown) => e);
    expect(bad).toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
      param: 'capture_method',
    });
    const asyncIntent = await stripe.paymentIntents.create({
      amount: 700,
      currency: 'eur',
      capture_method: 'automatic_async',
    });
    expect(asyncIntent.capture_method).toBe('automatic_async');

    const { id } = await authorise(money(1000, 'USD'));
    const tooMuch = await stripe.paymentIntents
      .capture(id, { amount_to_capture: 1001 })
      .catch((e: unknown) => e);
    expect(tooMuch).toMatchObject({ statusCode: 400, param: 'amount_to_capture' });
    const partial = await stripe.paymentIntents.capture(id, { amount_to_capture: 600 });
    expect(partial).toMatchObject({ status: 'succeeded', amount_received: 600, amount_capturable: 0 });

    const other = await authorise();
    const badReason = await stripe.paymentIntents
      .cancel(other.id, { cancellation_reason: 'bored' as 'abandoned' })
      .catch((e: unknown) => e);
    expect(badReason).toMatchObject({ statusCode: 400, param: 'cancellation_reason' });
    const canceled = await stripe.paymentIntents.cancel(other.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({
      status: 'canceled',
      cancellation_reason: 'abandoned',
      amount_capturable: 0,
    });
    expect(canceled.canceled_at).toEqual(expect.any(Number));
  });
});

describe('retrievePayment and auth', () => {
  it('reads back the stored intent', async () => {
    const created = await create(money(1500, 'JPY'));
    expect(await provider.retrievePayment(created.id)).toEqual(created);
  });

  it('rejects a bad key with PaymentProviderError (401)', async () => {
    const bad = createStripeProvider({
      secretKey: 'sk_test_wrong',
      host: server.host,
      port: server.port,
      protocol: 'http',
    });
    const err = await bad
      .createPayment({ amount: money(100, 'USD'), idempotencyKey: key('bad'), metadata: {} })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({ statusCode: 401, code: 'invalid_request_error' });
  });

  it('speaks the wire protocol: 401 shape without a key, Idempotent-Replayed header (raw SDK)', async () => {
    const res = await fetch(`http://${server.host}:${server.port}/v1/payment_intents/pi_x`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('did not provide an API key'),
      },
    });
    const stripe = new Stripe(server.secretKey, {
      host: server.host,
      port: server.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const idempotencyKey = key('raw');
    const first = await stripe.paymentIntents.create(
      { amount: 700, currency: 'eur', metadata: { a: 'b' } },
      { idempotencyKey },
    );
    const again = await stripe.paymentIntents.create(
      { amount: 700, currency: 'eur', metadata: { a: 'b' } },
      { idempotencyKey },
    );
    expect(again.id).toBe(first.id);
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
  });

  it("answers with Stripe's error shape for invalid three-decimal amounts (raw SDK)", async () => {
    const stripe = new Stripe(server.secretKey, {
      host: server.host,
      port: server.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const err = await stripe.paymentIntents
      .create({ amount: 1235, currency: 'kwd' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(err).toMatchObject({ statusCode: 400, param: 'amount', type: 'StripeInvalidRequestError' });
  });
});

describe('verifyStripeWebhook', () => {
  it('accepts a genuine signed event', async () => {
    const { id } = await create();
    const signed = server.webhook(id, 'payment_intent.succeeded');
    const result = verifyStripeWebhook(signed.payload, signed.signature, server.webhookSecret);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.event).toMatchObject({
        object: 'event',
        type: 'payment_intent.succeeded',
        livemode: false,
        data: { object: { id } },
      });
    // The Request form carries the same header.
    const request = signed.request('https://shop.example/webhooks/stripe');
    expect(
      verifyStripeWebhook(await request.text(), request.headers.get('stripe-signature'), server.webhookSecret)
        .ok,
    ).toBe(true);
  });

  it('rejects an altered body, a wrong secret, a missing header, a stale timestamp and junk', async () => {
    const { id } = await create();
    const signed = server.webhook(id, 'payment_intent.payment_failed');
    const secret = server.webhookSecret;
    expect(
      verifyStripeWebhook(
        signed.payload.replace('"livemode": false', '"livemode": true'),
        signed.signature,
        secret,
      ),
    ).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyStripeWebhook(signed.payload, signed.signature, 'whsec_not_the_secret')).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyStripeWebhook(signed.payload, null, secret)).toEqual({
      ok: false,
      reason: 'missing-signature',
    });
    expect(verifyStripeWebhook(signed.payload, 'garbage', secret)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const old = server.webhook(id, 'payment_intent.payment_failed', Math.floor(Date.now() / 1000) - 301);
    expect(verifyStripeWebhook(old.payload, old.signature, secret)).toEqual({ ok: false, reason: 'stale' });
    expect(verifyStripeWebhook(old.payload, old.signature, secret, 600).ok).toBe(true);
    // An old timestamp on a forged body is a bad signature, not merely stale.
    expect(
      verifyStripeWebhook(
        old.payload.replace('"livemode": false', '"livemode": true'),
        old.signature,
        secret,
      ),
    ).toEqual({ ok: false, reason: 'bad-signature' });
  });
});

describe('refundPayment', () => {
  const paid = async (amount = money(1999, 'USD')) => {
    const { id } = await create(amount);
    await provider.confirmPayment(id, {
      paymentMethod: 'pm_card_visa',
      returnUrl,
      idempotencyKey: key('confirm'),
    });
    return id;
  };

  it('refunds in parts, replays a retried refund, and refuses more than is left', async () => {
    const id = await paid();
    const firstKey = key('refund');
    const first = await provider.refundPayment(id, {
      amount: money(500, 'USD'),
      idempotencyKey: firstKey,
      reason: 'requested_by_customer',
    });
    expect(first).toMatchObject({ paymentId: id, amount: money(500, 'USD'), status: 'succeeded' });
    expect(first.id).toMatch(/^re_/);
    // The same key again: the same refund, not a second one.
    expect(
      (
        await provider.refundPayment(id, {
          amount: money(500, 'USD'),
          idempotencyKey: firstKey,
          reason: 'requested_by_customer',
        })
      ).id,
    ).toBe(first.id);
    expect(server.requests.at(-1)?.idempotencyKey).toBe(firstKey);
    expect([...server.refunds.values()].filter((r) => r.payment_intent === id)).toHaveLength(1);
    const tooMuch = await provider
      .refundPayment(id, { amount: money(1500, 'USD'), idempotencyKey: key('refund') })
      .catch((e: unknown) => e);
    expect(tooMuch).toBeInstanceOf(PaymentProviderError);
    expect((tooMuch as PaymentProviderError).code).toBe('amount_too_large');
    await provider.refundPayment(id, { amount: money(1499, 'USD'), idempotencyKey: key('refund') });
    const again = await provider
      .refundPayment(id, { amount: money(1, 'USD'), idempotencyKey: key('refund') })
      .catch((e: unknown) => e);
    expect((again as PaymentProviderError).code).toBe('charge_already_refunded');
  });

  it('sends ¥ and KWD in Stripe’s units, and refuses an unpaid intent', async () => {
    const yen = await paid(money(1500, 'JPY'));
    expect(
      (await provider.refundPayment(yen, { amount: money(1500, 'JPY'), idempotencyKey: key('refund') }))
        .amount,
    ).toEqual(money(1500, 'JPY'));
    const dinar = await paid(money(12340, 'KWD'));
    expect(
      (await provider.refundPayment(dinar, { amount: money(12340, 'KWD'), idempotencyKey: key('refund') }))
        .amount,
    ).toEqual(money(12340, 'KWD'));
    const { id } = await create();
    const unpaid = await provider
      .refundPayment(id, { amount: money(100, 'USD'), idempotencyKey: key('refund') })
      .catch((e: unknown) => e);
    expect((unpaid as PaymentProviderError).code).toBe('charge_not_refundable');
  });
});
