/**
 * Landed-cost and shipping data for the demo store. Duty rates are SIMPLIFIED most-favoured-
 * nation rates per HS chapter (one rate per chapter, no preferential origin rates), from the
 * WTO Tariff Download Facility and the national tariffs (US HTS, EU TARIC, UK Global Tariff,
 * Canada Customs Tariff, Japan Customs Tariff, Australia's general 5 %, GCC common tariff),
 * 2025. They are editable in the admin; a real classification service can replace them.
 */

export const DUTY_SOURCE = 'Simplified MFN rate per HS chapter (WTO TDF / national tariffs, 2025)';

const EU = ['AT', 'DE', 'ES', 'FR', 'IT', 'NL'];
/** chapter → percent, per destination; chapters the demo catalog uses. */
const BY_DESTINATION: Record<string, Record<string, string>> = {
  US: {
    '09': '0',
    '34': '0',
    '42': '8',
    '48': '0',
    '61': '16',
    '62': '16',
    '63': '8',
    '65': '6',
    '69': '6',
    '90': '2',
    '96': '6',
  },
  EU: {
    '09': '0',
    '34': '0',
    '42': '3',
    '48': '0',
    '61': '12',
    '62': '12',
    '63': '12',
    '65': '2.7',
    '69': '12',
    '90': '2.9',
    '96': '3.7',
  },
  GB: {
    '09': '0',
    '34': '0',
    '42': '4',
    '48': '0',
    '61': '12',
    '62': '12',
    '63': '12',
    '65': '2',
    '69': '12',
    '90': '2',
    '96': '4',
  },
  CA: {
    '09': '0',
    '34': '0',
    '42': '8',
    '48': '0',
    '61': '18',
    '62': '18',
    '63': '17',
    '65': '7',
    '69': '7',
    '90': '0',
    '96': '7',
  },
  JP: {
    '09': '17',
    '34': '0',
    '42': '8',
    '48': '0',
    '61': '9',
    '62': '9',
    '63': '6.6',
    '65': '4.4',
    '69': '2',
    '90': '0',
    '96': '4.6',
  },
  AU: {
    '09': '0',
    '34': '5',
    '42': '5',
    '48': '5',
    '61': '5',
    '62': '5',
    '63': '5',
    '65': '5',
    '69': '5',
    '90': '5',
    '96': '5',
  },
  SG: {
    '09': '0',
    '34': '0',
    '42': '0',
    '48': '0',
    '61': '0',
    '62': '0',
    '63': '0',
    '65': '0',
    '69': '0',
    '90': '0',
    '96': '0',
  },
  AE: {
    '09': '5',
    '34': '5',
    '42': '5',
    '48': '5',
    '61': '5',
    '62': '5',
    '63': '5',
    '65': '5',
    '69': '5',
    '90': '5',
    '96': '5',
  },
};

export const seedDutyRates = Object.entries(BY_DESTINATION).flatMap(([dest, chapters]) =>
  (dest === 'EU' ? EU : [dest]).flatMap((destination) =>
    Object.entries(chapters).map(([hsChapter, ratePercent]) => ({ destination, hsChapter, ratePercent })),
  ),
);

