-- PostgreSQL twin of server/tenant/0034: a part line's list price, cost and price version (NULL: sent by a schema-1
-- fact, unknown to the server), published in the "service_orders" bucket by the row function made again below.

ALTER TABLE service_order_parts ADD COLUMN retail_price_cents BIGINT;
ALTER TABLE service_order_parts ADD COLUMN cost_cents BIGINT;
ALTER TABLE service_order_parts ADD COLUMN price_version BIGINT;

CREATE OR REPLACE FUNCTION service_order_pull_row(p_id TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT json_build_object('id', o.id, 'folio', o.folio, 'branch_id', o.branch_id, 'device_id', o.device_id,
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
        'history', coalesce((SELECT json_agg(json_build_object('id', h.id, 'from_status', h.from_status,
                'to_status', h.to_status, 'user_id', h.user_id, 'user_name', h.user_name,
                'authorized_by_id', h.authorized_by_id, 'authorized_by', h.authorized_by, 'note', h.note,
                'at', h.at) ORDER BY h.at, h.id)
            FROM service_order_history h WHERE h.order_id = o.id), '[]'::json),
        'parts', coalesce((SELECT json_agg(json_build_object('id', p.id, 'line_no', p.line_no,
                'part_id', p.part_id, 'sku', p.sku, 'description', p.description, 'warehouse_id', p.warehouse_id,
                'quantity', p.quantity, 'unit_price_cents', p.unit_price_cents,
                'retail_price_cents', p.retail_price_cents, 'cost_cents', p.cost_cents,
                'price_version', p.price_version, 'tax_code', p.tax_code,
                'sat_product_key', p.sat_product_key, 'sat_unit_key', p.sat_unit_key, 'status', p.status,
                'status_at', p.status_at, 'note', p.note) ORDER BY p.line_no, p.id)
            FROM service_order_parts p WHERE p.order_id = o.id), '[]'::json),
        'labor', coalesce((SELECT json_agg(json_build_object('id', l.id, 'line_no', l.line_no,
                'description', l.description, 'mechanic_id', l.mechanic_id, 'mechanic_name', l.mechanic_name,
                'pricing', l.pricing, 'hours', l.hours, 'rate_cents', l.rate_cents, 'amount_cents', l.amount_cents,
                'tax_code', l.tax_code, 'removed', l.removed, 'added_at', l.added_at) ORDER BY l.line_no, l.id)
            FROM service_order_labor l WHERE l.order_id = o.id), '[]'::json),
        'checklist', coalesce((SELECT json_agg(json_build_object('item_no', c.item_no, 'code', c.code,
                'label', c.label, 'state', c.state, 'note', c.note, 'updated_at', c.updated_at) ORDER BY c.item_no)
            FROM service_order_checklist c WHERE c.order_id = o.id), '[]'::json),
        'notes', coalesce((SELECT json_agg(json_build_object('id', e.id, 'user_id', e.user_id,
                'user_name', coalesce(e.payload::json ->> 'user_name', ''),
                'text', coalesce(e.payload::json ->> 'text', ''), 'at', e.at) ORDER BY e.at, e.id)
            FROM service_order_events e WHERE e.order_id = o.id AND e.type = 'service_order.note_added'),
            '[]'::json))::text
    FROM service_orders o WHERE o.id = p_id AND o.opened_at <> '';
$$;
