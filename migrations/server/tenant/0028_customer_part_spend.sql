-- Favourite categories from every branch (issue 7): head office keeps what each customer's ticket lines came to per
-- part (customer_part_spend, added to as each line arrives) and puts the 30 parts they spent most on in the
-- customer's row as {"<part id>": centavos}; the "customers" bucket carries it, and a counter maps the parts to its
-- catalogue's categories, adding its own lines not yet acknowledged (0022's rule). Lines come after their sale, so
-- the line (not the sale) updates the row, and the row is logged again with it.

CREATE TABLE customer_part_spend (
    customer_id TEXT NOT NULL,
    part_id INTEGER NOT NULL,
    spent_cents INTEGER NOT NULL, -- the lines' base + tax, as the counter's spendByPart sums them
    PRIMARY KEY (customer_id, part_id)
) WITHOUT ROWID;
ALTER TABLE customers ADD COLUMN part_spend TEXT NOT NULL DEFAULT '{}';

-- The customer's top 30 parts as the row keeps them.
CREATE VIEW customer_part_spend_top AS
SELECT c.id AS id,
       (SELECT coalesce(json_group_object(t.part_id, t.spent_cents), '{}')
        FROM (SELECT p.part_id, p.spent_cents FROM customer_part_spend p WHERE p.customer_id = c.id
              ORDER BY p.spent_cents DESC, p.part_id LIMIT 30) AS t) AS parts
FROM customers c;

CREATE TRIGGER sale_lines_part_spend AFTER INSERT ON sale_lines
WHEN NEW.part_id > 0 AND (SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id) IS NOT NULL
BEGIN
    INSERT INTO customer_part_spend(customer_id, part_id, spent_cents)
    SELECT s.customer_id, NEW.part_id, NEW.base_cents + NEW.tax_cents FROM sales s WHERE s.id = NEW.sale_id
    ON CONFLICT(customer_id, part_id) DO UPDATE SET spent_cents = customer_part_spend.spent_cents + excluded.spent_cents;
    UPDATE customers SET part_spend = t.parts FROM customer_part_spend_top t
    WHERE t.id = customers.id AND customers.id = (SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id);
END;

-- What the bucket sends for a customer: 0026's row plus the parts.
DROP VIEW customer_sync_rows;
CREATE VIEW customer_sync_rows AS
SELECT c.id AS id,
       json_object('id', c.id, 'name', c.name, 'rfc', c.rfc, 'fiscal_regime', c.fiscal_regime,
                   'postal_code', c.postal_code, 'cfdi_use', c.cfdi_use, 'phone', c.phone, 'email', c.email,
                   'price_list', c.price_list, 'credit_limit_cents', c.credit_limit_cents,
                   'credit_days', c.credit_days, 'rfc_accepted_by', c.rfc_accepted_by, 'active', c.active,
                   'hlc', c.hlc, 'created_at', c.created_at, 'updated_at', c.updated_at,
                   'balance_cents', c.balance_cents, 'store_credit_cents', c.store_credit_cents,
                   'loyalty_points', c.loyalty_points, 'loyalty_spend_cents', c.loyalty_spend_cents,
                   'purchases', c.purchases, 'gross_cents', c.gross_cents, 'refunds_cents', c.refunds_cents,
                   'purchase_days', c.purchase_days, 'first_purchase_at', c.first_purchase_at,
                   'last_purchase_at', c.last_purchase_at, 'part_spend', json(c.part_spend),
                   'open_documents', json((SELECT json_group_array(json_object('id', d.id, 'folio', d.folio,
                                                   'at', d.at, 'due_on', d.due_on, 'remaining_cents', d.remaining))
                                           FROM (SELECT l.id, l.folio, l.at, l.due_on,
                                                        l.amount_cents - coalesce((SELECT sum(a.amount_cents)
                                                            FROM customer_payment_applications a
                                                            WHERE a.charge_id = l.id), 0) AS remaining
                                                 FROM customer_account_ledger l
                                                 WHERE l.customer_id = c.id AND l.kind = 'charge'
                                                 ORDER BY l.at, l.id) AS d
                                           WHERE d.remaining > 0))) AS row
FROM customers c;

-- Backfill from the lines already here (the update logs each buyer's row again).
INSERT INTO customer_part_spend(customer_id, part_id, spent_cents)
SELECT s.customer_id, l.part_id, sum(l.base_cents + l.tax_cents) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
WHERE s.customer_id IS NOT NULL AND l.part_id > 0 GROUP BY s.customer_id, l.part_id;
UPDATE customers SET part_spend = t.parts FROM customer_part_spend_top t
WHERE t.id = customers.id AND customers.id IN (SELECT customer_id FROM customer_part_spend);
