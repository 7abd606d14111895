import { REGIONS } from './regions.ts';

/**
 * Address forms per country: field order (rows, as the country writes an address), which
 * fields are required, and the postal code pattern. Modelled on Shopify's and Google's
 * libaddressinput data for the countries Meridian's markets serve.
 */

export interface PostalAddress {
  firstName: string;
  lastName: string;
  company?: string;
  address1: string;
  address2?: string;
  city: string;
  province?: string;
  zip: string;
  countryCode: string;
  phone?: string;
}

export type AddressField =
  'firstName' | 'lastName' | 'company' | 'address1' | 'address2' | 'city' | 'province' | 'zip' | 'phone';

export interface AddressFormat {
  rows: AddressField[][];
  required: AddressField[];
  /** Postal code pattern (case-insensitive), or null where the country has none. */
  zip: RegExp | null;
  /** Example for the placeholder. */
  zipExample?: string;
}

const WESTERN: AddressField[][] = [
  ['firstName', 'lastName'],
  ['company'],
  ['address1'],
  ['address2'],
  ['zip', 'city'],
  ['phone'],
];
const BASE_REQUIRED: AddressField[] = ['firstName', 'lastName', 'address1', 'city'];

export const ADDRESS_FORMATS: Readonly<Record<string, AddressFormat>> = {
  US: {
    rows: [
      ['firstName', 'lastName'],
      ['company'],
      ['address1'],
      ['address2'],
      ['city', 'province', 'zip'],
      ['phone'],
    ],
    required: [...BASE_REQUIRED, 'province', 'zip'],
    zip: /^\d{5}(-\d{4})?$/,
    zipExample: '10001',
  },
  CA: {
    rows: [
      ['firstName', 'lastName'],
      ['company'],
      ['address1'],
      ['address2'],
      ['city', 'province', 'zip'],
      ['phone'],
    ],
    required: [...BASE_REQUIRED, 'province', 'zip'],
    zip: /^[A-Z]\d[A-Z][ -]?\d[A-Z]\d$/i,
    zipExample: 'K1A 0B1',
  },
  AU: {
    rows: [
      ['firstName', 'lastName'],
      ['company'],
      ['address1'],
      ['address2'],
      ['city', 'province', 'zip'],
      ['phone'],
    ],
    required: [...BASE_REQUIRED, 'province', 'zip'],
    zip: /^\d{4}$/,
    zipExample: '2000',
  },
  GB: {
    rows: [['firstName', 'lastName'], ['company'], ['address1'], ['address2'], ['city'], ['zip'], ['phone']],
    required: [...BASE_REQUIRED, 'zip'],
    zip: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
    zipExample: 'SW1A 1AA',
  },
  DE: { rows: WESTERN, required: [...BASE_REQUIRED, 'zip'], zip: /^\d{5}$/, zipExample: '10115' },
  AT: { rows: WESTERN, required: [...BASE_REQUIRED, 'zip'], zip: /^\d{4}$/, zipExample: '1010' },
  FR: { rows: WESTERN, required: [...BASE_REQUIRED, 'zip'], zip: /^\d{5}$/, zipExample: '75001' },
  ES: { rows: WESTERN, required: [...BASE_REQUIRED, 'zip'], zip: /^\d{5}$/, zipExample: '28013' },
  IT: { rows: WESTERN, required: [...BASE_REQUIRED, 'zip'], zip: /^\d{5}$/, zipExample: '00144' },
  NL: {
    rows: WESTERN,
    required: [...BASE_REQUIRED, 'zip'],
    zip: /^\d{4} ?[A-Z]{2}$/i,
    zipExample: '1012 JS',
  },
  // Japan writes from the largest unit down: postal code, prefecture, city, street; family name first.
  JP: {
    rows: [
      ['lastName', 'firstName'],
      ['zip'],
      ['province'],
      ['city'],
      ['address1'],
      ['address2'],
      ['company'],
      ['phone'],
    ],
    required: [...BASE_REQUIRED, 'province', 'zip'],
    zip: /^\d{3}-?\d{4}$/,
    zipExample: '100-0001',
  },
  SG: {
    rows: [['firstName', 'lastName'], ['company'], ['address1'], ['address2'], ['zip'], ['phone']],
    required: ['firstName', 'lastName', 'address1', 'zip'],
    zip: /^\d{6}$/,
    zipExample: '018956',
  },
  // The UAE has no postal codes; the emirate is required.
  AE: {
    rows: [
      ['firstName', 'lastName'],
      ['company'],
      ['address1'],
      ['address2'],
      ['city', 'province'],
      ['phone'],
    ],
    required: [...BASE_REQUIRED, 'province', 'phone'],
    zip: null,
  },
};

export const FALLBACK_FORMAT: AddressFormat = { rows: WESTERN, required: [...BASE_REQUIRED], zip: null };

export function addressFormat(country: string): AddressFormat {
  return ADDRESS_FORMATS[country] ?? FALLBACK_FORMAT;
}

export type AddressErrorCode =
  'required' | 'tooLong' | 'invalidZip' | 'invalidRegion' | 'invalidPhone' | 'unsupportedCountry';
