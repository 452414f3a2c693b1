-- The loyalty figures of every customer come down to every counter (issue 7; the SQLite twin says why): points and
-- the rolling 12-month spend kept on the customer's row, recomputed when a sale, a points payment, a return or a
-- points move of the customer arrives, and sent in the "customers" bucket.

ALTER TABLE customers ADD COLUMN loyalty_points BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN loyalty_spend_cents BIGINT NOT NULL DEFAULT 0; -- sales − returns, last 365 days
CREATE INDEX sales_customer ON sales(customer_id);

-- The SQLite twin's view customer_loyalty_figures, for one customer.
CREATE FUNCTION customer_loyalty_refresh(p_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_since TEXT := to_char((now() AT TIME ZONE 'UTC') - interval '365 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
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
             WHERE s.customer_id = p_id AND r.returned_at > v_since)
    WHERE id = p_id;
END;
$$;

-- What the bucket sends for a customer: 0008's row plus the loyalty figures.
CREATE OR REPLACE FUNCTION customer_sync_row(p_id TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT json_build_object('id', c.id, 'name', c.name, 'rfc', c.rfc, 'fiscal_regime', c.fiscal_regime,
                             'postal_code', c.postal_code, 'cfdi_use', c.cfdi_use, 'phone', c.phone,
                             'email', c.email, 'price_list', c.price_list,
                             'credit_limit_cents', c.credit_limit_cents, 'credit_days', c.credit_days,
                             'rfc_accepted_by', c.rfc_accepted_by, 'active', c.active, 'hlc', c.hlc,
                             'created_at', c.created_at, 'updated_at', c.updated_at,
                             'balance_cents', c.balance_cents, 'store_credit_cents', c.store_credit_cents,
                             'loyalty_points', c.loyalty_points, 'loyalty_spend_cents', c.loyalty_spend_cents,
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

CREATE FUNCTION sales_loyalty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM customer_loyalty_refresh(NEW.customer_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER sales_loyalty_figures AFTER INSERT ON sales
    FOR EACH ROW EXECUTE FUNCTION sales_loyalty_figures();

CREATE FUNCTION sale_payments_loyalty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.method = 'loyalty_points' THEN
        PERFORM customer_loyalty_refresh((SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER sale_payments_loyalty_figures AFTER INSERT ON sale_payments
    FOR EACH ROW EXECUTE FUNCTION sale_payments_loyalty_figures();

CREATE FUNCTION returns_loyalty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM customer_loyalty_refresh((SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER returns_loyalty_figures AFTER INSERT ON returns
    FOR EACH ROW EXECUTE FUNCTION returns_loyalty_figures();

CREATE FUNCTION loyalty_ledger_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM customer_loyalty_refresh(NEW.customer_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER loyalty_ledger_figures AFTER INSERT ON loyalty_ledger
    FOR EACH ROW EXECUTE FUNCTION loyalty_ledger_figures();

-- Backfill: every customer's figures (the update logs each row again with them).
DO $$
BEGIN
    PERFORM customer_loyalty_refresh(c.id) FROM customers c ORDER BY c.id;
END;
$$;
