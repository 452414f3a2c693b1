-- Server tenant database: returns of sold tickets as the devices push them ("sale.returned"), and the store credit
-- they give. A return may name a sale the server has not received yet (sold on another device of the branch whose
-- push is late), so sale_id has no foreign key; the ingest opens an exception when the sale is unknown.
CREATE TABLE returns (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    folio TEXT NOT NULL,                -- "MTZ1-D000012"
    sale_id TEXT NOT NULL,
    sale_folio TEXT NOT NULL DEFAULT '',
    branch_id TEXT NOT NULL REFERENCES branches(id),
    device_id TEXT NOT NULL,
    cash_session_id TEXT NOT NULL DEFAULT '',
    cashier_id TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    refund_method TEXT NOT NULL CHECK (refund_method IN ('cash', 'card_reversal', 'store_credit')),
    refund_reference TEXT NOT NULL DEFAULT '',
    customer_id TEXT,
    subtotal_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    returned_at TEXT NOT NULL,          -- UTC, device time
    received_at TEXT NOT NULL           -- UTC, server time
);
CREATE INDEX returns_sale ON returns(sale_id);
CREATE INDEX returns_branch_time ON returns(branch_id, returned_at);

CREATE TABLE return_lines (
    return_id TEXT NOT NULL REFERENCES returns(id),
    line_no INTEGER NOT NULL,
    sale_line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity > 0), -- thousandths
    base_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    destination TEXT NOT NULL CHECK (destination IN ('stock', 'defective')),
    sale_warehouse_id TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,         -- "<warehouse id>:defective" for the defective location of a warehouse
    PRIMARY KEY (return_id, line_no)
);

-- Store credit per customer across the tenant: + given by a return, − used by a sale; the balance is the sum.
CREATE TABLE store_credit_ledger (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    ref_type TEXT NOT NULL,             -- return | sale
    ref_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX store_credit_ledger_customer ON store_credit_ledger(customer_id);
