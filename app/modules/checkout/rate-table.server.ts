import { readFile } from 'node:fs/promises';
import { parseRateTable, rateTableTaxProvider } from './core/rate-table-tax.ts';
import { builtInTaxProvider, type TaxProvider } from './core/tax.ts';

/** The ZIP rate-table provider from an Avalara "Tax rates by ZIP code" CSV on disk; a bad file throws at load, not at checkout. */
export async function rateTableProviderFromFile(path: string): Promise<TaxProvider> {
  return rateTableTaxProvider(parseRateTable(await readFile(path, 'utf8')));
}

let current: TaxProvider = builtInTaxProvider;

/** The tax provider checkouts use: the built-in tables unless the server set another at boot (TAX_RATE_TABLE). */
export function taxProvider(): TaxProvider {
  return current;
}

export function setTaxProvider(provider: TaxProvider): void {
  current = provider;
}
