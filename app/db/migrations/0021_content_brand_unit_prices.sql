CREATE TABLE "media_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "media_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"digest" text NOT NULL,
	"alt" text,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_files_size" CHECK ("media_files"."width" > 0 and "media_files"."height" > 0)
);
--> statement-breakpoint
CREATE TABLE "media_renditions" (
	"media_id" integer NOT NULL,
	"width" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "media_renditions_media_id_width_pk" PRIMARY KEY("media_id","width")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"blog_id" integer NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"summary_html" text DEFAULT '' NOT NULL,
	"author_name" text NOT NULL,
	"author_bio" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"image_id" integer,
	"seo_title" text,
	"seo_description" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blogs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "blogs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"seo_title" text,
	"seo_description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shop_policies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shop_policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_option_values" ADD COLUMN "swatch_image_id" integer;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "unit_measured_type" text;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "unit_quantity_value" numeric(14, 4);--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "unit_quantity_unit" text;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "unit_reference_value" integer;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "unit_reference_unit" text;--> statement-breakpoint
ALTER TABLE "shop" ADD COLUMN "logo_id" integer;--> statement-breakpoint
ALTER TABLE "shop" ADD COLUMN "square_logo_id" integer;--> statement-breakpoint
ALTER TABLE "shop" ADD COLUMN "cover_image_id" integer;--> statement-breakpoint
ALTER TABLE "shop" ADD COLUMN "brand_colors" jsonb DEFAULT '{"primary":[],"secondary":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "media_renditions" ADD CONSTRAINT "media_renditions_media_id_media_files_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_blog_id_blogs_id_fk" FOREIGN KEY ("blog_id") REFERENCES "public"."blogs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_image_id_media_files_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "media_files_digest_key" ON "media_files" USING btree ("digest");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_blog_handle_key" ON "articles" USING btree ("blog_id","handle");--> statement-breakpoint
CREATE INDEX "articles_blog_published_idx" ON "articles" USING btree ("blog_id","published_at","id");--> statement-breakpoint
CREATE INDEX "articles_tags_idx" ON "articles" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "blogs_handle_key" ON "blogs" USING btree ("handle");--> statement-breakpoint
CREATE UNIQUE INDEX "shop_policies_kind_key" ON "shop_policies" USING btree ("kind");--> statement-breakpoint
ALTER TABLE "product_option_values" ADD CONSTRAINT "product_option_values_swatch_image_id_media_files_id_fk" FOREIGN KEY ("swatch_image_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop" ADD CONSTRAINT "shop_logo_id_media_files_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop" ADD CONSTRAINT "shop_square_logo_id_media_files_id_fk" FOREIGN KEY ("square_logo_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop" ADD CONSTRAINT "shop_cover_image_id_media_files_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_unit_measurement" CHECK (("variants"."unit_measured_type" is null and "variants"."unit_quantity_value" is null and "variants"."unit_quantity_unit" is null and "variants"."unit_reference_value" is null and "variants"."unit_reference_unit" is null) or ("variants"."unit_measured_type" is not null and "variants"."unit_quantity_value" > 0 and "variants"."unit_quantity_unit" is not null and "variants"."unit_reference_value" > 0 and "variants"."unit_reference_unit" is not null));