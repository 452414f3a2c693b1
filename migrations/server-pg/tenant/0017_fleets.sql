-- PostgreSQL twin of server/tenant/0017: fleets, maintenance plan lines and the services done.
CREATE TABLE fleets (
    customer_id TEXT PRIMARY KEY,
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    statement_day INTEGER NOT NULL,
    template TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL
);

CREATE TABLE maintenance_plan_items (
    id TEXT PRIMARY KEY,
    vehicle_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    every_km BIGINT NOT NULL,
    every_months INTEGER NOT NULL,
    start_on TEXT NOT NULL,
    start_km BIGINT NOT NULL,
    active INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL
);
CREATE INDEX maintenance_plan_items_vehicle ON maintenance_plan_items(vehicle_id);

CREATE TABLE maintenance_records (
    id TEXT PRIMARY KEY,
    vehicle_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    plan_item_id TEXT NOT NULL,
    item_name TEXT NOT NULL,
    done_on TEXT NOT NULL,
    odometer_km BIGINT NOT NULL,
    service_order_id TEXT NOT NULL,
    service_order_folio TEXT NOT NULL,
    note TEXT NOT NULL,
    user_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX maintenance_records_vehicle ON maintenance_records(vehicle_id, done_on);
