-- Server tenant database: fleets as the counters push them (issue 9). fleet.saved upserts fleets by customer, the
-- latest edit winning; maintenance.plan_saved upserts each line of a vehicle's plan by id, the latest edit winning;
-- maintenance.done appends a service done (append-only, one row per plan line covered).

CREATE TABLE fleets (
    customer_id TEXT PRIMARY KEY,       -- no foreign key: a fleet may arrive before a quarantined customer is fixed
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    statement_day INTEGER NOT NULL,
    template TEXT NOT NULL,             -- JSON [{name, every_km, every_months}], as the fact carried it
    updated_at TEXT NOT NULL,           -- the edit's time on the device (UTC)
    device_id TEXT NOT NULL
);

CREATE TABLE maintenance_plan_items (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    vehicle_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    every_km INTEGER NOT NULL,
    every_months INTEGER NOT NULL,
    start_on TEXT NOT NULL,             -- YYYY-MM-DD
    start_km INTEGER NOT NULL,
    active INTEGER NOT NULL,
    updated_at TEXT NOT NULL,           -- the plan edit's time on the device (UTC)
    device_id TEXT NOT NULL
);
CREATE INDEX maintenance_plan_items_vehicle ON maintenance_plan_items(vehicle_id);

CREATE TABLE maintenance_records (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    vehicle_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    plan_item_id TEXT NOT NULL,
    item_name TEXT NOT NULL,
    done_on TEXT NOT NULL,              -- YYYY-MM-DD
    odometer_km INTEGER NOT NULL,
    service_order_id TEXT NOT NULL,
    service_order_folio TEXT NOT NULL,
    note TEXT NOT NULL,
    user_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL,          -- on the device (UTC)
    received_at TEXT NOT NULL
);
CREATE INDEX maintenance_records_vehicle ON maintenance_records(vehicle_id, done_on);
