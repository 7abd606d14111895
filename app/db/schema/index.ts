export * from './catalog.ts';
export * from './content.ts';
export * from './markets.ts';
export * from './shop.ts';
export * from './pages.ts';
export * from './staff.ts';
export * from './pricing.ts';
export * from './jobs.ts';
