-- What head office needs to invoice a counter's sale line later (factura global, invoice of a ticket): its
-- description and SAT keys as sold. sale.completed schema 2 carries them; schema 1 sales keep '' (not sent).
ALTER TABLE sale_lines ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_lines ADD COLUMN sat_product_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_lines ADD COLUMN sat_unit_key TEXT NOT NULL DEFAULT '';
