/**
 * Parts of EU member states outside the EU VAT area (Council Directive 2006/112/EC, Art. 6):
 * no EU VAT and no IOSS; their own tax or none; customs duty still applies. Some are inside the
 * EU customs territory (the EU's duty rules, the €3 item duty included, apply there); the rest
 * have their own customs (Regulation 952/2013, Art. 4). A territory is told apart from its
 * country by the postal code, since addresses there carry the country's ISO code.
 */

export interface SpecialTerritory {
  /** Rule key: the country and a suffix ("ES-CN"). */
  code: string;
  country: string;
  postalCode: RegExp;
  /** Inside the EU customs territory: the EU tariff and low-value rules apply. */
  euCustoms: boolean;
}

export const SPECIAL_TERRITORIES: readonly SpecialTerritory[] = [
  // Canary Islands: provinces of Las Palmas (35) and Santa Cruz de Tenerife (38); IGIC instead of VAT.
  { code: 'ES-CN', country: 'ES', postalCode: /^(35|38)\d{3}$/, euCustoms: true },
  // Ceuta (51) and Melilla (52): IPSI instead of VAT, outside the EU customs territory.
  { code: 'ES-CE', country: 'ES', postalCode: /^51\d{3}$/, euCustoms: false },
  { code: 'ES-ML', country: 'ES', postalCode: /^52\d{3}$/, euCustoms: false },
  // Heligoland and Büsingen am Hochrhein (the latter in Swiss customs and VAT).
  { code: 'DE-HE', country: 'DE', postalCode: /^27498$/, euCustoms: false },
  { code: 'DE-BU', country: 'DE', postalCode: /^78266$/, euCustoms: false },
  // Livigno (outside customs and VAT) and Campione d'Italia (in EU customs since 2020, outside VAT).
  { code: 'IT-LV', country: 'IT', postalCode: /^23041$/, euCustoms: false },
  { code: 'IT-CI', country: 'IT', postalCode: /^2206[01]$/, euCustoms: true },
  // The French overseas departments: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte.
  { code: 'FR-GP', country: 'FR', postalCode: /^971\d{2}$/, euCustoms: true },
  { code: 'FR-MQ', country: 'FR', postalCode: /^972\d{2}$/, euCustoms: true },
  { code: 'FR-GF', country: 'FR', postalCode: /^973\d{2}$/, euCustoms: true },
  { code: 'FR-RE', country: 'FR', postalCode: /^974\d{2}$/, euCustoms: true },
  { code: 'FR-YT', country: 'FR', postalCode: /^976\d{2}$/, euCustoms: true },
  // Mount Athos and the Åland Islands (Åland also has its own ISO code, AX).
  { code: 'GR-69', country: 'GR', postalCode: /^6308[67]$/, euCustoms: true },
  { code: 'FI-01', country: 'FI', postalCode: /^22\d{3}$/, euCustoms: true },
  { code: 'FI-01', country: 'AX', postalCode: /^/, euCustoms: true },
];

/** The special territory an address is in, if any. */
export function territoryOf(country: string, postalCode: string | null | undefined): SpecialTerritory | null {
  const postal = (postalCode ?? '').replace(/\s+/g, '');
  if (country === 'AX') return SPECIAL_TERRITORIES.find((t) => t.country === 'AX')!;
  if (!postal) return null;
  return SPECIAL_TERRITORIES.find((t) => t.country === country && t.postalCode.test(postal)) ?? null;
}
