-- The rest of the counter's day: cash in/out of the till, the till's close (corte Z) with what was counted per tender
-- and per denomination, and returns of sold tickets with their refunds. All amounts integer centavos, quantities
-- thousandths. Every row here is also a fact in the outbox, written by the same transaction.

-- Cash put into or taken out of the drawer outside a sale (change fund top-up, paying a supplier, a withdrawal).
CREATE TABLE cash_movements (
    id TEXT PRIMARY KEY,                -- UUID v7
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    user_id TEXT NOT NULL,
    authorized_by TEXT,                 -- manager who approved a withdrawal above the cashier's rights
    at TEXT NOT NULL                    -- UTC ISO-8601
);
CREATE INDEX cash_movements_session ON cash_movements(cash_session_id, at);

-- The close: expected (from the ledgers) against counted, per tender method, frozen at close time.
CREATE TABLE cash_session_tenders (
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    method TEXT NOT NULL,               -- cash, cash_usd, card_credit, card_debit, transfer, store_credit
    expected_cents INTEGER NOT NULL,
    counted_cents INTEGER NOT NULL,
    PRIMARY KEY (cash_session_id, method)
) WITHOUT ROWID;

-- The cash count at close, bill by bill and coin by coin (MXN; USD cash is counted as a total per tender above).
CREATE TABLE cash_session_denominations (
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    denomination_cents INTEGER NOT NULL CHECK (denomination_cents > 0),
    pieces INTEGER NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (cash_session_id, denomination_cents)
) WITHOUT ROWID;

ALTER TABLE cash_sessions ADD COLUMN z_number INTEGER;          -- consecutive per device, set at close
ALTER TABLE cash_sessions ADD COLUMN close_note TEXT NOT NULL DEFAULT '';

-- A return of all or part of a ticket. Linked to the original sale; an invoiced sale will need a credit note (CFDI).
CREATE TABLE returns (
    id TEXT PRIMARY KEY,                -- UUID v7
    folio TEXT NOT NULL UNIQUE,         -- "MTZ1-D000012": the sale's series with a D, own counter
    sale_id TEXT NOT NULL REFERENCES sales(id),
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id), -- the till that paid the refund
    cashier_id TEXT NOT NULL,
    approved_by TEXT NOT NULL,          -- the manager who authorised it (may be the cashier when the role allows)
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    refund_method TEXT NOT NULL CHECK (refund_method IN ('cash', 'card_reversal', 'store_credit')),
    refund_reference TEXT NOT NULL DEFAULT '', -- card reversal authorisation, transfer reference…
    customer_id TEXT,                   -- who received store credit
    subtotal_cents INTEGER NOT NULL,    -- sum of returned line bases
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,       -- refunded amount, tax included
    returned_at TEXT NOT NULL
);
CREATE INDEX returns_sale ON returns(sale_id);
CREATE INDEX returns_session ON returns(cash_session_id);

CREATE TABLE return_lines (
    return_id TEXT NOT NULL REFERENCES returns(id),
    line_no INTEGER NOT NULL,
    sale_line_no INTEGER NOT NULL,      -- the line of the original ticket
    part_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    base_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    destination TEXT NOT NULL CHECK (destination IN ('stock', 'defective')),
    warehouse_id TEXT NOT NULL,         -- where the piece went back (a defective location is its own warehouse id)
    PRIMARY KEY (return_id, line_no)
) WITHOUT ROWID;

-- Store credit given and used per customer: a ledger, the balance is the sum.
CREATE TABLE store_credit_ledger (
    id TEXT PRIMARY KEY,                -- UUID v7
    customer_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,      -- + credit given (return), − credit used (sale)
    ref_type TEXT NOT NULL,             -- return | sale
    ref_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX store_credit_customer ON store_credit_ledger(customer_id);
