-- Sign-in rate limits move to rate-limiter-flexible's Drizzle store. The old fixed-window
-- counters only live for 15 minutes, so they are dropped rather than converted.
DROP TABLE "rate_limits";--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expire" timestamp with time zone
);
