-- Customers come down to every counter and their edits and credit go up (DESIGN.md "Sync"): the "customers" pull
-- bucket (every device of the tenant, key the customer id) carries each customer's fields with the balance of their
-- credit account, their store credit and their unpaid charges; counters create and edit customers as facts
-- (customer.created / customer.updated, last writer wins by hybrid logical clock + device id, the loser kept in
-- customer_conflicts); credit sales (sale.completed) and abonos (customer.payment) are ledger entries here.

ALTER TABLE customers ADD COLUMN rfc_accepted_by TEXT NOT NULL DEFAULT ''; -- manager who accepted a check-digit mismatch
ALTER TABLE customers ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN hlc TEXT NOT NULL DEFAULT '';        -- stamp of the last edit ('' before any)
ALTER TABLE customers ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN created_by_device TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN balance_cents INTEGER NOT NULL DEFAULT 0;      -- owed on account (ledger below)
ALTER TABLE customers ADD COLUMN store_credit_cents INTEGER NOT NULL DEFAULT 0; -- sum of store_credit_ledger
CREATE INDEX customers_phone ON customers(phone);

-- The tenant's credit accounts: + a credit sale's charge, − an abono; customers.balance_cents is their sum, kept by
-- the trigger below in the same transaction.
CREATE TABLE customer_account_ledger (
    id TEXT PRIMARY KEY,                -- "<sale id>:account" for a charge, the abono's id for a payment
    customer_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('charge', 'payment')),
    amount_cents INTEGER NOT NULL,      -- signed: + charge, − payment
    ref_type TEXT NOT NULL,             -- sale | payment
    ref_id TEXT NOT NULL,
    folio TEXT NOT NULL DEFAULT '',
    due_on TEXT,                        -- charges: YYYY-MM-DD
    authorized_by TEXT,                 -- manager who let the charge go above the available credit
    at TEXT NOT NULL,                   -- UTC, device time
    received_at TEXT NOT NULL           -- UTC, server time
);
CREATE INDEX customer_account_ledger_customer ON customer_account_ledger(customer_id, kind, at);

-- Which charges an abono paid, oldest first (core applyOldestFirst).
CREATE TABLE customer_payment_applications (
    payment_id TEXT NOT NULL,
    charge_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    PRIMARY KEY (payment_id, charge_id)
);
CREATE INDEX customer_payment_applications_charge ON customer_payment_applications(charge_id);

-- Edits that lost under last-writer-wins, kept whole for HQ.
CREATE TABLE customer_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    loser_hlc TEXT NOT NULL,
    winner_hlc TEXT NOT NULL,
    loser TEXT NOT NULL,                -- JSON of the fields that were not kept
    created_at TEXT NOT NULL
);
CREATE INDEX customer_conflicts_customer ON customer_conflicts(customer_id);

UPDATE customers SET store_credit_cents = (SELECT coalesce(sum(s.amount_cents), 0) FROM store_credit_ledger s
                                           WHERE s.customer_id = customers.id);

-- What the bucket sends for a customer: one definition for the triggers and the backfill.
CREATE VIEW customer_sync_rows AS
SELECT c.id AS id,
       json_object('id', c.id, 'name', c.name, 'rfc', c.rfc, 'fiscal_regime', c.fiscal_regime,
                   'postal_code', c.postal_code, 'cfdi_use', c.cfdi_use, 'phone', c.phone, 'email', c.email,
                   'price_list', c.price_list, 'credit_limit_cents', c.credit_limit_cents,
                   'credit_days', c.credit_days, 'rfc_accepted_by', c.rfc_accepted_by, 'active', c.active,
                   'hlc', c.hlc, 'created_at', c.created_at, 'updated_at', c.updated_at,
                   'balance_cents', c.balance_cents, 'store_credit_cents', c.store_credit_cents,
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

CREATE TRIGGER customers_log_insert AFTER INSERT ON customers
BEGIN
    DELETE FROM change_log WHERE bucket = 'customers' AND scope = '*' AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customers', '*', r.id, r.row, 0 FROM customer_sync_rows r WHERE r.id = NEW.id;
END;

CREATE TRIGGER customers_log_update AFTER UPDATE ON customers
BEGIN
    DELETE FROM change_log WHERE bucket = 'customers' AND scope = '*' AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customers', '*', OLD.id, NULL, 1 WHERE OLD.id IS NOT NEW.id;
    DELETE FROM change_log WHERE bucket = 'customers' AND scope = '*' AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customers', '*', r.id, r.row, 0 FROM customer_sync_rows r WHERE r.id = NEW.id;
END;

CREATE TRIGGER customers_log_delete AFTER DELETE ON customers
BEGIN
    DELETE FROM change_log WHERE bucket = 'customers' AND scope = '*' AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted) VALUES ('customers', '*', OLD.id, NULL, 1);
END;

-- The balances follow their ledgers (and so the customer's entry in the log moves to its end).
CREATE TRIGGER customer_account_ledger_balance AFTER INSERT ON customer_account_ledger
BEGIN
    UPDATE customers SET balance_cents = balance_cents + NEW.amount_cents WHERE id = NEW.customer_id;
END;

CREATE TRIGGER store_credit_ledger_balance AFTER INSERT ON store_credit_ledger
BEGIN
    UPDATE customers SET store_credit_cents = store_credit_cents + NEW.amount_cents WHERE id = NEW.customer_id;
END;

-- Backfill: the customers that existed before this log, in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customers', '*', r.id, r.row, 0 FROM customer_sync_rows r ORDER BY r.id;
