-- PostgreSQL twin of server/tenant/0012: purchasing as the branches push it (suppliers, purchase orders, receipts that
-- move the server's stock exactly once, payments, each branch's average cost per part). Money, quantities, part ids and
-- versions are BIGINT here.

CREATE TABLE suppliers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rfc TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    credit_days INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'MXN',
    lead_time_days INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,           -- the device's time of the edit: an older edit arriving later loses
    branch_id TEXT NOT NULL,            -- the branch that made the last edit
    received_at TEXT NOT NULL
);

CREATE TABLE supplier_parts (
    supplier_id TEXT NOT NULL,
    part_id BIGINT NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    supplier_sku TEXT NOT NULL DEFAULT '',
    last_cost_cents BIGINT NOT NULL DEFAULT 0,
    preferred INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (supplier_id, part_id)
);

CREATE TABLE purchase_orders (
    id TEXT PRIMARY KEY,
    folio TEXT NOT NULL,
    supplier_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    exchange_rate_micros BIGINT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT '',
    cancelled_at TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    total_cents BIGINT NOT NULL,       -- ordered value, order currency
    version BIGINT NOT NULL,           -- the device's version: an older copy never overwrites a newer one
    device_id TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX purchase_orders_branch ON purchase_orders(branch_id, status);

CREATE TABLE purchase_order_lines (
    order_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    part_id BIGINT NOT NULL,
    sku TEXT NOT NULL,
    supplier_sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL,
    unit_cost_cents BIGINT NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE purchase_receipts (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL,
    folio TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    supplier_id TEXT NOT NULL,
    supplier_invoice TEXT NOT NULL DEFAULT '',
    received_by TEXT NOT NULL,
    received_at TEXT NOT NULL,          -- at the branch
    note TEXT NOT NULL DEFAULT '',
    total_mxn_cents BIGINT NOT NULL,
    device_id TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE INDEX purchase_receipts_supplier ON purchase_receipts(supplier_id);
CREATE INDEX purchase_receipts_order ON purchase_receipts(order_id);

CREATE TABLE purchase_receipt_lines (
    receipt_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    part_id BIGINT NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    ordered_cost_cents BIGINT NOT NULL,
    unit_cost_cents BIGINT NOT NULL,
    unit_cost_mxn_cents BIGINT NOT NULL,
    average_cost_cents BIGINT NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
);

CREATE TABLE supplier_payments (
    id TEXT PRIMARY KEY,
    supplier_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    paid_by TEXT NOT NULL,
    paid_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE INDEX supplier_payments_supplier ON supplier_payments(supplier_id);

-- Each branch's weighted average cost per part as its last receipt left it (MXN centavos).
CREATE TABLE branch_part_costs (
    branch_id TEXT NOT NULL,
    part_id BIGINT NOT NULL,
    average_cost_cents BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (branch_id, part_id)
);
