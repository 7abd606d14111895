-- Rates become a history of snapshots; keep every existing rate as its first snapshot.
INSERT INTO "exchange_rate_snapshots" ("currency", "rate", "source", "fetched_at") SELECT "currency", "rate", "source", "fetched_at" FROM "exchange_rates";--> statement-breakpoint
DROP TABLE "exchange_rates" CASCADE;
--> statement-breakpoint
-- Standard VAT/GST rates that the constant table in code used to supply, now editable data.
INSERT INTO "tax_rates" ("country_code", "rate_percent", "source", "effective_from") VALUES
('AE', 5, 'National tax authority standard rate', '2026-01-01'),
('AT', 20, 'National tax authority standard rate', '2026-01-01'),
('AU', 10, 'National tax authority standard rate', '2026-01-01'),
('BE', 21, 'National tax authority standard rate', '2026-01-01'),
('CA', 5, 'National tax authority standard rate', '2026-01-01'),
('CH', 8.1, 'National tax authority standard rate', '2026-01-01'),
('DE', 19, 'National tax authority standard rate', '2026-01-01'),
('DK', 25, 'National tax authority standard rate', '2026-01-01'),
('ES', 21, 'National tax authority standard rate', '2026-01-01'),
('FI', 25.5, 'National tax authority standard rate', '2026-01-01'),
('FR', 20, 'National tax authority standard rate', '2026-01-01'),
('GB', 20, 'National tax authority standard rate', '2026-01-01'),
('IE', 23, 'National tax authority standard rate', '2026-01-01'),
('IT', 22, 'National tax authority standard rate', '2026-01-01'),
('JP', 10, 'National tax authority standard rate', '2026-01-01'),
('NL', 21, 'National tax authority standard rate', '2026-01-01'),
('NO', 25, 'National tax authority standard rate', '2026-01-01'),
('NZ', 15, 'National tax authority standard rate', '2026-01-01'),
('PL', 23, 'National tax authority standard rate', '2026-01-01'),
('PT', 23, 'National tax authority standard rate', '2026-01-01'),
('SE', 25, 'National tax authority standard rate', '2026-01-01'),
('SG', 9, 'National tax authority standard rate', '2026-01-01')
ON CONFLICT DO NOTHING;
