-- The workshop's shared data goes down to every counter of the tenant through the "workshop" pull bucket (issue 9):
-- the warranty policies (pushed by the counters as warranty_policy.saved / .removed, the latest edit winning), the
-- fleets, their vehicles' maintenance plan lines and the log of services done. One change_log entry per row, scope
-- '*'; keys "policy/<scope>/<brand>/<category>", "fleet/<customer>", "plan/<id>", "record/<id>"; each row says its
-- "kind". Triggers write the log in the same transaction as the change, whoever writes.
CREATE TABLE warranty_policies (
    scope TEXT NOT NULL CHECK (scope IN ('part', 'labor')),
    brand_id INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    days INTEGER NOT NULL,
    label TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,           -- the edit's time on the device (UTC)
    device_id TEXT NOT NULL,
    PRIMARY KEY (scope, brand_id, category_id)
);
-- A removed policy is remembered with its time, so an older edit arriving late does not bring it back.
CREATE TABLE warranty_policy_removals (
    scope TEXT NOT NULL,
    brand_id INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    removed_at TEXT NOT NULL,
    PRIMARY KEY (scope, brand_id, category_id)
);

CREATE VIEW workshop_policy_rows AS
SELECT p.scope, p.brand_id, p.category_id,
       'policy/' || p.scope || '/' || p.brand_id || '/' || p.category_id AS key,
       json_object('kind', 'policy', 'scope', p.scope, 'brand_id', p.brand_id, 'category_id', p.category_id,
                   'days', p.days, 'label', p.label, 'updated_by', p.updated_by, 'updated_at', p.updated_at) AS row
FROM warranty_policies p;
CREATE VIEW workshop_fleet_rows AS
SELECT f.customer_id, 'fleet/' || f.customer_id AS key,
       json_object('kind', 'fleet', 'customer_id', f.customer_id, 'contact_name', f.contact_name,
                   'contact_phone', f.contact_phone, 'contact_email', f.contact_email,
                   'statement_day', f.statement_day, 'template', json(f.template), 'updated_at', f.updated_at) AS row
FROM fleets f;
CREATE VIEW workshop_plan_rows AS
SELECT i.id, 'plan/' || i.id AS key,
       json_object('kind', 'plan', 'id', i.id, 'vehicle_id', i.vehicle_id, 'customer_id', i.customer_id,
                   'name', i.name, 'every_km', i.every_km, 'every_months', i.every_months, 'start_on', i.start_on,
                   'start_km', i.start_km, 'active', i.active, 'updated_at', i.updated_at) AS row
FROM maintenance_plan_items i;
CREATE VIEW workshop_record_rows AS
SELECT r.id, 'record/' || r.id AS key,
       json_object('kind', 'record', 'id', r.id, 'vehicle_id', r.vehicle_id, 'customer_id', r.customer_id,
                   'plan_item_id', r.plan_item_id, 'item_name', r.item_name, 'done_on', r.done_on,
                   'odometer_km', r.odometer_km, 'service_order_id', r.service_order_id,
                   'service_order_folio', r.service_order_folio, 'note', r.note, 'user_id', r.user_id,
                   'recorded_at', r.recorded_at) AS row
FROM maintenance_records r;

CREATE TRIGGER warranty_policies_log_insert AFTER INSERT ON warranty_policies
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*'
        AND key = 'policy/' || NEW.scope || '/' || NEW.brand_id || '/' || NEW.category_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_policy_rows r
    WHERE r.scope = NEW.scope AND r.brand_id = NEW.brand_id AND r.category_id = NEW.category_id;
END;
CREATE TRIGGER warranty_policies_log_update AFTER UPDATE ON warranty_policies
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*'
        AND key = 'policy/' || NEW.scope || '/' || NEW.brand_id || '/' || NEW.category_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_policy_rows r
    WHERE r.scope = NEW.scope AND r.brand_id = NEW.brand_id AND r.category_id = NEW.category_id;
END;
CREATE TRIGGER warranty_policies_log_delete AFTER DELETE ON warranty_policies
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*'
        AND key = 'policy/' || OLD.scope || '/' || OLD.brand_id || '/' || OLD.category_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('workshop', '*', 'policy/' || OLD.scope || '/' || OLD.brand_id || '/' || OLD.category_id, NULL, 1);
END;

CREATE TRIGGER fleets_log_insert AFTER INSERT ON fleets
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*' AND key = 'fleet/' || NEW.customer_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_fleet_rows r WHERE r.customer_id = NEW.customer_id;
END;
CREATE TRIGGER fleets_log_update AFTER UPDATE ON fleets
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*' AND key = 'fleet/' || NEW.customer_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_fleet_rows r WHERE r.customer_id = NEW.customer_id;
END;

CREATE TRIGGER maintenance_plan_items_log_insert AFTER INSERT ON maintenance_plan_items
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*' AND key = 'plan/' || NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_plan_rows r WHERE r.id = NEW.id;
END;
CREATE TRIGGER maintenance_plan_items_log_update AFTER UPDATE ON maintenance_plan_items
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*' AND key = 'plan/' || NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_plan_rows r WHERE r.id = NEW.id;
END;

CREATE TRIGGER maintenance_records_log_insert AFTER INSERT ON maintenance_records
BEGIN
    DELETE FROM change_log WHERE bucket = 'workshop' AND scope = '*' AND key = 'record/' || NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'workshop', '*', r.key, r.row, 0 FROM workshop_record_rows r WHERE r.id = NEW.id;
END;

-- Backfill: what the counters pushed before this log, in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'workshop', '*', key, row, 0 FROM workshop_fleet_rows ORDER BY key;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'workshop', '*', key, row, 0 FROM workshop_plan_rows ORDER BY key;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'workshop', '*', key, row, 0 FROM workshop_record_rows ORDER BY key;
