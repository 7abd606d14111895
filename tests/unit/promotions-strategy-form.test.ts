import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, CONDITIONS } from '#app/modules/promotions/core/strategies.ts';
import {
  emptyValue,
  formOf,
  fromFormValue,
  strategyForms,
  toFormValue,
  type PathErrors,
} from '#app/modules/promotions/core/strategy-form.ts';

const ctx = (currencies = ['EUR', 'JPY', 'KWD']) => ({
  errors: {} as PathErrors,
  currencies: new Set(currencies),
});

describe('the admin form of a strategy comes from its schema', () => {
  it('derives every registered strategy’s controls', () => {
    const { actions, conditions } = strategyForms();
    expect(Object.keys(actions).sort()).toEqual(Object.keys(ACTIONS).sort());
    expect(Object.keys(conditions).sort()).toEqual(Object.keys(CONDITIONS).sort());
    expect(actions['buy-x-get-y']).toEqual({
      kind: 'object',
      fields: [
        { name: 'buy', field: { kind: 'int', min: 1, max: 100 } },
        { name: 'get', field: { kind: 'int', min: 1, max: 100 } },
        { name: 'percent', field: { kind: 'widget', widget: 'percent' } },
        {
          name: 'target',
          field: {
            kind: 'choice',
            tag: 'kind',
            options: [
              { value: 'order', fields: [] },
              {
                value: 'products',
                fields: [{ name: 'productIds', field: { kind: 'widget', widget: 'products' } }],
              },
              {
                value: 'collections',
                fields: [{ name: 'collectionIds', field: { kind: 'widget', widget: 'collections' } }],
              },
            ],
          },
        },
        { name: 'maxUses', field: { kind: 'nullable', of: { kind: 'int', min: 1, max: 1000 } } },
        {
          name: 'gift',
          field: {
            kind: 'nullable',
            of: {
              kind: 'object',
              fields: [{ name: 'productId', field: { kind: 'widget', widget: 'product' } }],
            },
          },
        },
      ],
    });
    expect(actions['tiered-spend']).toMatchObject({
      fields: [{ name: 'tiers', field: { kind: 'list', min: 1, max: 10 } }],
    });
  });

  it('reads amounts in each currency’s own exponent: ¥ has none, KWD three', () => {
    const c = ctx();
    const args = fromFormValue(
      formOf(ACTIONS['amount-off']),
      { amounts: { EUR: '15', JPY: '1500', KWD: '1.250' }, target: { kind: 'order' } },
      c,
    );
    expect(c.errors).toEqual({});
    expect(args).toEqual({ amounts: { EUR: 1500, JPY: 1500, KWD: 1250 }, target: { kind: 'order' } });
    const bad = ctx();
    fromFormValue(
      formOf(ACTIONS['amount-off']),
      { amounts: { JPY: '1500.5', EUR: '1,5', KWD: '-1' }, target: { kind: 'order' } },
      bad,
    );
    expect(bad.errors).toEqual({ 'amounts.JPY': 'money', 'amounts.EUR': 'money', 'amounts.KWD': 'negative' });
  });

  it('refuses an amount in a currency none of the campaign’s markets uses', () => {
    const c = ctx(['EUR']);
    const args = fromFormValue(formOf(CONDITIONS['minimum-spend']), { amounts: { EUR: '50', USD: '60' } }, c);
    expect(args).toEqual({ amounts: { EUR: 5000 } });
    expect(c.errors).toEqual({ 'amounts.USD': 'currency' });
  });

  it('round-trips any valid args through the form value (property)', () => {
    const amounts = fc.record({
      EUR: fc.integer({ min: 0, max: 10_000_000 }),
      JPY: fc.integer({ min: 0, max: 10_000_000 }),
      KWD: fc.integer({ min: 0, max: 10_000_000 }),
    });
    const target = fc.oneof(
      fc.constant({ kind: 'order' as const }),
      fc.record({
        kind: fc.constant('products' as const),
        productIds: fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 5 }),
      }),
    );
    const args = fc.record({
      buy: fc.integer({ min: 1, max: 100 }),
      get: fc.integer({ min: 1, max: 100 }),
      percent: fc.integer({ min: 1, max: 100 }).map(String),
      target,
      maxUses: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
      gift: fc.option(fc.record({ productId: fc.integer({ min: 1, max: 10_000 }) }), { nil: null }),
    });
    fc.assert(
      fc.property(args, amounts, (bxgy, money) => {
        for (const [schema, value] of [
          [ACTIONS['buy-x-get-y'], bxgy],
          [ACTIONS['tiered-spend'], { tiers: [{ minimum: money, amount: money }] }],
        ] as const) {
          const form = formOf(schema);
          const c = ctx();
          const back = fromFormValue(form, toFormValue(form, value), c);
          expect(c.errors).toEqual({});
          expect(schema.parse(back)).toEqual(value);
        }
      }),
    );
  });

  it('starts a new strategy with an empty value of the right shape', () => {
    expect(emptyValue(formOf(ACTIONS['percent-off']))).toEqual({ percent: '', target: { kind: 'order' } });
    // A bundle has at least two items, so it starts with two rows.
    const row = { productId: '', quantity: '' };
    expect(emptyValue(formOf(ACTIONS.bundle))).toEqual({ items: [row, row], price: {} });
  });
});
