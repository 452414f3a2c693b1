-- A quote made from a service order remembers it (issue 7): converting the accepted quote charges that order (its
-- reservations consumed by the sale, the order charged and handed over) instead of selling its lines a second time.
-- Each quote line names the order's part or labor line it quotes, so the conversion can tell what changed on the
-- order since the quote. '' for every quote made at the counter.

ALTER TABLE quotes ADD COLUMN service_order_id TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN service_order_folio TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_lines ADD COLUMN source_line_id TEXT NOT NULL DEFAULT '';
CREATE INDEX quotes_service_order ON quotes(service_order_id) WHERE service_order_id <> '';
