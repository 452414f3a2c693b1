-- Favourite categories from every branch (issue 7; the SQLite twin says why): each customer's spend per part, the
-- top 30 on their row as {"<part id>": centavos}, updated as each ticket line arrives and sent in the customers bucket.

CREATE TABLE customer_part_spend (
    customer_id TEXT NOT NULL,
    part_id BIGINT NOT NULL,
    spent_cents BIGINT NOT NULL,
    PRIMARY KEY (customer_id, part_id)
);
ALTER TABLE customers ADD COLUMN part_spend TEXT NOT NULL DEFAULT '{}';

-- The SQLite twin's view customer_part_spend_top, for one customer.
CREATE FUNCTION customer_part_spend_refresh(p_id TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET part_spend = coalesce(
        (SELECT json_object_agg(t.part_id, t.spent_cents ORDER BY t.spent_cents DESC, t.part_id)::text
         FROM (SELECT p.part_id, p.spent_cents FROM customer_part_spend p WHERE p.customer_id = p_id
               ORDER BY p.spent_cents DESC, p.part_id LIMIT 30) AS t), '{}')
    WHERE id = p_id;
$$;

CREATE FUNCTION sale_lines_part_spend() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_customer TEXT := (SELECT s.customer_id FROM sales s WHERE s.id = NEW.sale_id);
BEGIN
    IF v_customer IS NULL OR NEW.part_id <= 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO customer_part_spend(customer_id, part_id, spent_cents)
    VALUES (v_customer, NEW.part_id, NEW.base_cents + NEW.tax_cents)
    ON CONFLICT (customer_id, part_id) DO UPDATE SET spent_cents = customer_part_spend.spent_cents + excluded.spent_cents;
    PERFORM customer_part_spend_refresh(v_customer);
    RETURN NULL;
END;
$$;
CREATE TRIGGER sale_lines_part_spend AFTER INSERT ON sale_lines
    FOR EACH ROW EXECUTE FUNCTION sale_lines_part_spend();

-- What the bucket sends for a customer: 0026's row plus the parts.
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
                             'part_spend', c.part_spend::json,
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

-- Backfill from the lines already here (the update logs each buyer's row again).
INSERT INTO customer_part_spend(customer_id, part_id, spent_cents)
SELECT s.customer_id, l.part_id, CAST(sum(l.base_cents + l.tax_cents) AS BIGINT)
FROM sale_lines l JOIN sales s ON s.id = l.sale_id
WHERE s.customer_id IS NOT NULL AND l.part_id > 0 GROUP BY s.customer_id, l.part_id;
DO $$
BEGIN
    PERFORM customer_part_spend_refresh(c.customer_id)
    FROM (SELECT DISTINCT customer_id FROM customer_part_spend ORDER BY customer_id) AS c;
END;
$$;
