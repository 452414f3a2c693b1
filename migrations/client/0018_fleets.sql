-- Fleets (issue 9): companies whose vehicles the workshop maintains. A customer marked as a fleet (contact, the day
-- of the month its statement closes, the plan template applied to its vehicles), each vehicle's maintenance plan
-- (every N km and/or every M months, whichever comes first) and the log of services done. Each change is also a fact
-- in the outbox written by the same transaction (fleet.saved, maintenance.plan_saved, maintenance.done).
-- Dates YYYY-MM-DD (the store's day), times UTC ISO-8601, distances whole kilometres.

CREATE TABLE fleets (
    customer_id TEXT PRIMARY KEY,       -- the company (customers.id)
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    statement_day INTEGER NOT NULL DEFAULT 1 CHECK (statement_day BETWEEN 1 AND 28),
    template TEXT NOT NULL DEFAULT '[]', -- JSON [{name, every_km, every_months}]: the plan its vehicles share
    updated_at TEXT NOT NULL
);

-- One line of a vehicle's plan. The cycle starts at its last maintenance_records row, or at start_on/start_km
-- (the day the line was added and the odometer known then) while it was never done.
CREATE TABLE maintenance_plan_items (
    id TEXT PRIMARY KEY,                -- UUID v7
    vehicle_id TEXT NOT NULL,           -- customer_vehicles.id
    customer_id TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    every_km INTEGER NOT NULL DEFAULT 0 CHECK (every_km >= 0),
    every_months INTEGER NOT NULL DEFAULT 0 CHECK (every_months >= 0),
    start_on TEXT NOT NULL,
    start_km INTEGER NOT NULL DEFAULT 0 CHECK (start_km >= 0),
    active INTEGER NOT NULL DEFAULT 1,  -- 0: taken off the plan (kept for the log's sake)
    updated_at TEXT NOT NULL,
    CHECK (every_km > 0 OR every_months > 0)
);
CREATE INDEX maintenance_plan_items_vehicle ON maintenance_plan_items(vehicle_id);

-- Append-only: a plan line done on a day at an odometer reading, by a service order when there was one.
CREATE TABLE maintenance_records (
    id TEXT PRIMARY KEY,                -- UUID v7
    vehicle_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    plan_item_id TEXT NOT NULL,
    item_name TEXT NOT NULL,            -- copy: the line may be renamed later
    done_on TEXT NOT NULL,
    odometer_km INTEGER NOT NULL CHECK (odometer_km >= 0),
    service_order_id TEXT NOT NULL DEFAULT '',
    service_order_folio TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    user_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX maintenance_records_item ON maintenance_records(plan_item_id, done_on);
CREATE INDEX maintenance_records_vehicle ON maintenance_records(vehicle_id, done_on);
CREATE TRIGGER maintenance_records_no_update BEFORE UPDATE ON maintenance_records
BEGIN
    SELECT RAISE(ABORT, 'maintenance_records is append-only');
END;

CREATE INDEX service_orders_vehicle ON service_orders(vehicle_id) WHERE vehicle_id <> '';

INSERT INTO notification_templates(event, channel, subject, body) VALUES
    ('maintenance_due', 'in_app', 'Mantenimiento: {vehiculo}',
     '{servicio} de {vehiculo} ({cliente}) toca el {fecha}.');
