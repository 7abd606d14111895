ALTER TABLE "cart_lines" ADD COLUMN "gift_quantity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cart_lines" ADD COLUMN "gift_promotion_id" integer;--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "declined_gifts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cart_lines" ADD CONSTRAINT "cart_lines_gift" CHECK ("cart_lines"."gift_quantity" >= 0 and "cart_lines"."gift_quantity" <= "cart_lines"."quantity" and ("cart_lines"."gift_quantity" = 0 or "cart_lines"."gift_promotion_id" is not null));