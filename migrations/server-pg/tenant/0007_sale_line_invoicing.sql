-- PostgreSQL twin of server/tenant/0007: description and SAT keys of a sold line, as sale.completed schema 2 sends.
ALTER TABLE sale_lines ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_lines ADD COLUMN sat_product_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_lines ADD COLUMN sat_unit_key TEXT NOT NULL DEFAULT '';
