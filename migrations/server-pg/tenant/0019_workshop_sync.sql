-- PostgreSQL twin of server/tenant/0019: the warranty policies and the "workshop" pull bucket (policies, fleets,
-- maintenance plan lines, services done) written by triggers through change_log_put.
CREATE TABLE warranty_policies (
    scope TEXT NOT NULL CHECK (scope IN ('part', 'labor')),
    brand_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    days INTEGER NOT NULL,
    label TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (scope, brand_id, category_id)
);
CREATE TABLE warranty_policy_removals (
    scope TEXT NOT NULL,
    brand_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    removed_at TEXT NOT NULL,
    PRIMARY KEY (scope, brand_id, category_id)
);

CREATE FUNCTION workshop_policy_key(p warranty_policies) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT 'policy/' || p.scope || '/' || p.brand_id || '/' || p.category_id;
$$;
CREATE FUNCTION workshop_policy_row(p warranty_policies) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'policy', 'scope', p.scope, 'brand_id', p.brand_id,
                             'category_id', p.category_id, 'days', p.days, 'label', p.label,
                             'updated_by', p.updated_by, 'updated_at', p.updated_at)::text;
$$;
CREATE FUNCTION workshop_fleet_row(f fleets) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'fleet', 'customer_id', f.customer_id, 'contact_name', f.contact_name,
                             'contact_phone', f.contact_phone, 'contact_email', f.contact_email,
                             'statement_day', f.statement_day, 'template', f.template::json,
                             'updated_at', f.updated_at)::text;
$$;
CREATE FUNCTION workshop_plan_row(i maintenance_plan_items) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'plan', 'id', i.id, 'vehicle_id', i.vehicle_id, 'customer_id', i.customer_id,
                             'name', i.name, 'every_km', i.every_km, 'every_months', i.every_months,
                             'start_on', i.start_on, 'start_km', i.start_km, 'active', i.active,
                             'updated_at', i.updated_at)::text;
$$;
CREATE FUNCTION workshop_record_row(r maintenance_records) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'record', 'id', r.id, 'vehicle_id', r.vehicle_id, 'customer_id', r.customer_id,
                             'plan_item_id', r.plan_item_id, 'item_name', r.item_name, 'done_on', r.done_on,
                             'odometer_km', r.odometer_km, 'service_order_id', r.service_order_id,
                             'service_order_folio', r.service_order_folio, 'note', r.note, 'user_id', r.user_id,
                             'recorded_at', r.recorded_at)::text;
$$;

CREATE FUNCTION warranty_policies_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM change_log_put('workshop', '*', workshop_policy_key(OLD), NULL);
    ELSE
        PERFORM change_log_put('workshop', '*', workshop_policy_key(NEW), workshop_policy_row(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER warranty_policies_log AFTER INSERT OR UPDATE OR DELETE ON warranty_policies
    FOR EACH ROW EXECUTE FUNCTION warranty_policies_log();

CREATE FUNCTION fleets_workshop_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('workshop', '*', 'fleet/' || NEW.customer_id, workshop_fleet_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER fleets_workshop_log AFTER INSERT OR UPDATE ON fleets
    FOR EACH ROW EXECUTE FUNCTION fleets_workshop_log();

CREATE FUNCTION maintenance_plan_items_workshop_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('workshop', '*', 'plan/' || NEW.id, workshop_plan_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER maintenance_plan_items_workshop_log AFTER INSERT OR UPDATE ON maintenance_plan_items
    FOR EACH ROW EXECUTE FUNCTION maintenance_plan_items_workshop_log();

CREATE FUNCTION maintenance_records_workshop_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('workshop', '*', 'record/' || NEW.id, workshop_record_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER maintenance_records_workshop_log AFTER INSERT ON maintenance_records
    FOR EACH ROW EXECUTE FUNCTION maintenance_records_workshop_log();

INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'workshop', '*', 'fleet/' || f.customer_id, workshop_fleet_row(f), 0 FROM fleets f ORDER BY f.customer_id;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'workshop', '*', 'plan/' || i.id, workshop_plan_row(i), 0 FROM maintenance_plan_items i ORDER BY i.id;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'workshop', '*', 'record/' || r.id, workshop_record_row(r), 0 FROM maintenance_records r ORDER BY r.id;
