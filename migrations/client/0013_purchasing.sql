-- Purchasing (issue 8): suppliers with their part numbers and last costs, purchase orders (draft → sent → partially
-- received → received → closed, or cancelled), receipts against an order (each a 'receipt' stock movement per line,
-- with the differences in quantity and price kept), the branch's weighted average cost per part, and payments to
-- suppliers (payables = value received − payments). Every change is a fact in the outbox (supplier.saved,
-- purchase_order.saved, purchase.received, supplier.payment) in the same transaction.

CREATE TABLE suppliers (
    id TEXT PRIMARY KEY,                -- UUID v7
    name TEXT NOT NULL,                 -- razón social or trade name
    rfc TEXT NOT NULL DEFAULT '',       -- validated (core/customers/rfc.h), upper case; '' for a foreign supplier
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',     -- 10 digits (also the WhatsApp number)
    email TEXT NOT NULL DEFAULT '',
    credit_days INTEGER NOT NULL DEFAULT 0 CHECK (credit_days >= 0),
    currency TEXT NOT NULL DEFAULT 'MXN' CHECK (currency IN ('MXN', 'USD')),
    lead_time_days INTEGER NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX suppliers_name ON suppliers(name);

-- What a supplier sells us: its own part number and the last unit cost (in the supplier's currency, tax excluded);
-- the last cost is updated by every receipt. `preferred` marks the supplier a suggested order goes to.
CREATE TABLE supplier_parts (
    supplier_id TEXT NOT NULL REFERENCES suppliers(id),
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,                  -- ours (catalogue)
    description TEXT NOT NULL DEFAULT '',
    supplier_sku TEXT NOT NULL DEFAULT '',
    last_cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (last_cost_cents >= 0),
    preferred INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (supplier_id, part_id)
) WITHOUT ROWID;
CREATE INDEX supplier_parts_part ON supplier_parts(part_id);

CREATE TABLE purchase_orders (
    id TEXT PRIMARY KEY,                -- UUID v7
    folio TEXT NOT NULL,                -- "GDL1-OC000003"
    supplier_id TEXT NOT NULL REFERENCES suppliers(id),
    branch_id TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,         -- where the pieces are received
    currency TEXT NOT NULL CHECK (currency IN ('MXN', 'USD')),
    exchange_rate_micros INTEGER NOT NULL CHECK (exchange_rate_micros > 0), -- MXN per unit of currency × 10^6
    status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'partially_received', 'received', 'closed', 'cancelled')),
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    closed_at TEXT,
    cancelled_at TEXT,
    cancel_reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1, -- +1 on every change: the server keeps the newest
    updated_at TEXT NOT NULL
);
CREATE INDEX purchase_orders_status ON purchase_orders(status, created_at);
CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id);

CREATE TABLE purchase_order_lines (
    order_id TEXT NOT NULL REFERENCES purchase_orders(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    barcode TEXT NOT NULL DEFAULT '',   -- from the catalogue: what the scanner reads at receiving
    supplier_sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),              -- thousandths ordered
    unit_cost_cents INTEGER NOT NULL CHECK (unit_cost_cents >= 0), -- in the order's currency, tax excluded
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

CREATE TABLE purchase_receipts (
    id TEXT PRIMARY KEY,                -- UUID v7; movements are "<id>:<line no>"
    order_id TEXT NOT NULL REFERENCES purchase_orders(id),
    supplier_id TEXT NOT NULL,
    supplier_invoice TEXT NOT NULL DEFAULT '', -- the supplier's invoice (factura) or remission number
    received_by TEXT NOT NULL,
    received_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    total_mxn_cents INTEGER NOT NULL    -- value received, MXN: what is owed for it
);
CREATE INDEX purchase_receipts_order ON purchase_receipts(order_id);
CREATE INDEX purchase_receipts_supplier ON purchase_receipts(supplier_id);

CREATE TABLE purchase_receipt_lines (
    receipt_id TEXT NOT NULL REFERENCES purchase_receipts(id),
    line_no INTEGER NOT NULL,           -- purchase_order_lines.line_no
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    ordered_cost_cents INTEGER NOT NULL, -- the order's unit cost: a different unit_cost is a price difference
    unit_cost_cents INTEGER NOT NULL CHECK (unit_cost_cents >= 0), -- as invoiced, order currency
    unit_cost_mxn_cents INTEGER NOT NULL,
    average_cost_cents INTEGER NOT NULL, -- the branch's average cost of the part after this line
    PRIMARY KEY (receipt_id, line_no)
) WITHOUT ROWID;

-- The branch's weighted average cost per part (MXN centavos, tax excluded), moved by every receipt. The catalogue's
-- cost_cents stays head office's last purchase cost; this one is the branch's own and travels up with each receipt.
CREATE TABLE part_costs (
    part_id INTEGER PRIMARY KEY,
    average_cost_cents INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE supplier_payments (
    id TEXT PRIMARY KEY,                -- UUID v7
    supplier_id TEXT NOT NULL REFERENCES suppliers(id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), -- MXN
    method TEXT NOT NULL,               -- transfer, cash, check
    reference TEXT NOT NULL DEFAULT '',
    paid_by TEXT NOT NULL,
    paid_at TEXT NOT NULL
);
CREATE INDEX supplier_payments_supplier ON supplier_payments(supplier_id);
