-- PostgreSQL twin of server/tenant/0030: the service order a quote was made from, and each line's source line.

ALTER TABLE quotes ADD COLUMN service_order_id TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN service_order_folio TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_lines ADD COLUMN source_line_id TEXT NOT NULL DEFAULT '';
