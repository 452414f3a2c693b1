-- PostgreSQL twin of server/tenant/0008: the "customers" pull bucket (fields, credit balance, store credit, unpaid
-- charges) logged through change_log_put (0003), the tenant's credit-account ledger with its abono applications,
-- and the conflict log of customer edits that lost under last-writer-wins. Money BIGINT.
ALTER TABLE customers ADD COLUMN rfc_accepted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN created_by_device TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN balance_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN store_credit_cents BIGINT NOT NULL DEFAULT 0;
CREATE INDEX customers_phone ON customers(phone);

CREATE TABLE customer_account_ledger (
    id TEXT PRIMARY KEY,                -- "<sale id>:account" for a charge, the abono's id for a payment
    customer_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('charge', 'payment')),
    amount_cents BIGINT NOT NULL,       -- signed: + charge, − payment
    ref_type TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    folio TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    authorized_by TEXT,
    at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX customer_account_ledger_customer ON customer_account_ledger(customer_id, kind, at);

CREATE TABLE customer_payment_applications (
    payment_id TEXT NOT NULL,
    charge_id TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    PRIMARY KEY (payment_id, charge_id)
);
CREATE INDEX customer_payment_applications_charge ON customer_payment_applications(charge_id);

CREATE TABLE customer_conflicts (
    id BIGSERIAL PRIMARY KEY,
    customer_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    loser_hlc TEXT NOT NULL,
    winner_hlc TEXT NOT NULL,
    loser TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX customer_conflicts_customer ON customer_conflicts(customer_id);

UPDATE customers SET store_credit_cents = (SELECT coalesce(sum(s.amount_cents), 0) FROM store_credit_ledger s
                                           WHERE s.customer_id = customers.id);

-- What the bucket sends for a customer (the SQLite twin's view customer_sync_rows).
CREATE FUNCTION customer_sync_row(p_id TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT json_build_object('id', c.id, 'name', c.name, 'rfc', c.rfc, 'fiscal_regime', c.fiscal_regime,
                             'postal_code', c.postal_code, 'cfdi_use', c.cfdi_use, 'phone', c.phone,
                             'email', c.email, 'price_list', c.price_list,
                             'credit_limit_cents', c.credit_limit_cents, 'credit_days', c.credit_days,
                             'rfc_accepted_by', c.rfc_accepted_by, 'active', c.active, 'hlc', c.hlc,
                             'created_at', c.created_at, 'updated_at', c.updated_at,
                             'balance_cents', c.balance_cents, 'store_credit_cents', c.store_credit_cents,
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

CREATE FUNCTION customers_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'DELETE' OR OLD.id IS DISTINCT FROM NEW.id THEN
            PERFORM change_log_put('customers', '*', OLD.id, NULL);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM change_log_put('customers', '*', NEW.id, customer_sync_row(NEW.id));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER customers_log AFTER INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_log();

CREATE FUNCTION customer_account_ledger_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET balance_cents = balance_cents + NEW.amount_cents WHERE id = NEW.customer_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_account_ledger_balance AFTER INSERT ON customer_account_ledger
    FOR EACH ROW EXECUTE FUNCTION customer_account_ledger_balance();

CREATE FUNCTION store_credit_ledger_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET store_credit_cents = store_credit_cents + NEW.amount_cents WHERE id = NEW.customer_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER store_credit_ledger_balance AFTER INSERT ON store_credit_ledger
    FOR EACH ROW EXECUTE FUNCTION store_credit_ledger_balance();

INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customers', '*', c.id, customer_sync_row(c.id), 0 FROM customers c ORDER BY c.id;
