-- Customers at the counter (DESIGN.md "Down (pull)" and "Up (push)"): the tenant's customers pulled from the server
-- ("customers" bucket) together with the counter's own new customers and edits, which go up as facts
-- (customer.created / customer.updated, last writer wins by hybrid logical clock). Each row also holds the server's
-- figures of the customer's credit account as of the last pull; what this counter charged or took since then is in
-- the two ledgers below, recognised by the outbox seq of the fact that carried it.

CREATE TABLE customers (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device that created it
    name TEXT NOT NULL,                 -- nombre / razón social as registered with the SAT
    rfc TEXT NOT NULL DEFAULT '',       -- '' for a shop customer without fiscal data
    fiscal_regime TEXT NOT NULL DEFAULT '', -- c_RegimenFiscal
    postal_code TEXT NOT NULL DEFAULT '',   -- domicilio fiscal
    cfdi_use TEXT NOT NULL DEFAULT 'G03',
    phone TEXT NOT NULL DEFAULT '',     -- 10 digits
    email TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT 'publico',
    credit_limit_cents INTEGER NOT NULL DEFAULT 0,
    credit_days INTEGER NOT NULL DEFAULT 0,
    rfc_accepted_by TEXT NOT NULL DEFAULT '', -- manager who accepted an RFC whose check digit does not match
    active INTEGER NOT NULL DEFAULT 1,  -- 0: removed at head office (kept: old tickets name it)
    hlc TEXT NOT NULL,                  -- hybrid logical clock of the last edit of the fields above
    search_text TEXT NOT NULL DEFAULT '', -- normalised name, RFC, phone and e-mail for the counter's search
    balance_cents INTEGER NOT NULL DEFAULT 0,      -- owed on account, per the server as of the pull
    store_credit_cents INTEGER NOT NULL DEFAULT 0, -- saldo a favor, per the server as of the pull
    open_documents TEXT NOT NULL DEFAULT '[]',     -- the server's unpaid charges (JSON), oldest first
    server_acked_seq INTEGER,           -- this device's acknowledged outbox seq when the server's figures came; NULL:
                                        -- never pulled (created here), so every local ledger entry is still pending
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customers_rfc ON customers(rfc) WHERE rfc <> '';
CREATE INDEX customers_phone ON customers(phone) WHERE phone <> '';
CREATE INDEX customers_hlc ON customers(hlc);

-- The counter's entries on customers' credit accounts: + a credit sale's charge, − an abono. The server keeps the
-- tenant's whole ledger and sends the balance back down with the customer.
CREATE TABLE customer_account_ledger (
    id TEXT PRIMARY KEY,                -- "<sale id>:account" for a charge, the abono's id for a payment
    customer_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('charge', 'payment')),
    amount_cents INTEGER NOT NULL,      -- signed: + charge, − payment
    ref_type TEXT NOT NULL,             -- sale | payment
    ref_id TEXT NOT NULL,
    folio TEXT NOT NULL DEFAULT '',
    due_on TEXT,                        -- charges: YYYY-MM-DD, the sale's day plus the customer's terms
    authorized_by TEXT,                 -- manager who let a charge go above the available credit
    at TEXT NOT NULL,                   -- UTC ISO-8601
    outbox_seq INTEGER NOT NULL         -- the fact that carries it to the server
);
CREATE INDEX customer_account_ledger_customer ON customer_account_ledger(customer_id, outbox_seq);

-- Store credit used or given here is pending until the server's figures include it, like the account above.
ALTER TABLE store_credit_ledger ADD COLUMN outbox_seq INTEGER;
UPDATE store_credit_ledger SET outbox_seq = (SELECT o.seq FROM outbox o WHERE o.type = 'sale.returned'
                                             AND json_extract(o.payload, '$.id') = store_credit_ledger.ref_id)
WHERE ref_type = 'return';
-- A return writes its store credit before it appends its outbox fact (same transaction): stamp it then.
CREATE TRIGGER store_credit_ledger_return_seq AFTER INSERT ON outbox WHEN NEW.type = 'sale.returned'
BEGIN
    UPDATE store_credit_ledger SET outbox_seq = NEW.seq
    WHERE ref_type = 'return' AND outbox_seq IS NULL AND ref_id = json_extract(NEW.payload, '$.id');
END;
