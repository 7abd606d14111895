CREATE TABLE "return_reason_trees" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"tree" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "return_reason_trees_one" CHECK ("return_reason_trees"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "store_credit_accounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "store_credit_accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"currency" text NOT NULL,
	"balance" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "store_credit_accounts_balance" CHECK ("store_credit_accounts"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "store_credit_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "store_credit_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"account_id" integer NOT NULL,
	"kind" text NOT NULL,
	"amount" integer NOT NULL,
	"balance_after" integer NOT NULL,
	"remaining" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone,
	"order_id" integer,
	"return_id" integer,
	"idempotency_key" text NOT NULL,
	"staff_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "store_credit_entries_amounts" CHECK ("store_credit_entries"."amount" > 0 and "store_credit_entries"."remaining" >= 0 and "store_credit_entries"."remaining" <= "store_credit_entries"."amount" and "store_credit_entries"."balance_after" >= 0)
);
--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "credit_code_hash" text;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "credit_code_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "credit_email" text;--> statement-breakpoint
ALTER TABLE "checkouts" ADD COLUMN "use_credit" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD COLUMN "to_credit" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD COLUMN "credit_bonus" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "store_credit" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "exchange_for_return_id" integer;--> statement-breakpoint
ALTER TABLE "return_lines" ADD COLUMN "exchange_variant_id" integer;--> statement-breakpoint
ALTER TABLE "return_policies" ADD COLUMN "store_credit_bonus_bps" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "return_policies" ADD COLUMN "store_credit_expiry_days" integer;--> statement-breakpoint
ALTER TABLE "returns" ADD COLUMN "exchange_order_id" integer;--> statement-breakpoint
ALTER TABLE "store_credit_entries" ADD CONSTRAINT "store_credit_entries_account_id_store_credit_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."store_credit_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "store_credit_entries" ADD CONSTRAINT "store_credit_entries_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "store_credit_accounts_key" ON "store_credit_accounts" USING btree ("email","currency");--> statement-breakpoint
CREATE UNIQUE INDEX "store_credit_entries_key" ON "store_credit_entries" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "store_credit_entries_account_idx" ON "store_credit_entries" USING btree ("account_id","id");--> statement-breakpoint
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_exchange_variant_id_variants_id_fk" FOREIGN KEY ("exchange_variant_id") REFERENCES "public"."variants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD CONSTRAINT "order_refunds_credit" CHECK ("order_refunds"."to_credit" between 0 and "order_refunds"."amount" and "order_refunds"."credit_bonus" >= 0);--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_store_credit" CHECK ("orders"."store_credit" between 0 and "orders"."total");--> statement-breakpoint
ALTER TABLE "return_policies" ADD CONSTRAINT "return_policies_credit" CHECK ("return_policies"."store_credit_bonus_bps" between 0 and 5000 and ("return_policies"."store_credit_expiry_days" is null or "return_policies"."store_credit_expiry_days" between 30 and 3650));