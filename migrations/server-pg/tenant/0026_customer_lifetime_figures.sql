-- A customer's card analytics come from every branch (issue 7; the SQLite twin says why): the lifetime purchases
-- (count, sales, refunds, distinct purchase days, first and last purchase) kept on the row beside 0022's figures,
-- the 12-month window starting at customer_figures_window.since, which the server moves forward once a day
-- (CustomerFiguresSweep), recomputing the customers whose oldest counted sale or return left the window.

ALTER TABLE customers ADD COLUMN purchases BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN gross_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN refunds_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN purchase_days BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN first_purchase_at TEXT;
ALTER TABLE customers ADD COLUMN last_purchase_at TEXT;
ALTER TABLE customers ADD COLUMN loyalty_window_from TEXT;
CREATE INDEX customers_loyalty_window_from ON customers(loyalty_window_from);

CREATE TABLE customer_figures_window (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    since TEXT NOT NULL
);
INSERT INTO customer_figures_window(id, since)
VALUES (1, to_char(date_trunc('day', (now() AT TIME ZONE 'UTC') - interval '365 days'), 'YYYY-MM-DD"T"00:00:00.000"Z"'));

-- 0022's function with the stored window start, plus the lifetime figures (the SQLite twin's view).
CREATE OR REPLACE FUNCTION customer_loyalty_refresh(p_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_since TEXT := (SELECT w.since FROM customer_figures_window w WHERE w.id = 1);
BEGIN
    IF p_id IS NULL THEN
        RETURN;
    END IF;
    UPDATE customers SET
        loyalty_points =
            (SELECT CAST(coalesce(sum(GREATEST(s.total_cents
                                               - coalesce((SELECT CAST(sum(p.amount_cents) AS BIGINT)
                                                           FROM sale_payments p
                                                           WHERE p.sale_id = s.id AND p.method = 'loyalty_points'), 0),
                                               0) / 1000), 0) AS BIGINT)
             FROM sales s WHERE s.customer_id = p_id)
          - (SELECT CAST(coalesce(sum(GREATEST(r.total_cents
                                               - coalesce((SELECT CAST(sum(l.value_cents) AS BIGINT)
                                                           FROM loyalty_ledger l
                                                           WHERE l.ref_type = 'return' AND l.ref_id = r.id), 0),
                                               0) / 1000), 0) AS BIGINT)
             FROM returns r JOIN sales s ON s.id = r.sale_id WHERE s.customer_id = p_id)
          + (SELECT CAST(coalesce(sum(l.points), 0) AS BIGINT) FROM loyalty_ledger l WHERE l.customer_id = p_id),
        loyalty_spend_cents =
            (SELECT CAST(coalesce(sum(s.total_cents), 0) AS BIGINT) FROM sales s
             WHERE s.customer_id = p_id AND s.sold_at > v_since)
          - (SELECT CAST(coalesce(sum(r.total_cents), 0) AS BIGINT) FROM returns r JOIN sales s ON s.id = r.sale_id
             WHERE s.customer_id = p_id AND r.returned_at > v_since),
        loyalty_window_from =
            LEAST((SELECT min(s.sold_at) FROM sales s WHERE s.customer_id = p_id AND s.sold_at > v_since),
                  (SELECT min(r.returned_at) FROM returns r JOIN sales s ON s.id = r.sale_id
                   WHERE s.customer_id = p_id AND r.returned_at > v_since)),
        purchases = (SELECT count(*) FROM sales s WHERE s.customer_id = p_id),
        gross_cents = (SELECT CAST(coalesce(sum(s.total_cents), 0) AS BIGINT) FROM sales s WHERE s.customer_id = p_id),
        refunds_cents = (SELECT CAST(coalesce(sum(r.total_cents), 0) AS BIGINT) FROM returns r
                         JOIN sales s ON s.id = r.sale_id WHERE s.customer_id = p_id),
        purchase_days = (SELECT count(DISTINCT substr(s.sold_at, 1, 10)) FROM sales s WHERE s.customer_id = p_id),
        first_purchase_at = (SELECT min(s.sold_at) FROM sales s WHERE s.customer_id = p_id),
        last_purchase_at = (SELECT max(s.sold_at) FROM sales s WHERE s.customer_id = p_id)
    WHERE id = p_id;
END;
$$;

-- The window moved: the customers whose oldest counted fact left it.
CREATE FUNCTION customer_figures_window_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM customer_loyalty_refresh(c.id) FROM customers c WHERE c.loyalty_window_from <= NEW.since ORDER BY c.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_figures_window_moved AFTER UPDATE OF since ON customer_figures_window
    FOR EACH ROW EXECUTE FUNCTION customer_figures_window_moved();

-- What the bucket sends for a customer: 0022's row plus the lifetime figures.
CREATE OR REPLACE FUNCTION customer_sync_row(p_id TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT json_build_object('id', c.id, 'name', c.name, 'rfc', c.rfc, 'fiscal_regime', c.fiscal_regime,
                             'postal_code', c.postal_code, 'cfdi_use', c.cfdi_use, 'phone', c.phone,
                             'email', c.email, 'price_list', c.price_list,
                             'credit_limit_cents', c.credit_limit_cents, 'credit_days', c.credit_days,
                             'rfc_accepted_by', c.rfc_accepted_by, 'active', c.active, 'hlc', c.hlc,
                             'created_at', c.created_at, 'updated_at', c.updated_at,
                             'balance_cents', c.balance_cents, 'store_credit_cents', c.store_credit_cents,
                             'loyalty_points', c.loyalty_points, 'loyalty_spend_cents', c.loyalty_spend_cents,
                             'purchases', c.purchases, 'gross_cents', c.gross_cents,
                             'refunds_cents', c.refunds_cents, 'purchase_days', c.purchase_days,
                             'first_purchase_at', c.first_purchase_at, 'last_purchase_at', c.last_purchase_at,
                             'open_documents', coalesce((
                                 SELECT json_agg(json_build_object('id', d.id, 'folio', d.folio, 'at', d.at,
                                                                   'due_on', d.due_on, 'remaining_cents', d.remaining)
                                                 ORDER BY d.at, d.id)
                                 FROM (SELECT l.id, l.folio, l.at, l.due_on,
                                              l.amount_cents - coalesce((SELECT sum(a.amount_cents)
                                                  FROM customer_payment_applications a
                                                  WHERE a.charge_id = l.id), 0) AS remaining
                                       FROM customer_account_ledger l
                                       WHERE l.customer_id = c.id AND l.kind = 'charge') AS d
                                 WHERE d.remaining > 0), '[]'::json))::text
    FROM customers c WHERE c.id = p_id;
$$;

-- Backfill: every customer's figures (the update logs each row again with them).
DO $$
BEGIN
    PERFORM customer_loyalty_refresh(c.id) FROM customers c ORDER BY c.id;
END;
$$;