/** De minimis thresholds, minor units of their currency. */
export const seedDeMinimis = [
  ...EU.map((destination) => ({
    destination,
    currency: 'EUR',
    dutyThreshold: 15000,
    vatThreshold: 15000,
    vatAtSale: true,
    source: 'EU: customs duty relief up to €150; IOSS for VAT up to €150 (Reg. 1186/2009, Dir. 2017/2455)',
  })),
  {
    destination: 'GB',
    currency: 'GBP',
    dutyThreshold: 13500,
    vatThreshold: 13500,
    vatAtSale: true,
    source: 'HMRC: VAT charged at sale on consignments up to £135; no duty up to £135',
  },
  {
    destination: 'US',
    currency: 'USD',
    dutyThreshold: null,
    vatThreshold: null,
    vatAtSale: false,
    source: 'US: $800 de minimis suspended for all countries from 29 Aug 2025 (EO 14324)',
  },
  {
    destination: 'CA',
    currency: 'CAD',
    dutyThreshold: 15000,
    vatThreshold: null,
    vatAtSale: false,
    source: 'CBSA: CUSMA courier threshold CAD 150 duty (CAD 40 for taxes) for US-origin shipments',
  },
  {
    destination: 'AU',
    currency: 'AUD',
    dutyThreshold: 100000,
    vatThreshold: 100000,
    vatAtSale: true,
    source: 'ABF: no duty up to A$1,000; GST on low value imported goods collected at sale',
  },
  {
    destination: 'JP',
    currency: 'JPY',
    dutyThreshold: 10000,
    vatThreshold: null,
    vatAtSale: false,
    source: 'Japan Customs: duty and consumption tax exemption up to ¥10,000 taxable value',
  },
  {
    destination: 'SG',
    currency: 'SGD',
    dutyThreshold: 40000,
    vatThreshold: 40000,
    vatAtSale: true,
    source: 'Singapore Customs: relief up to S$400; GST on low-value goods via OVR',
  },
  {
    destination: 'AE',
    currency: 'AED',
    dutyThreshold: 100000,
    vatThreshold: null,
    vatAtSale: false,
    source: 'UAE FCA: duty exemption up to AED 1,000',
  },
];

export type SeedService = 'economy' | 'standard' | 'express';
export interface SeedShippingRate {
  service: SeedService;
  kind: 'flat' | 'weight';
  amount: number;
  minGrams?: number;
  maxGrams?: number;
  freeOverAmount?: number;
  minDays: number;
  maxDays: number;
}

const intl = (standard: number, freeOver: number, express: number): SeedShippingRate[] => [
  { service: 'standard', kind: 'flat', amount: standard, freeOverAmount: freeOver, minDays: 5, maxDays: 9 },
  { service: 'express', kind: 'flat', amount: express, minDays: 2, maxDays: 4 },
];

/** Shipping per market handle, in the market's currency. */
export const seedShipping: Record<string, SeedShippingRate[]> = {
  us: [
    { service: 'economy', kind: 'flat', amount: 600, freeOverAmount: 10000, minDays: 4, maxDays: 7 },
    { service: 'express', kind: 'flat', amount: 1800, minDays: 1, maxDays: 2 },
  ],
  ca: intl(1500, 15000, 3500),
  gb: intl(800, 10000, 2000),
  // EU parcels are priced by weight: under 1 kg, and 1 kg or more.
  ...Object.fromEntries(
    ['de-at', 'fr', 'es', 'it', 'nl'].map((h) => [
      h,
      [
        {
          service: 'standard',
          kind: 'weight',
          amount: 900,
          maxGrams: 1000,
          freeOverAmount: 12000,
          minDays: 4,
          maxDays: 8,
        },
        {
          service: 'standard',
          kind: 'weight',
          amount: 1500,
          minGrams: 1000,
          freeOverAmount: 12000,
          minDays: 4,
          maxDays: 8,
        },
        { service: 'express', kind: 'flat', amount: 2500, minDays: 2, maxDays: 3 },
      ] satisfies SeedShippingRate[],
    ]),
  ),
  jp: intl(1200, 15000, 3000),
  au: intl(1500, 15000, 3500),
  ae: intl(4000, 40000, 9000),
  sg: intl(1200, 15000, 3000),
};

/** DDP where the demo collects duties at checkout; DAP elsewhere. */
export const seedIncoterms: Record<string, 'DDP' | 'DAP'> = {
  gb: 'DDP',
  'de-at': 'DDP',
  fr: 'DDP',
  es: 'DDP',
  it: 'DDP',
  nl: 'DDP',
  jp: 'DDP',
  au: 'DAP',
  ca: 'DAP',
  ae: 'DAP',
  sg: 'DAP',
  us: 'DAP',
};
