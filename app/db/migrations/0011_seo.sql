CREATE TABLE "seo_audit_issues" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "seo_audit_issues_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"audit_id" integer NOT NULL,
	"resource_gid" text NOT NULL,
	"code" text NOT NULL,
	"severity" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seo_audits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "seo_audits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"locale" text NOT NULL,
	"job_id" integer,
	"score" integer NOT NULL,
	"pages_checked" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seo_resources" (
	"resource_gid" text PRIMARY KEY NOT NULL,
	"og_title" text,
	"og_description" text,
	"og_image" text,
	"focus_keyword" text,
	"noindex" boolean DEFAULT false NOT NULL,
	"sitemap_exclude" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seo_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "seo_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resource_gid" text NOT NULL,
	"field" text NOT NULL,
	"locale" text NOT NULL,
	"before" text,
	"after" text,
	"origin" text NOT NULL,
	"batch" text,
	"staff_id" integer,
	"undone_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seo_revisions_origin" CHECK ("seo_revisions"."origin" in ('edit','template','import','undo'))
);
--> statement-breakpoint
CREATE TABLE "seo_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"robots_extra" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seo_settings_single_row" CHECK ("seo_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "return_window_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "return_shipping_fee" text DEFAULT 'free' NOT NULL;--> statement-breakpoint
ALTER TABLE "shop" ADD COLUMN "seo_title" text;--> statement-breakpoint
ALTER TABLE "shop" ADD COLUMN "seo_description" text;--> statement-breakpoint
ALTER TABLE "seo_audit_issues" ADD CONSTRAINT "seo_audit_issues_audit_id_seo_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."seo_audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "seo_audit_issues_audit_idx" ON "seo_audit_issues" USING btree ("audit_id","code");--> statement-breakpoint
CREATE INDEX "seo_audits_locale_idx" ON "seo_audits" USING btree ("locale","id");--> statement-breakpoint
CREATE INDEX "seo_revisions_field_idx" ON "seo_revisions" USING btree ("resource_gid","locale","field","id");--> statement-breakpoint
CREATE INDEX "seo_revisions_batch_idx" ON "seo_revisions" USING btree ("batch");--> statement-breakpoint
CREATE INDEX "translations_handle_idx" ON "translations" USING btree ("value") WHERE "translations"."field" = 'handle';--> statement-breakpoint
ALTER TABLE "markets" ADD CONSTRAINT "markets_return_window" CHECK ("markets"."return_window_days" between 0 and 365);