export type AddressErrors = Partial<Record<AddressField | 'countryCode', AddressErrorCode>>;

const MAX = 120;
const PHONE = /^\+?[0-9 ()./-]{6,20}$/;

/**
 * Validates a raw form against the destination's format. Returns every problem at once, or
 * the normalised address (trimmed; postal code upper-cased; fields the country does not use dropped).
 */
export function validateAddress(
  raw: Record<string, unknown>,
  allowedCountries: readonly string[],
): { ok: true; address: PostalAddress } | { ok: false; errors: AddressErrors } {
  const text = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string).trim() : '');
  const countryCode = text('countryCode').toUpperCase();
  if (!allowedCountries.includes(countryCode))
    return { ok: false, errors: { countryCode: 'unsupportedCountry' } };
  const format = addressFormat(countryCode);
  const used = new Set(format.rows.flat());
  const errors: AddressErrors = {};
  const value: Partial<Record<AddressField, string>> = {};
  for (const field of used) {
    const v = text(field);
    if (v.length > MAX) errors[field] = 'tooLong';
    else if (!v && format.required.includes(field)) errors[field] = 'required';
    else if (v) value[field] = v;
  }
  if (value.zip && format.zip && !format.zip.test(value.zip)) errors.zip = 'invalidZip';
  const regions = REGIONS[countryCode];
  if (value.province && regions && !regions.some(([c]) => c === value.province))
    errors.province = 'invalidRegion';
  if (value.phone && !PHONE.test(value.phone)) errors.phone = 'invalidPhone';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    address: {
      firstName: value.firstName ?? '',
      lastName: value.lastName ?? '',
      address1: value.address1 ?? '',
      city: value.city ?? '',
      zip: value.zip?.toUpperCase() ?? '',
      countryCode,
      ...(value.company ? { company: value.company } : {}),
      ...(value.address2 ? { address2: value.address2 } : {}),
      ...(value.province ? { province: value.province } : {}),
      ...(value.phone ? { phone: value.phone } : {}),
    },
  };
}

const ABBREVIATED_REGIONS = new Set(['US', 'CA', 'AU']);

/** Scripts in which an address is written from the largest unit down (postal code, prefecture, city, street, name). */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Japanese postal codes are shown as 〒123-4567 whether or not the shopper typed the hyphen. */
function japanesePostalCode(zip: string): string {
  const digits = zip.replace(/\D/g, '');
  return digits.length === 7 ? `〒${digits.slice(0, 3)}-${digits.slice(3)}` : `〒${zip}`;
}

/**
 * An address as lines, in the order the destination writes it and without mixing languages:
 * the caller passes the region and country names already in the shopper's language.
 * A Japanese address written in Japanese goes from the largest unit down and ends with the
 * name (family name first); every other address follows its country's form rows.
 */
export function addressLines(
  a: PostalAddress,
  names: { region: string | null; country: string | null },
  language: string,
): string[] {
  const japanese =
    a.countryCode === 'JP' && (language.startsWith('ja') || CJK.test(`${a.lastName}${a.city}${a.address1}`));
  if (japanese) {
    return [
      names.country,
      a.zip ? japanesePostalCode(a.zip) : null,
      `${names.region ?? ''}${a.city}${a.address1}`,
      a.address2,
      a.company,
      `${a.lastName} ${a.firstName}`,
    ].filter((l): l is string => Boolean(l && l.trim()));
  }
  // North American and Australian addresses write the state's code ("New York NY 10118").
  const region = ABBREVIATED_REGIONS.has(a.countryCode) ? a.province : (names.region ?? a.province);
  const value = (field: AddressField): string | undefined => (field === 'province' ? region : a[field]);
  const rows = addressFormat(a.countryCode).rows.filter((row) => !row.includes('phone'));
  const lines = rows.map((row) => row.map(value).filter(Boolean).join(' ')).filter(Boolean);
  // A country whose form has no region row (e.g. with a zip+city row) still shows a chosen region.
  if (a.province && !rows.flat().includes('province') && region) lines.push(region);
  if (names.country) lines.push(names.country);
  return lines;
}

/**
 * The separator between address parts written on one line: Arabic script uses the Arabic comma,
 * Japanese and Chinese a space (no Latin comma in either); other languages a comma.
 */
export function addressSeparator(language: string): string {
  const base = language.split('-')[0]!.toLowerCase();
  if (base === 'ar' || base === 'fa' || base === 'ur') return '، ';
  if (base === 'ja' || base === 'zh') return ' ';
  return ', ';
}

export function addressOneLine(lines: readonly string[], language: string): string {
  return lines.join(addressSeparator(language));
}

/**
 * The name to greet the buyer by: Japanese addresses the family name (the string adds 様),
 * Chinese the full name in family-name-first order, other languages the given name.
 */
export function salutationName(a: Pick<PostalAddress, 'firstName' | 'lastName'>, language: string): string {
  const base = language.split('-')[0]!.toLowerCase();
  if (base === 'ja') return a.lastName || a.firstName;
  if (base === 'zh') return `${a.lastName}${a.firstName}`;
  return a.firstName || a.lastName;
}
