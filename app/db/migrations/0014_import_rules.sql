CREATE TABLE "import_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"destination" text NOT NULL,
	"origins" text[],
	"effective_from" date NOT NULL,
	"currency" text NOT NULL,
	"terms" jsonb NOT NULL,
	"source_url" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"library_key" text,
	"proposed_by" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_rules_library_key_unique" UNIQUE("library_key"),
	CONSTRAINT "import_rules_destination_code" CHECK ("import_rules"."destination" ~ '^[A-Z]{2}(-[A-Z0-9]{2})?$')
);
--> statement-breakpoint
DROP TABLE "de_minimis" CASCADE;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "import_rule_id" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "duties_at_border" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tax_removed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "import_notice" text;--> statement-breakpoint
CREATE INDEX "import_rules_destination" ON "import_rules" USING btree ("destination","effective_from");