import { EU_COUNTRIES } from '#app/modules/markets/core/eu.ts';
import type { ImportRule, ImportRuleTerms } from './import-rules.ts';

/**
 * Meridian's rule library: the import rules as the law stood when this release was cut, each
 * with its source and the date it took effect, future changes included (the EU's €3 item duty
 * from 1 July 2026). Installed as approved versions on boot (`installRuleLibrary`); a merchant
 * adds later changes as their own versions in the admin. Amounts are minor units.
 */
export type LibraryRule = Omit<ImportRule, 'id'> & { libraryKey: string };

const EU_SOURCE_IOSS = 'https://vat-one-stop-shop.ec.europa.eu/one-stop-shop/import-one-stop-shop-ioss_en';
/** Council Regulation (EU) 2026/382, as summarised on 2 July 2026. */
const EU_SOURCE_FLAT =
  'https://globalimportblog.bakermckenzie.com/2026/07/02/eu-low-value-consignment-relief-abolished-and-eur-3-customs-duty-introduced-from-1-july-2026/';

const eu2021: ImportRuleTerms = {
  thresholdValue: 'goods',
  customsValue: 'cif',
  saleTax: { mode: 'up-to', threshold: 15000, scheme: 'IOSS' },
  duty: { freeUpTo: 15000, flatPerSubheading: null },
  importTax: { percent: null, freeUpTo: null, onDuty: true, onShipping: false },
  unestimated: false,
};
/** From 1 July 2026 the €150 duty relief is gone: €3 per distinct tariff subheading at or below €150. */
const eu2026: ImportRuleTerms = {
  ...eu2021,
  duty: { freeUpTo: null, flatPerSubheading: { amount: 300, upTo: 15000 } },
};

/** Outside the EU VAT area: no IOSS, the border collects the territory's own tax (if any). */
const territory = (
  customs: ImportRuleTerms['duty'],
  percent: string,
  unestimated: boolean,
  taxFreeUpTo: number | null = null,
): ImportRuleTerms => ({
  thresholdValue: 'goods',
  customsValue: 'cif',
  saleTax: { mode: 'never' },
  duty: customs,
  importTax: { percent, freeUpTo: taxFreeUpTo, onDuty: true, onShipping: false },
  unestimated,
});
/** Territories inside the EU customs territory follow the EU's duty rules on each date. */
const euCustomsTerritory = (
  code: string,
  percent: string,
  unestimated: boolean,
  sourceUrl: string,
  note: string,
  taxFreeUpTo: number | null = null,
): LibraryRule[] => [
  {
    libraryKey: `${code}:2021-07-01`,
    destination: code,
    origins: null,
    effectiveFrom: '2021-07-01',
    currency: 'EUR',
    terms: territory(eu2021.duty, percent, unestimated, taxFreeUpTo),
    sourceUrl,
    note,
  },
  {
    libraryKey: `${code}:2026-07-01`,
    destination: code,
    origins: null,
    effectiveFrom: '2026-07-01',
    currency: 'EUR',
    terms: territory(eu2026.duty, percent, unestimated, taxFreeUpTo),
    sourceUrl,
    note: `${note} EU customs: €3 per tariff subheading up to €150 from 1 July 2026.`,
  },
];
/** Territories with their own customs: the EU tariff does not apply there. */
const ownCustomsTerritory = (
  code: string,
  percent: string,
  unestimated: boolean,
  sourceUrl: string,
  note: string,
): LibraryRule => ({
  libraryKey: `${code}:2021-07-01`,
  destination: code,
  origins: null,
  effectiveFrom: '2021-07-01',
  currency: 'EUR',
  terms: territory({ freeUpTo: null, flatPerSubheading: null }, percent, unestimated),
  sourceUrl,
  note,
});

/** Canada: nothing at sale (the border collects GST/HST/PST), duty and tax free up to these values (FOB). */
const canada = (dutyFreeUpTo: number, taxFreeUpTo: number): ImportRuleTerms => ({
  thresholdValue: 'goods',
  customsValue: 'fob',
  saleTax: { mode: 'never' },
  duty: { freeUpTo: dutyFreeUpTo, flatPerSubheading: null },
  importTax: { percent: null, freeUpTo: taxFreeUpTo, onDuty: true, onShipping: false },
  unestimated: false,
});

