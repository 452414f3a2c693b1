-- Loyalty points paid with at the counter (issue 7): a tender "loyalty_points" (c_FormaPago 05, monedero
-- electrónico) and the ledger of points paid with (−) and given back by returns (+). What tickets earn stays derived
-- from the sales (core/customers/loyalty.h); a return of a ticket paid with points gives those points back first
-- (returns.points_cents) and only the rest through its refund method. Each move is also the outbox fact
-- loyalty.points_moved written by the same transaction.

CREATE TABLE loyalty_ledger (
    id TEXT PRIMARY KEY,                -- UUID v7, also the outbox mutation id
    customer_id TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points <> 0),
    value_cents INTEGER NOT NULL CHECK (value_cents > 0),
    ref_type TEXT NOT NULL CHECK (ref_type IN ('sale', 'return')),
    ref_id TEXT NOT NULL,
    ref_folio TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    outbox_seq INTEGER
);
CREATE INDEX loyalty_ledger_customer ON loyalty_ledger(customer_id);
CREATE INDEX loyalty_ledger_ref ON loyalty_ledger(ref_id);

ALTER TABLE returns ADD COLUMN points_cents INTEGER NOT NULL DEFAULT 0; -- given back as points, not by refund_method

-- sale_payments' method list is a CHECK: the table is rebuilt with the new tender (nothing else refers to it).
CREATE TABLE sale_payments_new (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('cash', 'cash_usd', 'card_credit', 'card_debit', 'transfer', 'store_credit',
                                           'loyalty_points')),
    amount_cents INTEGER NOT NULL,      -- MXN applied to the sale
    tendered_cents INTEGER NOT NULL,    -- what was handed over, in the tender's currency
    exchange_rate_ppm INTEGER,          -- MXN per USD × 1e6 for cash_usd
    reference TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;
INSERT INTO sale_payments_new(sale_id, line_no, method, amount_cents, tendered_cents, exchange_rate_ppm, reference)
SELECT sale_id, line_no, method, amount_cents, tendered_cents, exchange_rate_ppm, reference FROM sale_payments;
DROP TABLE sale_payments;
ALTER TABLE sale_payments_new RENAME TO sale_payments;
