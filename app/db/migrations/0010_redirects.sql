CREATE TABLE "not_found_log" (
	"locale" text NOT NULL,
	"path" text NOT NULL,
	"hits" integer DEFAULT 1 NOT NULL,
	"first_seen" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redirects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "redirects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"locale" text DEFAULT '*' NOT NULL,
	"path" text NOT NULL,
	"target" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redirects_not_self" CHECK ("redirects"."path" <> "redirects"."target")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "not_found_log_key" ON "not_found_log" USING btree ("locale","path");--> statement-breakpoint
CREATE UNIQUE INDEX "redirects_locale_path_key" ON "redirects" USING btree ("locale","path");