import { describe, expect, it } from 'vitest';
import { choiceErrors, currencyChoices } from '#app/modules/markets/core/market-input.ts';
import { lastOwnerProblem } from '#app/modules/staff/core/staff-changes.ts';

describe('last active owner rule', () => {
  const owner = { id: 1, role: 'owner' as const, suspended: false };
  it('refuses demoting, suspending or removing the only active owner', () => {
    expect(lastOwnerProblem([1], owner, { kind: 'edit', name: 'A', role: 'support', locale: 'en' })).toBe(
      'lastOwner',
    );
    expect(lastOwnerProblem([1], owner, { kind: 'suspend' })).toBe('lastOwner');
    expect(lastOwnerProblem([1], owner, { kind: 'remove' })).toBe('lastOwner');
    expect(lastOwnerProblem([1], owner, { kind: 'edit', name: 'A', role: 'owner', locale: 'de' })).toBeNull();
  });
  it('allows it when another active owner remains, and never blocks changes to others', () => {
    expect(lastOwnerProblem([1, 2], owner, { kind: 'remove' })).toBeNull();
    expect(
      lastOwnerProblem([1], { id: 3, role: 'support', suspended: false }, { kind: 'remove' }),
    ).toBeNull();
    expect(
      lastOwnerProblem([], { id: 3, role: 'owner', suspended: true }, { kind: 'reactivate' }),
    ).toBeNull();
  });
});

describe('market choices', () => {
  it('offers ISO 4217 currencies that have a rate (or are the shop’s), sorted', () => {
    expect(currencyChoices('USD', ['JPY', 'EUR', 'XXX', 'EUR'])).toEqual(['EUR', 'JPY', 'USD']);
  });
  it('names every choice outside the lists', () => {
    const choices = { currencies: ['EUR', 'USD'], languages: ['en', 'de'] };
    expect(choiceErrors({ currency: 'EUR', languages: ['en'] }, choices)).toEqual({});
    expect(choiceErrors({ currency: 'BRL', languages: ['en', 'pt', 'ko'] }, choices)).toEqual({
      currency: 'noRate',
      languages: 'languageNotOffered:pt, ko',
    });
    expect(choiceErrors({ currency: 'ABC', languages: ['de'] }, choices)).toEqual({
      currency: 'unknownCurrency',
    });
  });
});
