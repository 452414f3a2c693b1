-- The counter's ledgers: cash sessions, sales with lines and payments, the stock movement ledger with its O(1)
-- balance summary, per-series folio counters and the sync outbox. All amounts integer centavos, quantities thousandths.

CREATE TABLE cash_sessions (
    id TEXT PRIMARY KEY,                -- UUID v7
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opening_float_cents INTEGER NOT NULL,
    closed_by TEXT,
    closed_at TEXT,
    counted_cash_cents INTEGER,         -- set at close (corte Z)
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
-- One open till per device.
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(device_id) WHERE status = 'open';

CREATE TABLE folio_counters (
    series TEXT PRIMARY KEY,            -- per branch and device, e.g. "MTZ1"
    next_number INTEGER NOT NULL
);

CREATE TABLE sales (
    id TEXT PRIMARY KEY,                -- UUID v7 generated on the device
    folio TEXT NOT NULL UNIQUE,         -- "MTZ1-000123"
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    cashier_id TEXT NOT NULL,
    customer_id TEXT,
    price_list TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'MXN',
    subtotal_cents INTEGER NOT NULL,    -- sum of line bases
    tax_cents INTEGER NOT NULL,         -- sum of line taxes
    total_cents INTEGER NOT NULL,       -- sum of line gross amounts
    discount_cents INTEGER NOT NULL,    -- sum of line discounts (tax included)
    change_cents INTEGER NOT NULL DEFAULT 0,
    sold_at TEXT NOT NULL,              -- UTC ISO-8601
    status TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('completed', 'cancelled'))
);
CREATE INDEX sales_session ON sales(cash_session_id);
CREATE INDEX sales_sold_at ON sales(sold_at);

CREATE TABLE sale_lines (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,  -- tax included, from the price list
    discount_cents INTEGER NOT NULL,    -- tax included (line discount + its share of a ticket discount)
    base_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    tax_code TEXT NOT NULL,
    cost_cents INTEGER NOT NULL,
    retail_price_cents INTEGER NOT NULL,
    price_version INTEGER NOT NULL,
    sat_product_key TEXT NOT NULL,
    sat_unit_key TEXT NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

CREATE TABLE sale_payments (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('cash', 'cash_usd', 'card_credit', 'card_debit', 'transfer', 'store_credit')),
    amount_cents INTEGER NOT NULL,      -- MXN applied to the sale
    tendered_cents INTEGER NOT NULL,    -- what was handed over, in the tender's currency
    exchange_rate_ppm INTEGER,          -- MXN per USD × 1e6 for cash_usd
    reference TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

-- The stock ledger: every change of stock is a movement; balances below are kept by the same transaction.
CREATE TABLE stock_movements (
    id TEXT PRIMARY KEY,                -- UUID v7
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'receipt', 'transfer_out', 'transfer_in', 'adjustment', 'count')),
    quantity INTEGER NOT NULL,          -- signed thousandths
    ref_type TEXT NOT NULL,             -- sale, return, purchase_order, transfer, count…
    ref_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX stock_movements_part ON stock_movements(part_id, warehouse_id, at);
CREATE INDEX stock_movements_ref ON stock_movements(ref_type, ref_id);

CREATE TABLE stock_levels (
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity INTEGER NOT NULL,          -- thousandths; negative allowed offline (raises an exception, never blocks)
    PRIMARY KEY (part_id, warehouse_id)
) WITHOUT ROWID;

-- Facts waiting to go up to the server, in seq order (DESIGN.md "Up (push)").
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- per-device monotonic, never reused (AUTOINCREMENT: even after pruning)
    mutation_id TEXT NOT NULL UNIQUE,   -- UUID v7
    type TEXT NOT NULL,                 -- sale.completed, cash_session.opened…
    schema_v INTEGER NOT NULL,
    payload TEXT NOT NULL,              -- JSON
    created_at TEXT NOT NULL,
    acked_at TEXT                       -- set when the server acknowledged it
);
CREATE INDEX outbox_pending ON outbox(seq) WHERE acked_at IS NULL;
