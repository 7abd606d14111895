import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';
import type { Attribute } from './core/cart-input.ts';

/**
 * A cart's reads and writes, each one SQL statement. On PGlite every statement queues behind
 * every other request's (db/fair-share.ts) and a transaction holds the one connection across
 * its awaits, so a change is a single statement that checks the cart is live, writes it and
 * returns the cart as written: no transaction, and no second read after the write.
 */

export interface CartLineRecord {
  id: number;
  variantId: number;
  quantity: number;
  attributes: Attribute[];
  /** Units of `quantity` a promotion added as its free gift, and which promotion. */
  giftQuantity: number;
  giftPromotionId: number | null;
}
export interface CartRecord {
  id: string;
  marketId: number;
  countryCode: string;
  language: string;
  email: string | null;
  phone: string | null;
  note: string;
  attributes: Attribute[];
  discountCodes: string[];
  /** Promotions whose gift the shopper took out. */
  declinedGifts: number[];
  createdAt: Date;
  updatedAt: Date;
  lines: CartLineRecord[];
}

/** Shopify expires a cart ten days after its last change. */
export const CART_TTL_MS = 10 * 24 * 3600_000;

/** Cart columns a change may set (the rest are the store's). */
export type CartFields = Partial<
  Pick<
    CartRecord,
    'marketId' | 'countryCode' | 'email' | 'phone' | 'note' | 'attributes' | 'discountCodes' | 'declinedGifts'
  >
>;

/** A line to insert or overwrite, by variant, gift units included (they are part of `quantity`). */
export interface LineWrite {
  variantId: number;
  quantity: number;
  attributes: Attribute[];
  giftQuantity: number;
  giftPromotionId: number | null;
}

export interface CartWrite {
  set?: CartFields;
  upsert?: LineWrite[];
  /** Lines to delete, by variant or by line id. */
  dropVariants?: number[];
  dropLines?: number[];
}

const COLUMNS: Record<keyof CartFields, string> = {
  marketId: 'market_id',
  countryCode: 'country_code',
  email: 'email',
  phone: 'phone',
  note: 'note',
  attributes: 'attributes',
  discountCodes: 'discount_codes',
  declinedGifts: 'declined_gifts',
};
const JSONB = new Set(['attributes', 'discountCodes', 'declinedGifts']);

const value = (key: string, v: unknown) => (JSONB.has(key) ? sql`${JSON.stringify(v)}::jsonb` : sql`${v}`);
const ids = (list: number[]) =>
  sql`(select value::int from json_array_elements_text(${JSON.stringify(list)}::json))`;
const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** One JSON text column (timestamps as ISO strings), so both drivers return the same thing. */
const LINE_JSON = sql.raw(`json_build_object('id', l.id, 'variantId', l.variant_id, 'quantity', l.quantity,
  'attributes', l.attributes, 'giftQuantity', l.gift_quantity, 'giftPromotionId', l.gift_promotion_id)`);

interface CartJson {
  cart: Record<string, unknown>;
  lines: CartLineRecord[] | null;
}

function toRecord(text: string): CartRecord {
  const { cart: c, lines } = JSON.parse(text) as CartJson;
  return {
    id: c.id as string,
    marketId: c.market_id as number,
    countryCode: c.country_code as string,
    language: c.language as string,
    email: (c.email as string | null) ?? null,
    phone: (c.phone as string | null) ?? null,
    note: c.note as string,
    attributes: c.attributes as Attribute[],
    discountCodes: c.discount_codes as string[],
    declinedGifts: c.declined_gifts as number[],
    createdAt: new Date(c.created_at as string),
    updatedAt: new Date(c.updated_at as string),
    lines: (lines ?? []).sort((a, b) => a.id - b.id),
  };
}

async function one(db: Db, query: SQL): Promise<CartRecord | null> {
  const [row] = await queryRows<{ doc: string }>(db, query);
  return row ? toRecord(row.doc) : null;
}

