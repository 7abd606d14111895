import type { ReturnAddress } from '#app/db/schema/returns.ts';

/**
 * Demo return addresses: parcels go to a hub in the shopper's region, so EU returns stay inside
 * the EU customs territory and no duty is paid twice on the way back.
 */
const EU_HUB: ReturnAddress = {
  name: 'Aurora & Oak Retouren',
  address1: 'Lagerstraße 5',
  city: 'Hamburg',
  zip: '20457',
  countryCode: 'DE',
};

export const RETURN_ADDRESSES: Record<string, ReturnAddress> = {
  us: {
    name: 'Aurora & Oak Returns',
    address1: '1200 Harbor Way',
    city: 'Oakland, CA',
    zip: '94607',
    countryCode: 'US',
  },
  ca: {
    name: 'Aurora & Oak Returns',
    address1: '1200 Harbor Way',
    city: 'Oakland, CA',
    zip: '94607',
    countryCode: 'US',
  },
  gb: {
    name: 'Aurora & Oak Returns',
    address1: 'Unit 4, Riverside Park',
    city: 'Manchester',
    zip: 'M17 1AA',
    countryCode: 'GB',
  },
  'de-at': EU_HUB,
  fr: EU_HUB,
  es: EU_HUB,
  it: EU_HUB,
  nl: EU_HUB,
  au: {
    name: 'Aurora & Oak Returns',
    address1: '12 Dock Street',
    city: 'Sydney NSW',
    zip: '2000',
    countryCode: 'AU',
  },
  jp: {
    name: 'Aurora & Oak 返品センター',
    address1: '江東区有明3-7-1',
    city: '東京都',
    zip: '135-0063',
    countryCode: 'JP',
  },
  ae: {
    name: 'Aurora & Oak Returns',
    address1: 'Warehouse 9, Al Quoz 3',
    city: 'Dubai',
    zip: '',
    countryCode: 'AE',
  },
};
