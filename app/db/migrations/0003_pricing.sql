CREATE TABLE "exchange_rate_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exchange_rate_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"currency" text NOT NULL,
	"rate" numeric(20, 10) NOT NULL,
	"source" text NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rate_snapshots_positive" CHECK ("exchange_rate_snapshots"."rate" > 0)
);
--> statement-breakpoint
CREATE TABLE "tax_rates" (
	"country_code" text PRIMARY KEY NOT NULL,
	"rate_percent" numeric(6, 3) NOT NULL,
	"source" text NOT NULL,
	"effective_from" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tax_rates_range" CHECK ("tax_rates"."rate_percent" >= 0 and "tax_rates"."rate_percent" < 100)
);
--> statement-breakpoint
CREATE TABLE "price_adjustments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "price_adjustments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"market_id" integer NOT NULL,
	"percent" numeric(7, 3) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	CONSTRAINT "price_adjustments_order" CHECK ("price_adjustments"."ends_at" is null or "price_adjustments"."ends_at" > "price_adjustments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "price_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "price_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"variant_id" integer NOT NULL,
	"market_id" integer NOT NULL,
	"country_code" text NOT NULL,
	"price" integer NOT NULL,
	"effective_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_list_entries" (
	"market_id" integer NOT NULL,
	"variant_id" integer NOT NULL,
	"price" integer NOT NULL,
	"compare_at" integer,
	CONSTRAINT "price_list_entries_market_id_variant_id_pk" PRIMARY KEY("market_id","variant_id"),
	CONSTRAINT "price_list_entries_nonnegative" CHECK ("price_list_entries"."price" >= 0 and ("price_list_entries"."compare_at" is null or "price_list_entries"."compare_at" >= 0))
);
--> statement-breakpoint
CREATE TABLE "variant_prices" (
	"variant_id" integer NOT NULL,
	"market_id" integer NOT NULL,
	"country_code" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"currency" text NOT NULL,
	"price" integer NOT NULL,
	"compare_at" integer,
	"rate_snapshot_id" integer,
	"floor_clamped" boolean DEFAULT false NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "variant_prices_variant_id_country_code_valid_from_pk" PRIMARY KEY("variant_id","country_code","valid_from")
);
--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "adjustment_percent" numeric(7, 3) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "rounding" jsonb DEFAULT '{"kind":"none"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "margin_floor_percent" numeric(6, 3);--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "compare_at_mode" text DEFAULT 'adjust' NOT NULL;--> statement-breakpoint
ALTER TABLE "price_adjustments" ADD CONSTRAINT "price_adjustments_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_prices" ADD CONSTRAINT "variant_prices_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_prices" ADD CONSTRAINT "variant_prices_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_rate_snapshots_currency_idx" ON "exchange_rate_snapshots" USING btree ("currency","fetched_at");--> statement-breakpoint
CREATE INDEX "price_adjustments_market_idx" ON "price_adjustments" USING btree ("market_id","starts_at");--> statement-breakpoint
CREATE INDEX "price_history_lookup_idx" ON "price_history" USING btree ("variant_id","country_code","effective_at");--> statement-breakpoint
CREATE INDEX "variant_prices_country_idx" ON "variant_prices" USING btree ("country_code","valid_from");