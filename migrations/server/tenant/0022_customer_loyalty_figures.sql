-- The loyalty figures of every customer come down to every counter (issue 7): points earned, taken back and moved
-- at any branch and the rolling 12-month spend that sets the tier, kept on the customer's row so the "customers"
-- bucket carries them with the credit figures (a counter adds its own facts the server has not acknowledged yet).
-- Recomputed whenever a sale, a points payment, a return or a points move of the customer arrives; the rule is
-- core/customers/loyalty.h: 1 point per whole $10 of each ticket not paid with points, a return takes back 1 point
-- per whole $10 not given back as points.

ALTER TABLE customers ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN loyalty_spend_cents INTEGER NOT NULL DEFAULT 0; -- sales − returns, last 365 days
CREATE INDEX sales_customer ON sales(customer_id);

CREATE VIEW customer_loyalty_figures AS
SELECT c.id AS id,
       (SELECT coalesce(sum(max(s.total_cents - coalesce((SELECT sum(p.amount_cents) FROM sale_payments p
                                                          WHERE p.sale_id = s.id AND p.method = 'loyalty_points'), 0),
                                0) / 1000), 0)
        FROM sales s WHERE s.customer_id = c.id)
     - (SELECT coalesce(sum(max(r.total_cents - coalesce((SELECT sum(l.value_cents) FROM loyalty_ledger l
                                                          WHERE l.ref_type = 'return' AND l.ref_id = r.id), 0),
                                0) / 1000), 0)
        FROM returns r JOIN sales s ON s.id = r.sale_id WHERE s.customer_id = c.id)
     + (SELECT coalesce(sum(l.points), 0) FROM loyalty_ledger l WHERE l.customer_id = c.id) AS points,
       (SELECT coalesce(sum(s.total_cents), 0) FROM sales s
        WHERE s.customer_id = c.id AND s.sold_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-365 days'))
     - (SELECT coalesce(sum(r.total_cents), 0) FROM returns r JOIN sales s ON s.id = r.sale_id
        WHERE s.customer_id = c.id AND r.returned_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-365 days')) AS spend
FROM customers c;

-- What the bucket sends for a customer: 0008's row plus the loyalty figures.
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

-- The customer's row changes (and so moves to the end of the "customers" log) when a figure does.
CREATE TRIGGER sales_loyalty_figures AFTER INSERT ON sales WHEN NEW.customer_id IS NOT NULL
BEGIN
    UPDATE customers SET loyalty_points = f.points, loyalty_spend_cents = f.spend
    FROM customer_loyalty_figures f WHERE f.id = customers.id AND customers.id = NEW.customer_id;
END;

CREATE TRIGGER sale_payments_loyalty_figures AFTER INSERT ON sale_payments WHEN NEW.method = 'loyalty_points'
BEGIN
    UPDATE customers SET loyalty_points = f.points, loyalty_spend_cents = f.spend
    FROM customer_loyalty_figures f
    WHERE f.id = customers.id AND customers.id = (SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id);
END;

CREATE TRIGGER returns_loyalty_figures AFTER INSERT ON returns
BEGIN
    UPDATE customers SET loyalty_points = f.points, loyalty_spend_cents = f.spend
    FROM customer_loyalty_figures f
    WHERE f.id = customers.id AND customers.id = (SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id);
END;

CREATE TRIGGER loyalty_ledger_figures AFTER INSERT ON loyalty_ledger
BEGIN
    UPDATE customers SET loyalty_points = f.points, loyalty_spend_cents = f.spend
    FROM customer_loyalty_figures f WHERE f.id = customers.id AND customers.id = NEW.customer_id;
END;

-- Backfill: every customer's figures (the update logs each row again with them).
UPDATE customers SET loyalty_points = f.points, loyalty_spend_cents = f.spend
FROM customer_loyalty_figures f WHERE f.id = customers.id;
