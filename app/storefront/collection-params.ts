import { z } from 'zod';
import { SORTS, type SortValue } from './collection-sorts.ts';

export { SORTS, type SortValue };

export function parseSort(value: string | null): SortValue {
  return value && Object.hasOwn(SORTS, value) ? (value as SortValue) : 'featured';
}

const filterInput = z.union([
  z.strictObject({ available: z.boolean() }),
  z.strictObject({
    variantOption: z.strictObject({ name: z.string().min(1).max(100), value: z.string().min(1).max(100) }),
  }),
  z.strictObject({ productType: z.string().min(1).max(100) }),
  z.strictObject({ productVendor: z.string().min(1).max(100) }),
  z.strictObject({ tag: z.string().min(1).max(100) }),
]);
export type FilterInput = z.infer<typeof filterInput>;

const money = z
  .string()
  .regex(/^\d{1,9}([.,]\d{1,3})?$/)
  .transform((s) => Number(s.replace(',', '.')));

/**
 * Listing filters from the URL: repeated `filter` params holding a FilterValue.input
 * JSON, plus `price_min`/`price_max`. Malformed values are dropped, never passed on.
 */
export function parseFilters(params: URLSearchParams): {
  filters: FilterInput[];
  price: { min?: number; max?: number };
} {
  const filters: FilterInput[] = [];
  for (const raw of params.getAll('filter').slice(0, 20)) {
    if (raw.length > 300) continue;
    try {
      const parsed = filterInput.safeParse(JSON.parse(raw));
      if (parsed.success) filters.push(parsed.data);
    } catch {
      /* ignore malformed filter */
    }
  }
  const min = money.safeParse(params.get('price_min') ?? undefined);
  const max = money.safeParse(params.get('price_max') ?? undefined);
  return {
    filters,
    price: { min: min.success ? min.data : undefined, max: max.success ? max.data : undefined },
  };
}

/** Hydrogen-style cursor pagination params, validated. */
export function parsePagination(params: URLSearchParams, pageBy: number) {
  const cursor = params.get('cursor');
  const direction = params.get('direction');
  const validCursor = cursor && /^[A-Za-z0-9_-]{1,512}={0,2}$/.test(cursor) ? cursor : null;
  if (validCursor && direction === 'previous') return { last: pageBy, before: validCursor };
  if (validCursor) return { first: pageBy, after: validCursor };
  return { first: pageBy };
}
