-- PostgreSQL twin of server/tenant/0001 (one schema per tenant): branches, people, customers, stock and ledgers.
-- Same tables and columns as the SQLite file; INTEGER money and quantities are BIGINT here (SQLite's are 64-bit).
CREATE TABLE branches (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    rfc TEXT NOT NULL DEFAULT '',
    fiscal_name TEXT NOT NULL DEFAULT '',
    fiscal_regime TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    border_region INTEGER NOT NULL DEFAULT 0,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE warehouses (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (branch_id, code)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'cashier', 'mechanic', 'hq')),
    branch_id TEXT REFERENCES branches(id),
    password_hash TEXT NOT NULL,
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rfc TEXT NOT NULL,
    fiscal_regime TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    cfdi_use TEXT NOT NULL DEFAULT 'G03',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT 'publico',
    credit_limit_cents BIGINT NOT NULL DEFAULT 0,
    credit_days INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX customers_rfc ON customers(rfc);

CREATE TABLE customer_vehicles (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    vin TEXT NOT NULL,
    plates TEXT NOT NULL,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    year INTEGER NOT NULL,
    engine TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    mileage_km BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX customer_vehicles_customer ON customer_vehicles(customer_id);

CREATE TABLE stock_levels (
    part_id BIGINT NOT NULL,
    warehouse_id TEXT NOT NULL REFERENCES warehouses(id),
    quantity BIGINT NOT NULL,           -- thousandths
    min_quantity BIGINT NOT NULL DEFAULT 0,
    max_quantity BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (part_id, warehouse_id)
);

CREATE TABLE sales (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    device_id TEXT NOT NULL,
    folio TEXT NOT NULL,
    cashier_id TEXT NOT NULL,
    customer_id TEXT,
    price_list TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'MXN',
    subtotal_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    sold_at TEXT NOT NULL
);
CREATE INDEX sales_branch_time ON sales(branch_id, sold_at);

CREATE TABLE sale_lines (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    part_id BIGINT NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit_price_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL DEFAULT 0,
    base_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    tax_code TEXT NOT NULL,
    cost_cents BIGINT NOT NULL,
    retail_price_cents BIGINT NOT NULL,
    price_version BIGINT NOT NULL,
    PRIMARY KEY (sale_id, line_no)
);

CREATE TABLE sale_payments (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    method TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sale_payments_sale ON sale_payments(sale_id);

CREATE TABLE tenant_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
