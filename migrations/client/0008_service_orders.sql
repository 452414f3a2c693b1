-- The workshop's service orders (issue 9): the order with a copy of its customer and vehicle, parts reserved from
-- stock, labor, the inspection checklist, notes and the history of its moves. Every change here is also a fact in
-- the outbox ("service_order.*"), written by the same transaction. Amounts integer centavos (tax included, as at the
-- counter), quantities and hours thousandths, times UTC ISO-8601.

CREATE TABLE service_orders (
    id TEXT PRIMARY KEY,                -- UUID v7 generated on the device
    folio TEXT NOT NULL,                -- "OS-000001", counted per branch
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,            -- the device that opened it
    status TEXT NOT NULL CHECK (status IN ('received', 'diagnosis', 'waiting_parts', 'repair', 'quality_check',
                                           'ready', 'delivered', 'cancelled')),
    customer_id TEXT NOT NULL DEFAULT '', -- the customers row once linked ('' until then)
    customer_name TEXT NOT NULL CHECK (length(trim(customer_name)) > 0), -- copy taken at reception
    customer_phone TEXT NOT NULL DEFAULT '',
    vehicle_id TEXT NOT NULL DEFAULT '',
    vehicle_plates TEXT NOT NULL DEFAULT '',
    vehicle_vin TEXT NOT NULL DEFAULT '',
    vehicle_make TEXT NOT NULL DEFAULT '',
    vehicle_model TEXT NOT NULL DEFAULT '',
    vehicle_year INTEGER NOT NULL DEFAULT 0,
    mileage_km INTEGER NOT NULL DEFAULT 0,
    complaint TEXT NOT NULL DEFAULT '', -- what the customer says is wrong
    diagnosis TEXT NOT NULL DEFAULT '',
    mechanic_id TEXT NOT NULL DEFAULT '', -- '' unassigned
    mechanic_name TEXT NOT NULL DEFAULT '',
    promised_at TEXT NOT NULL DEFAULT '', -- '' nothing promised
    estimate_cents INTEGER,             -- the total the customer approved; NULL not approved yet
    estimate_note TEXT NOT NULL DEFAULT '',
    estimate_recorded_by TEXT NOT NULL DEFAULT '',
    estimate_at TEXT NOT NULL DEFAULT '',
    sale_id TEXT,                       -- the counter sale that charged it
    sale_folio TEXT,
    charged_at TEXT,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (branch_id, folio)
);
CREATE INDEX service_orders_board ON service_orders(status, updated_at);
CREATE INDEX service_orders_mechanic ON service_orders(mechanic_id, status);

CREATE TABLE service_order_parts (
    id TEXT PRIMARY KEY,                -- UUID v7
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL DEFAULT 0, -- 0: requested by description, no catalogue part chosen yet
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    warehouse_id TEXT NOT NULL DEFAULT '', -- '' while only requested
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL DEFAULT 0, -- tax included
    retail_price_cents INTEGER NOT NULL DEFAULT 0,
    cost_cents INTEGER NOT NULL DEFAULT 0,
    price_version INTEGER NOT NULL DEFAULT 1,
    tax_code TEXT NOT NULL DEFAULT 'iva16',
    sat_product_key TEXT NOT NULL DEFAULT '',
    sat_unit_key TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('requested', 'reserved', 'released', 'charged')),
    note TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (order_id, line_no),
    CHECK (status = 'requested' OR (part_id > 0 AND warehouse_id <> ''))
);
CREATE INDEX service_order_parts_reserved ON service_order_parts(part_id, warehouse_id) WHERE status = 'reserved';

-- What the workshop holds back per (part, warehouse): the sum of the reserved lines above, kept by the same
-- transaction. What the counter may still sell is stock_levels.quantity − this.
CREATE TABLE stock_reservations (
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0), -- thousandths
    PRIMARY KEY (part_id, warehouse_id)
) WITHOUT ROWID;

CREATE TABLE service_order_labor (
    id TEXT PRIMARY KEY,                -- UUID v7
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    mechanic_id TEXT NOT NULL DEFAULT '',
    mechanic_name TEXT NOT NULL DEFAULT '',
    pricing TEXT NOT NULL CHECK (pricing IN ('hourly', 'flat')),
    hours INTEGER NOT NULL DEFAULT 0,   -- thousandths of an hour
    rate_cents INTEGER NOT NULL DEFAULT 0, -- per hour, tax included
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0), -- tax included
    tax_code TEXT NOT NULL DEFAULT 'iva16',
    removed INTEGER NOT NULL DEFAULT 0,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (order_id, line_no)
);

CREATE TABLE service_order_checklist (
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    item_no INTEGER NOT NULL,
    code TEXT NOT NULL,                 -- a standard item (brakes, tires…) or 'custom'
    label TEXT NOT NULL DEFAULT '',     -- a custom item's text
    state TEXT NOT NULL DEFAULT 'unchecked' CHECK (state IN ('unchecked', 'ok', 'attention', 'urgent')),
    note TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, item_no)
) WITHOUT ROWID;

-- Append-only: every move of an order (and its opening), who made it, who authorised it, why.
CREATE TABLE service_order_history (
    id TEXT PRIMARY KEY,                -- UUID v7
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    from_status TEXT,                   -- NULL for the opening
    to_status TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    authorized_by_id TEXT NOT NULL DEFAULT '', -- the manager whose PIN allowed it
    authorized_by TEXT NOT NULL DEFAULT '',    -- their name
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX service_order_history_order ON service_order_history(order_id, at);
CREATE TRIGGER service_order_history_no_update BEFORE UPDATE ON service_order_history
BEGIN
    SELECT RAISE(ABORT, 'service_order_history is append-only');
END;
CREATE TRIGGER service_order_history_no_delete BEFORE DELETE ON service_order_history
BEGIN
    SELECT RAISE(ABORT, 'service_order_history is append-only');
END;

CREATE TABLE service_order_notes (
    id TEXT PRIMARY KEY,                -- UUID v7
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    at TEXT NOT NULL
);
CREATE INDEX service_order_notes_order ON service_order_notes(order_id, at);
