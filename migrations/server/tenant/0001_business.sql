-- Server tenant database: the tenant's branches, people, customers, stock and ledgers as HQ sees them.
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
    name TEXT NOT NULL,                 -- razón social / nombre as registered with the SAT
    rfc TEXT NOT NULL,
    fiscal_regime TEXT NOT NULL,        -- c_RegimenFiscal
    postal_code TEXT NOT NULL,          -- domicilio fiscal
    cfdi_use TEXT NOT NULL DEFAULT 'G03',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT 'publico',
    credit_limit_cents INTEGER NOT NULL DEFAULT 0,
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
    mileage_km INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_vehicles_customer ON customer_vehicles(customer_id);

-- Balance per (part, warehouse), kept by the same transaction as each movement.
CREATE TABLE stock_levels (
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL REFERENCES warehouses(id),
    quantity INTEGER NOT NULL,          -- thousandths
    min_quantity INTEGER NOT NULL DEFAULT 0,
    max_quantity INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (part_id, warehouse_id)
) WITHOUT ROWID;

CREATE TABLE sales (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    branch_id TEXT NOT NULL REFERENCES branches(id),
    device_id TEXT NOT NULL,
    folio TEXT NOT NULL,
    cashier_id TEXT NOT NULL,
    customer_id TEXT,
    price_list TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'MXN',
    subtotal_cents INTEGER NOT NULL,    -- sum of line bases
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    sold_at TEXT NOT NULL               -- UTC
);
CREATE INDEX sales_branch_time ON sales(branch_id, sold_at);

CREATE TABLE sale_lines (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity INTEGER NOT NULL,          -- thousandths
    unit_price_cents INTEGER NOT NULL,  -- tax included
    discount_cents INTEGER NOT NULL DEFAULT 0,
    base_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    tax_code TEXT NOT NULL,
    cost_cents INTEGER NOT NULL,
    retail_price_cents INTEGER NOT NULL,
    price_version INTEGER NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

CREATE TABLE sale_payments (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    method TEXT NOT NULL,               -- c_FormaPago: 01 efectivo, 04 tarjeta crédito, 28 débito, 03 transferencia
    amount_cents INTEGER NOT NULL,
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sale_payments_sale ON sale_payments(sale_id);

CREATE TABLE tenant_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