const VAT_DIRECTIVE_ART6 = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32006L0112';

export const RULE_LIBRARY: readonly LibraryRule[] = [
  ...[...EU_COUNTRIES].flatMap((country): LibraryRule[] => [
    {
      libraryKey: `${country}:2021-07-01`,
      destination: country,
      origins: null,
      effectiveFrom: '2021-07-01',
      currency: 'EUR',
      terms: eu2021,
      sourceUrl: EU_SOURCE_IOSS,
      note: 'IOSS: VAT at sale up to €150 (intrinsic value, goods only); customs duty relief up to €150 (Reg. 1186/2009 Art. 23).',
    },
    {
      libraryKey: `${country}:2026-07-01`,
      destination: country,
      origins: null,
      effectiveFrom: '2026-07-01',
      currency: 'EUR',
      terms: eu2026,
      sourceUrl: EU_SOURCE_FLAT,
      note: 'Reg. (EU) 2026/382: duty relief up to €150 abolished; a flat €3 per item (goods sharing one HS subheading) in consignments up to €150, whatever the VAT route, with VAT on it. IOSS VAT at sale unchanged.',
    },
  ]),
  ...euCustomsTerritory(
    'ES-CN',
    '7',
    false,
    'https://sede.agenciatributaria.gob.es/Sede/en_gb/aduanas/islas-canarias-ciudades-ceuta-melilla/presentacion-declaraciones-envios-escaso-valor.html',
    'Canary Islands: outside the EU VAT area (Dir. 2006/112/EC Art. 6), inside EU customs; IGIC 7 % at import, consignments up to €150 exempt (Law 20/1991 art. 14.11).',
    15000,
  ),
  ...euCustomsTerritory(
    'IT-CI',
    '0',
    true,
    VAT_DIRECTIVE_ART6,
    "Campione d'Italia: outside the EU VAT area; its local consumption tax is not estimated.",
  ),
  ...euCustomsTerritory(
    'FR-GP',
    '8.5',
    true,
    'https://www.impots.gouv.fr/professionnel/questions/quels-sont-les-taux-de-tva-applicables-dans-les-departements-doutre-mer',
    'Guadeloupe: outside the EU VAT area; TVA DOM 8.5 % at import; octroi de mer not estimated.',
  ),
  ...euCustomsTerritory(
    'FR-MQ',
    '8.5',
    true,
    'https://www.impots.gouv.fr/professionnel/questions/quels-sont-les-taux-de-tva-applicables-dans-les-departements-doutre-mer',
    'Martinique: outside the EU VAT area; TVA DOM 8.5 % at import; octroi de mer not estimated.',
  ),
  ...euCustomsTerritory(
    'FR-RE',
    '8.5',
    true,
    'https://www.impots.gouv.fr/professionnel/questions/quels-sont-les-taux-de-tva-applicables-dans-les-departements-doutre-mer',
    'La Réunion: outside the EU VAT area; TVA DOM 8.5 % at import; octroi de mer not estimated.',
  ),
  ...euCustomsTerritory(
    'FR-GF',
    '0',
    true,
    'https://www.impots.gouv.fr/professionnel/questions/quels-sont-les-taux-de-tva-applicables-dans-les-departements-doutre-mer',
    'Guyane: outside the EU VAT area, no VAT; octroi de mer not estimated.',
  ),
  ...euCustomsTerritory(
    'FR-YT',
    '0',
    true,
    'https://www.impots.gouv.fr/professionnel/questions/quels-sont-les-taux-de-tva-applicables-dans-les-departements-doutre-mer',
    'Mayotte: outside the EU VAT area, no VAT; octroi de mer not estimated.',
  ),
  ...euCustomsTerritory(
    'GR-69',
    '0',
    false,
    VAT_DIRECTIVE_ART6,
    'Mount Athos: outside the EU VAT area, no VAT at import.',
  ),
  ...euCustomsTerritory(
    'FI-01',
    '25.5',
    false,
    'https://www.vero.fi/en/businesses-and-corporations/taxes-and-charges/vat/aland-islands/',
    'Åland: outside the EU VAT area; Finnish import VAT (25.5 %) is collected at the tax border.',
  ),
  ownCustomsTerritory(
    'ES-CE',
    '0',
    true,
    VAT_DIRECTIVE_ART6,
    'Ceuta: outside the EU VAT and customs territories; IPSI and local duties not estimated.',
  ),
  ownCustomsTerritory(
    'ES-ML',
    '0',
    true,
    VAT_DIRECTIVE_ART6,
    'Melilla: outside the EU VAT and customs territories; IPSI and local duties not estimated.',
  ),
  ownCustomsTerritory(
    'DE-HE',
    '0',
    false,
    VAT_DIRECTIVE_ART6,
    'Heligoland: outside the EU VAT and customs territories; no VAT and no duty.',
  ),
  ownCustomsTerritory(
    'DE-BU',
    '8.1',
    true,
    'https://www.bazg.admin.ch/bazg/en/home/information-private-persons/postal-and-courier-consignments.html',
    'Büsingen: Swiss customs and VAT territory; Swiss import VAT 8.1 %, Swiss duty not estimated.',
  ),
  ownCustomsTerritory(
    'IT-LV',
    '0',
    false,
    VAT_DIRECTIVE_ART6,
    'Livigno: outside the EU VAT and customs territories; no VAT and no duty.',
  ),
  {
    libraryKey: 'GB:2021-01-01',
    destination: 'GB',
    origins: null,
    effectiveFrom: '2021-01-01',
    currency: 'GBP',
    terms: {
      thresholdValue: 'goods',
      customsValue: 'cif',
      saleTax: { mode: 'up-to', threshold: 13500, scheme: 'UK_VAT' },
      duty: { freeUpTo: 13500, flatPerSubheading: null },
      importTax: { percent: null, freeUpTo: null, onDuty: true, onShipping: false },
      unestimated: false,
    },
    sourceUrl: 'https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk',
    note: 'VAT charged at sale on consignments up to £135 (intrinsic value), no duty; above £135 import VAT and duty. The relief is due to end by March 2029.',
  },
  {
    libraryKey: 'US:2025-08-29',
    destination: 'US',
    origins: null,
    effectiveFrom: '2025-08-29',
    currency: 'USD',
    terms: {
      thresholdValue: 'goods',
      customsValue: 'fob',
      saleTax: { mode: 'always' },
      duty: { freeUpTo: null, flatPerSubheading: null },
      importTax: { percent: '0', freeUpTo: null, onDuty: false, onShipping: false },
      unestimated: false,
    },
    sourceUrl: 'https://www.federalregister.gov/documents/2025/08/05/2025-14894',
    note: 'Section 321 de minimis suspended for all countries (EO 14324): duty on every parcel. State sales tax at sale.',
  },
  {
    libraryKey: 'CA:CUSMA:2020-07-01',
    destination: 'CA',
    origins: ['US', 'MX'],
    effectiveFrom: '2020-07-01',
    currency: 'CAD',
    terms: canada(15000, 4000),
    sourceUrl: 'https://www.cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html',
    note: 'CUSMA courier shipments from the US or Mexico: no tax up to C$40, no duty up to C$150; above, the border collects GST/HST.',
  },
  {
    libraryKey: 'CA:2020-07-01',
    destination: 'CA',
    origins: null,
    effectiveFrom: '2020-07-01',
    currency: 'CAD',
    terms: canada(2000, 2000),
    sourceUrl: 'https://www.cbsa-asfc.gc.ca/publications/dm-md/d8/d8-2-16-eng.html',
    note: 'Other origins (and post): duty and tax relief up to C$20 only.',
  },
  {
    libraryKey: 'AU:2018-07-01',
    destination: 'AU',
    origins: null,
    effectiveFrom: '2018-07-01',
    currency: 'AUD',
    terms: {
      thresholdValue: 'goods',
      customsValue: 'fob',
      saleTax: { mode: 'up-to', threshold: 100000, scheme: 'AU_LVG' },
      duty: { freeUpTo: 100000, flatPerSubheading: null },
      importTax: { percent: null, freeUpTo: null, onDuty: true, onShipping: true },
      unestimated: false,
    },
    sourceUrl:
      'https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-on-imported-goods-and-services/gst-on-low-value-imported-goods',
    note: 'GST at sale on goods up to A$1,000 (customs value), no duty; above, GST (on customs value, duty and transport) and duty at the border, not at sale.',
  },
  {
    libraryKey: 'JP:2024-01-01',
    destination: 'JP',
    origins: null,
    effectiveFrom: '2024-01-01',
    currency: 'JPY',
    terms: {
      thresholdValue: 'customs-value',
      customsValue: 'personal-use-60',
      saleTax: { mode: 'never' },
      duty: { freeUpTo: 10000, flatPerSubheading: null },
      importTax: { percent: '10', freeUpTo: 10000, onDuty: true, onShipping: false },
      unestimated: false,
    },
    sourceUrl: 'https://www.customs.go.jp/english/c-answer_e/imtsukan/1006_e.htm',
    note: 'Personal imports: customs value is 60 % of the retail price plus shipping; at or below ¥10,000 no duty and no import consumption tax. Consumption tax on low-value goods at sale is planned from April 2028 (not yet law).',
  },
  {
    libraryKey: 'SG:2023-01-01',
    destination: 'SG',
    origins: null,
    effectiveFrom: '2023-01-01',
    currency: 'SGD',
    terms: {
      thresholdValue: 'goods',
      customsValue: 'cif',
      saleTax: { mode: 'up-to', threshold: 40000, scheme: 'SG_LVG' },
      duty: { freeUpTo: null, flatPerSubheading: null },
      importTax: { percent: null, freeUpTo: 40000, onDuty: true, onShipping: false },
      unestimated: false,
    },
    sourceUrl: 'https://www.customs.gov.sg/personal-shipment/buying-from-overseas/gst-on-low-value-goods',
    note: 'GST at sale by registered vendors on low-value goods up to S$400 (sales value of the goods alone, excluding transport and insurance; IRAS); above, GST on CIF value plus duty at the border, not at sale.',
  },
  {
    libraryKey: 'AE:2023-01-01',
    destination: 'AE',
    origins: null,
    effectiveFrom: '2023-01-01',
    currency: 'AED',
    terms: {
      thresholdValue: 'goods',
      customsValue: 'cif',
      saleTax: { mode: 'never' },
      duty: { freeUpTo: 30000, flatPerSubheading: null },
      importTax: { percent: null, freeUpTo: null, onDuty: true, onShipping: false },
      unestimated: false,
    },
    sourceUrl:
      'https://www.khaleejtimes.com/life-and-living/visa-and-immigration-in-uae/dubai-suspends-new-customs-duty-on-international-goods-above-dh300',
    note: 'Dubai Customs Notice 5/2022: duty (5 % of CIF) on courier consignments above AED 300; import VAT 5 % at the border on every courier parcel, not at checkout.',
  },
  {
    libraryKey: 'AE:2023-03-01',
    destination: 'AE',
    origins: null,
    effectiveFrom: '2023-03-01',
    currency: 'AED',
    terms: {
      thresholdValue: 'goods',
      customsValue: 'cif',
      saleTax: { mode: 'never' },
      duty: { freeUpTo: 100000, flatPerSubheading: null },
      importTax: { percent: null, freeUpTo: null, onDuty: true, onShipping: false },
      unestimated: false,
    },
    sourceUrl:
      'https://taxnews.ey.com/news/2023-0485-dubai-reinstates-former-import-value-threshold-of-consignments',
    note: 'Dubai suspended the AED 300 rule from 1 March 2023 and restored the AED 1,000 duty exemption "until further notice"; import VAT 5 % (on CIF) is still collected at the border on every courier parcel, not at checkout.',
  },
];
