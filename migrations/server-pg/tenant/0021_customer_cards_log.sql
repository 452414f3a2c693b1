-- PostgreSQL twin of server/tenant/0020: the "customer_cards" pull bucket (vehicles "v/<id>", notes and calls
-- "n/<id>", tag sets "t/<customer id>") logged through change_log_put (0003) like the other buckets.

CREATE FUNCTION customer_vehicle_card_row(v customer_vehicles) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'vehicle', 'id', v.id, 'customer_id', v.customer_id, 'vin', v.vin,
                             'plates', v.plates, 'make', v.make, 'model', v.model, 'year', v.year,
                             'engine', v.engine, 'color', v.color, 'mileage_km', v.mileage_km,
                             'updated_at', v.updated_at)::text;
$$;

CREATE FUNCTION customer_note_card_row(n customer_notes) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'note', 'id', n.id, 'customer_id', n.customer_id, 'note_kind', n.kind,
                             'text', n.text, 'user_id', n.user_id, 'user_name', n.user_name, 'at', n.at)::text;
$$;

CREATE FUNCTION customer_tags_card_row(t customer_tag_sets) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('kind', 'tags', 'customer_id', t.customer_id, 'tags', t.tags::json,
                             'set_at', t.set_at)::text;
$$;

CREATE FUNCTION customer_vehicles_card_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'DELETE' OR OLD.id IS DISTINCT FROM NEW.id THEN
            PERFORM change_log_put('customer_cards', '*', 'v/' || OLD.id, NULL);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM change_log_put('customer_cards', '*', 'v/' || NEW.id, customer_vehicle_card_row(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_vehicles_card_log AFTER INSERT OR UPDATE OR DELETE ON customer_vehicles
    FOR EACH ROW EXECUTE FUNCTION customer_vehicles_card_log();

CREATE FUNCTION customer_notes_card_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('customer_cards', '*', 'n/' || NEW.id, customer_note_card_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_notes_card_log AFTER INSERT ON customer_notes
    FOR EACH ROW EXECUTE FUNCTION customer_notes_card_log();

CREATE FUNCTION customer_tag_sets_card_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('customer_cards', '*', 't/' || NEW.customer_id, customer_tags_card_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_tag_sets_card_log AFTER INSERT OR UPDATE ON customer_tag_sets
    FOR EACH ROW EXECUTE FUNCTION customer_tag_sets_card_log();

-- Backfill: the cards that existed before this log, in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customer_cards', '*', 'v/' || v.id, customer_vehicle_card_row(v), 0 FROM customer_vehicles v ORDER BY v.id;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customer_cards', '*', 'n/' || n.id, customer_note_card_row(n), 0 FROM customer_notes n ORDER BY n.id;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customer_cards', '*', 't/' || t.customer_id, customer_tags_card_row(t), 0 FROM customer_tag_sets t
ORDER BY t.customer_id;
