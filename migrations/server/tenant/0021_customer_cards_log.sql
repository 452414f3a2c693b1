-- The customers' cards come down to every counter of the tenant (issue 7, CRM): the "customer_cards" pull bucket
-- carries each vehicle ("v/<id>", the latest edit as customer.vehicle_saved left it), each note or call ("n/<id>",
-- append-only) and each customer's tag set ("t/<customer id>", the latest set), so a customer's card is the same at
-- every branch. Logged by triggers in the same transaction as the change, like the "customers" bucket (0008).

CREATE VIEW customer_vehicle_card_rows AS
SELECT v.id AS id,
       json_object('kind', 'vehicle', 'id', v.id, 'customer_id', v.customer_id, 'vin', v.vin, 'plates', v.plates,
                   'make', v.make, 'model', v.model, 'year', v.year, 'engine', v.engine, 'color', v.color,
                   'mileage_km', v.mileage_km, 'updated_at', v.updated_at) AS row
FROM customer_vehicles v;

CREATE VIEW customer_note_card_rows AS
SELECT n.id AS id,
       json_object('kind', 'note', 'id', n.id, 'customer_id', n.customer_id, 'note_kind', n.kind, 'text', n.text,
                   'user_id', n.user_id, 'user_name', n.user_name, 'at', n.at) AS row
FROM customer_notes n;

CREATE VIEW customer_tags_card_rows AS
SELECT t.customer_id AS id,
       json_object('kind', 'tags', 'customer_id', t.customer_id, 'tags', json(t.tags), 'set_at', t.set_at) AS row
FROM customer_tag_sets t;

CREATE TRIGGER customer_vehicles_card_insert AFTER INSERT ON customer_vehicles
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'v/' || NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 'v/' || r.id, r.row, 0 FROM customer_vehicle_card_rows r WHERE r.id = NEW.id;
END;

CREATE TRIGGER customer_vehicles_card_update AFTER UPDATE ON customer_vehicles
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'v/' || OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 'v/' || OLD.id, NULL, 1 WHERE OLD.id IS NOT NEW.id;
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'v/' || NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 'v/' || r.id, r.row, 0 FROM customer_vehicle_card_rows r WHERE r.id = NEW.id;
END;

CREATE TRIGGER customer_vehicles_card_delete AFTER DELETE ON customer_vehicles
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'v/' || OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted) VALUES ('customer_cards', '*', 'v/' || OLD.id, NULL, 1);
END;

CREATE TRIGGER customer_notes_card_insert AFTER INSERT ON customer_notes
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'n/' || NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 'n/' || r.id, r.row, 0 FROM customer_note_card_rows r WHERE r.id = NEW.id;
END;

CREATE TRIGGER customer_tag_sets_card_insert AFTER INSERT ON customer_tag_sets
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 't/' || NEW.customer_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 't/' || r.id, r.row, 0 FROM customer_tags_card_rows r WHERE r.id = NEW.customer_id;
END;

CREATE TRIGGER customer_tag_sets_card_update AFTER UPDATE ON customer_tag_sets
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 't/' || NEW.customer_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 't/' || r.id, r.row, 0 FROM customer_tags_card_rows r WHERE r.id = NEW.customer_id;
END;

-- Backfill: the cards that existed before this log, in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customer_cards', '*', 'v/' || r.id, r.row, 0 FROM customer_vehicle_card_rows r ORDER BY r.id;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customer_cards', '*', 'n/' || r.id, r.row, 0 FROM customer_note_card_rows r ORDER BY r.id;
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'customer_cards', '*', 't/' || r.id, r.row, 0 FROM customer_tags_card_rows r ORDER BY r.id;
