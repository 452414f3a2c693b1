-- A customer's card analytics come from every branch (issue 7): besides 0022's points and 12-month spend, the row
-- keeps their lifetime purchases (count, sales, refunds, distinct purchase days, first and last purchase), so the
-- lifetime value, average ticket, buying rhythm and churn risk on any counter are the chain's, not one counter's.
-- They are recomputed where 0022 recomputes the loyalty figures (a sale, a points payment, a return or a points
-- move of the customer) and the "customers" bucket carries them.
--
-- The 12-month window no longer reads the database's clock: it starts at customer_figures_window.since, a UTC day
-- boundary the server moves forward (CustomerFiguresSweep, on a pull of the "customers" bucket, at most once a day).
-- Moving it recomputes exactly the customers whose oldest sale or return counted in their spend (loyalty_window_from)
-- fell out of the window, so a customer who stops buying drops a tier without a new fact of theirs, and their row
-- is logged again for every counter.

ALTER TABLE customers ADD COLUMN purchases INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN gross_cents INTEGER NOT NULL DEFAULT 0;    -- their tickets' totals
ALTER TABLE customers ADD COLUMN refunds_cents INTEGER NOT NULL DEFAULT 0;  -- returns of those tickets
ALTER TABLE customers ADD COLUMN purchase_days INTEGER NOT NULL DEFAULT 0;  -- distinct UTC days with a purchase
ALTER TABLE customers ADD COLUMN first_purchase_at TEXT;                    -- NULL: never bought
ALTER TABLE customers ADD COLUMN last_purchase_at TEXT;
ALTER TABLE customers ADD COLUMN loyalty_window_from TEXT;                  -- oldest fact in loyalty_spend_cents
CREATE INDEX customers_loyalty_window_from ON customers(loyalty_window_from);

CREATE TABLE customer_figures_window (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    since TEXT NOT NULL -- the 12-month spend counts sales and returns after this instant (UTC)
);
INSERT INTO customer_figures_window(id, since)
VALUES (1, strftime('%Y-%m-%dT00:00:00.000Z', 'now', '-365 days'));

-- 0022's figures with the stored window start, plus the lifetime ones.
DROP VIEW customer_loyalty_figures;
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
        WHERE s.customer_id = c.id AND s.sold_at > w.since)
     - (SELECT coalesce(sum(r.total_cents), 0) FROM returns r JOIN sales s ON s.id = r.sale_id
        WHERE s.customer_id = c.id AND r.returned_at > w.since) AS spend,
       (SELECT min(at) FROM (SELECT min(s.sold_at) AS at FROM sales s WHERE s.customer_id = c.id AND s.sold_at > w.since
                             UNION ALL
                             SELECT min(r.returned_at) FROM returns r JOIN sales s ON s.id = r.sale_id
                             WHERE s.customer_id = c.id AND r.returned_at > w.since)) AS window_from,
       (SELECT count(*) FROM sales s WHERE s.customer_id = c.id) AS purchases,
       (SELECT coalesce(sum(s.total_cents), 0) FROM sales s WHERE s.customer_id = c.id) AS gross,
       (SELECT coalesce(sum(r.total_cents), 0) FROM returns r JOIN sales s ON s.id = r.sale_id
        WHERE s.customer_id = c.id) AS refunds,
       (SELECT count(DISTINCT substr(s.sold_at, 1, 10)) FROM sales s WHERE s.customer_id = c.id) AS purchase_days,
       (SELECT min(s.sold_at) FROM sales s WHERE s.customer_id = c.id) AS first_at,
       (SELECT max(s.sold_at) FROM sales s WHERE s.customer_id = c.id) AS last_at
FROM customers c CROSS JOIN customer_figures_window w;

-- One place recomputes a customer's figures: 0022's triggers (now below) and the window's move name the customer here.
CREATE TABLE customer_figures_due (customer_id TEXT NOT NULL);
CREATE TRIGGER customer_figures_due_refresh AFTER INSERT ON customer_figures_due
BEGIN
    UPDATE customers SET loyalty_points = f.points, loyalty_spend_cents = f.spend, loyalty_window_from = f.window_from,
                         purchases = f.purchases, gross_cents = f.gross, refunds_cents = f.refunds,
                         purchase_days = f.purchase_days, first_purchase_at = f.first_at, last_purchase_at = f.last_at
    FROM customer_loyalty_figures f WHERE f.id = customers.id AND customers.id = NEW.customer_id;
    DELETE FROM customer_figures_due WHERE customer_id = NEW.customer_id;
END;

DROP TRIGGER sales_loyalty_figures;
CREATE TRIGGER sales_loyalty_figures AFTER INSERT ON sales WHEN NEW.customer_id IS NOT NULL
BEGIN
    INSERT INTO customer_figures_due(customer_id) VALUES (NEW.customer_id);
END;

DROP TRIGGER sale_payments_loyalty_figures;
CREATE TRIGGER sale_payments_loyalty_figures AFTER INSERT ON sale_payments WHEN NEW.method = 'loyalty_points'
BEGIN
    INSERT INTO customer_figures_due(customer_id)
    SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id AND s.customer_id IS NOT NULL;
END;

DROP TRIGGER returns_loyalty_figures;
CREATE TRIGGER returns_loyalty_figures AFTER INSERT ON returns
BEGIN
    INSERT INTO customer_figures_due(customer_id)
    SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id AND s.customer_id IS NOT NULL;
END;

DROP TRIGGER loyalty_ledger_figures;
CREATE TRIGGER loyalty_ledger_figures AFTER INSERT ON loyalty_ledger
BEGIN
    INSERT INTO customer_figures_due(customer_id) VALUES (NEW.customer_id);
END;

-- The window moved: the customers whose oldest counted fact left it.
CREATE TRIGGER customer_figures_window_moved AFTER UPDATE OF since ON customer_figures_window
BEGIN
    INSERT INTO customer_figures_due(customer_id)
    SELECT c.id FROM customers c WHERE c.loyalty_window_from <= NEW.since;
END;

-- What the bucket sends for a customer: 0022's row plus the lifetime figures.
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
                   'last_purchase_at', c.last_purchase_at,
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

-- Backfill: every customer's figures (the update logs each row again with them).
INSERT INTO customer_figures_due(customer_id) SELECT id FROM customers ORDER BY id;
