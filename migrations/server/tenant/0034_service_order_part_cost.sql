-- A part line of a service order carries its list price, cost and price version (issue 9): service_order.part_added
-- and part_reserved schema 2 send them, so a counter that pulled an order (not the one that opened it) charges it
-- with the cost and price version the line was reserved with, not 0 / the unit price / 1. NULL: the line came in a
-- schema-1 fact (a client older than this), the server does not know them; the bucket publishes null and the
-- counter that charges the line takes them from its catalogue then (core/workshop/serviceordercharge.h).
-- The "service_orders" bucket's view and the trigger that reads it are made again with the three fields.

ALTER TABLE service_order_parts ADD COLUMN retail_price_cents INTEGER;
ALTER TABLE service_order_parts ADD COLUMN cost_cents INTEGER;
ALTER TABLE service_order_parts ADD COLUMN price_version INTEGER;

DROP TRIGGER service_order_republish_log;
DROP VIEW service_order_pull_rows;

CREATE VIEW service_order_pull_rows AS
SELECT o.id AS id, o.branch_id AS branch_id,
       json_object('id', o.id, 'folio', o.folio, 'branch_id', o.branch_id, 'device_id', o.device_id,
                   'status', o.status, 'status_at', o.status_at, 'customer_id', o.customer_id,
                   'customer_name', o.customer_name, 'customer_phone', o.customer_phone, 'vehicle_id', o.vehicle_id,
                   'vehicle_plates', o.vehicle_plates, 'vehicle_vin', o.vehicle_vin, 'vehicle_make', o.vehicle_make,
                   'vehicle_model', o.vehicle_model, 'vehicle_year', o.vehicle_year, 'mileage_km', o.mileage_km,
                   'complaint', o.complaint, 'diagnosis', o.diagnosis, 'diagnosis_at', o.diagnosis_at,
                   'mechanic_id', o.mechanic_id, 'mechanic_name', o.mechanic_name, 'mechanic_at', o.mechanic_at,
                   'promised_at', o.promised_at, 'promised_set_at', o.promised_set_at,
                   'estimate_cents', o.estimate_cents, 'estimate_note', o.estimate_note, 'estimate_at', o.estimate_at,
                   'sale_id', o.sale_id, 'sale_folio', o.sale_folio, 'charged_at', o.charged_at,
                   'opened_by', o.opened_by, 'opened_at', o.opened_at,
                   'history', json((SELECT json_group_array(json(x.j)) FROM (
                       SELECT json_object('id', h.id, 'from_status', h.from_status, 'to_status', h.to_status,
                                          'user_id', h.user_id, 'user_name', h.user_name,
                                          'authorized_by_id', h.authorized_by_id, 'authorized_by', h.authorized_by,
                                          'note', h.note, 'at', h.at) AS j
                       FROM service_order_history h WHERE h.order_id = o.id ORDER BY h.at, h.id) AS x)),
                   'parts', json((SELECT json_group_array(json(x.j)) FROM (
                       SELECT json_object('id', p.id, 'line_no', p.line_no, 'part_id', p.part_id, 'sku', p.sku,
                                          'description', p.description, 'warehouse_id', p.warehouse_id,
                                          'quantity', p.quantity, 'unit_price_cents', p.unit_price_cents,
                                          'retail_price_cents', p.retail_price_cents,
                                          'cost_cents', p.cost_cents, 'price_version', p.price_version,
                                          'tax_code', p.tax_code, 'sat_product_key', p.sat_product_key,
                                          'sat_unit_key', p.sat_unit_key, 'status', p.status,
                                          'status_at', p.status_at, 'note', p.note) AS j
                       FROM service_order_parts p WHERE p.order_id = o.id ORDER BY p.line_no, p.id) AS x)),
                   'labor', json((SELECT json_group_array(json(x.j)) FROM (
                       SELECT json_object('id', l.id, 'line_no', l.line_no, 'description', l.description,
                                          'mechanic_id', l.mechanic_id, 'mechanic_name', l.mechanic_name,
                                          'pricing', l.pricing, 'hours', l.hours, 'rate_cents', l.rate_cents,
                                          'amount_cents', l.amount_cents, 'tax_code', l.tax_code,
                                          'removed', l.removed, 'added_at', l.added_at) AS j
                       FROM service_order_labor l WHERE l.order_id = o.id ORDER BY l.line_no, l.id) AS x)),
                   'checklist', json((SELECT json_group_array(json(x.j)) FROM (
                       SELECT json_object('item_no', c.item_no, 'code', c.code, 'label', c.label, 'state', c.state,
                                          'note', c.note, 'updated_at', c.updated_at) AS j
                       FROM service_order_checklist c WHERE c.order_id = o.id ORDER BY c.item_no) AS x)),
                   'notes', json((SELECT json_group_array(json(x.j)) FROM (
                       SELECT json_object('id', e.id, 'user_id', e.user_id,
                                          'user_name', coalesce(json_extract(e.payload, '$.user_name'), ''),
                                          'text', coalesce(json_extract(e.payload, '$.text'), ''), 'at', e.at) AS j
                       FROM service_order_events e WHERE e.order_id = o.id AND e.type = 'service_order.note_added'
                       ORDER BY e.at, e.id) AS x))) AS row
FROM service_orders o WHERE o.opened_at <> '';

CREATE TRIGGER service_order_republish_log AFTER INSERT ON service_order_republish
BEGIN
    DELETE FROM change_log WHERE bucket = 'service_orders' AND key = NEW.order_id
        AND scope = (SELECT o.branch_id FROM service_orders o WHERE o.id = NEW.order_id);
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'service_orders', r.branch_id, r.id, r.row, 0 FROM service_order_pull_rows r WHERE r.id = NEW.order_id;
    DELETE FROM service_order_republish WHERE rowid = NEW.rowid;
END;
