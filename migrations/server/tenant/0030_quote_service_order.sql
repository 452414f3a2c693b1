-- Server tenant database: a quote made from a service order names it (quote.saved carries service_order_id and
-- service_order_folio, each line the order's part or labor line it quotes), so head office sees which quotes were
-- the workshop's and which order they charged. '' for counter quotes and for facts of older clients.

ALTER TABLE quotes ADD COLUMN service_order_id TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN service_order_folio TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_lines ADD COLUMN source_line_id TEXT NOT NULL DEFAULT '';
