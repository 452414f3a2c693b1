-- PostgreSQL twin of server/tenant/0011: the workshop's service orders as the devices push them ("service_order.*"
-- facts), in any order across a branch's devices (no foreign keys; the latest fact wins per header field). Money,
-- quantities, hours and mileage are BIGINT here.

CREATE TABLE service_orders (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '', -- the device that opened it ('' until the opening arrives)
    folio TEXT NOT NULL DEFAULT '',     -- "OS-000001", per branch
    status TEXT NOT NULL CHECK (status IN ('received', 'diagnosis', 'waiting_parts', 'repair', 'quality_check',
                                           'ready', 'delivered', 'cancelled')),
    status_at TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL DEFAULT '',
    customer_name TEXT NOT NULL DEFAULT '',
    customer_phone TEXT NOT NULL DEFAULT '',
    vehicle_id TEXT NOT NULL DEFAULT '',
    vehicle_plates TEXT NOT NULL DEFAULT '',
    vehicle_vin TEXT NOT NULL DEFAULT '',
    vehicle_make TEXT NOT NULL DEFAULT '',
    vehicle_model TEXT NOT NULL DEFAULT '',
    vehicle_year INTEGER NOT NULL DEFAULT 0,
    mileage_km BIGINT NOT NULL DEFAULT 0,
    complaint TEXT NOT NULL DEFAULT '',
    diagnosis TEXT NOT NULL DEFAULT '',
    diagnosis_at TEXT NOT NULL DEFAULT '',
    mechanic_id TEXT NOT NULL DEFAULT '',
    mechanic_name TEXT NOT NULL DEFAULT '',
    mechanic_at TEXT NOT NULL DEFAULT '',
    promised_at TEXT NOT NULL DEFAULT '', -- '' nothing promised
    promised_set_at TEXT NOT NULL DEFAULT '',
    estimate_cents BIGINT,             -- the total the customer approved
    estimate_note TEXT NOT NULL DEFAULT '',
    estimate_at TEXT NOT NULL DEFAULT '',
    sale_id TEXT,
    sale_folio TEXT,
    charged_at TEXT,
    opened_by TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL DEFAULT '', -- '' until the opening arrives
    received_at TEXT NOT NULL
);
CREATE INDEX service_orders_branch ON service_orders(branch_id, status);

CREATE TABLE service_order_parts (
    id TEXT PRIMARY KEY,                -- the device's line id
    order_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    part_id BIGINT NOT NULL,           -- 0: requested by description
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity BIGINT NOT NULL,          -- thousandths
    unit_price_cents BIGINT NOT NULL,  -- tax included
    tax_code TEXT NOT NULL,
    sat_product_key TEXT NOT NULL,
    sat_unit_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'reserved', 'released', 'charged')),
    status_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_order_parts_order ON service_order_parts(order_id);

CREATE TABLE service_order_labor (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL,
    mechanic_id TEXT NOT NULL DEFAULT '',
    mechanic_name TEXT NOT NULL DEFAULT '',
    pricing TEXT NOT NULL CHECK (pricing IN ('hourly', 'flat')),
    hours BIGINT NOT NULL,             -- thousandths
    rate_cents BIGINT NOT NULL,
    amount_cents BIGINT NOT NULL,      -- tax included
    tax_code TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE INDEX service_order_labor_order ON service_order_labor(order_id);

CREATE TABLE service_order_history (
    id TEXT PRIMARY KEY,                -- the device's history row id
    order_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '', -- '' for the opening
    to_status TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    authorized_by_id TEXT NOT NULL DEFAULT '',
    authorized_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX service_order_history_order ON service_order_history(order_id, at);

CREATE TABLE service_order_checklist (
    order_id TEXT NOT NULL,
    item_no INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('unchecked', 'ok', 'attention', 'urgent')),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (order_id, item_no)
);

-- Every fact as it arrived (notes live only here): HQ's audit trail of the order. id is the fact's event_id, so the
-- same fact pushed again under another mutation id is recognised.
CREATE TABLE service_order_events (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    type TEXT NOT NULL,                 -- service_order.opened, .moved, .part_added…
    user_id TEXT NOT NULL,
    at TEXT NOT NULL,                   -- when it happened on the device (UTC)
    payload TEXT NOT NULL,              -- JSON as pushed
    received_at TEXT NOT NULL
);
CREATE INDEX service_order_events_order ON service_order_events(order_id, at);