/** A live cart (not expired, not completed) and its lines, in one statement. */
export function readCart(db: Db, id: string, now: Date): Promise<CartRecord | null> {
  return one(
    db,
    sql`select json_build_object('cart', row_to_json(c), 'lines',
      (select json_agg(${LINE_JSON} order by l.id) from cart_lines l where l.cart_id = c.id))::text as doc
    from carts c where c.id = ${id} and c.expires_at > ${iso(now)} and c.completed_at is null`,
  );
}

/**
 * Writes lines and cart fields and pushes the expiry forward, if the cart is still live; returns
 * the cart as the statement left it (null: expired, completed or unknown; nothing was written).
 * `head` is the CTE `c` yielding the cart row (an update of a live cart, or the insert of a new one).
 */
function writeWith(db: Db, head: SQL, write: CartWrite): Promise<CartRecord | null> {
  const rows = (write.upsert ?? []).map((l) => ({
    variant_id: l.variantId,
    quantity: l.quantity,
    attributes: l.attributes,
    gift_quantity: l.giftQuantity,
    gift_promotion_id: l.giftQuantity > 0 ? l.giftPromotionId : null,
  }));
  return one(
    db,
    sql`with c as (${head}),
    d as (
      delete from cart_lines where cart_id in (select id from c)
        and (variant_id in ${ids(write.dropVariants ?? [])} or id in ${ids(write.dropLines ?? [])})
      returning id),
    u as (
      insert into cart_lines (cart_id, variant_id, quantity, attributes, gift_quantity, gift_promotion_id)
      select c.id, v.variant_id, v.quantity, v.attributes, v.gift_quantity, v.gift_promotion_id
      from c, json_to_recordset(${JSON.stringify(rows)}::json)
        as v(variant_id int, quantity int, attributes jsonb, gift_quantity int, gift_promotion_id int)
      on conflict (cart_id, variant_id) do update set quantity = excluded.quantity, attributes = excluded.attributes,
        gift_quantity = excluded.gift_quantity, gift_promotion_id = excluded.gift_promotion_id
      returning id, variant_id, quantity, attributes, gift_quantity, gift_promotion_id)
    select json_build_object('cart', row_to_json(c), 'lines', (select json_agg(${LINE_JSON}) from (
      select l.id, l.variant_id, l.quantity, l.attributes, l.gift_quantity, l.gift_promotion_id from cart_lines l
        where l.cart_id = c.id and l.id not in (select id from d) and l.variant_id not in (select variant_id from u)
      union all select * from u) l))::text as doc
    from c`,
  );
}

/** Applies a change to a live cart in one statement; null if the cart is no longer live. */
export function writeCart(
  db: Db,
  id: string,
  write: CartWrite,
  now = new Date(),
): Promise<CartRecord | null> {
  const sets = Object.entries(write.set ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => sql`${sql.identifier(COLUMNS[k as keyof CartFields])} = ${value(k, v)}`);
  const head = sql`update carts set ${sql.join(
    [...sets, sql`updated_at = ${iso(now)}`, sql`expires_at = ${iso(new Date(now.getTime() + CART_TTL_MS))}`],
    sql`, `,
  )} where id = ${id} and expires_at > ${iso(now)} and completed_at is null returning *`;
  return writeWith(db, head, write);
}

/** Inserts a new cart with its lines in one statement. */
export async function insertCart(
  db: Db,
  cart: Required<Omit<CartFields, 'declinedGifts'>> & { id: string; language: string },
  lines: LineWrite[],
  now = new Date(),
): Promise<CartRecord> {
  const head = sql`insert into carts (id, market_id, country_code, language, email, phone, note, attributes, discount_codes, expires_at)
    values (${cart.id}, ${cart.marketId}, ${cart.countryCode}, ${cart.language}, ${cart.email}, ${cart.phone}, ${cart.note},
      ${value('attributes', cart.attributes)}, ${value('discountCodes', cart.discountCodes)},
      ${iso(new Date(now.getTime() + CART_TTL_MS))})
    returning *`;
  const record = await writeWith(db, head, { upsert: lines });
  if (!record) throw new Error('A new cart was not written');
  return record;
}
