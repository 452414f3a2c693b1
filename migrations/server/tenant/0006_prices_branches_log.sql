-- Two more pull buckets (DESIGN.md "Down (pull)"): prices HQ changes after a catalogue snapshot, and the tenant's
-- branches, so every counter can name the other branches whose stock it shows "as of" its last pull.

-- The server's catalogue (catalog.db) is replaced whole by a snapshot build; a price change must reach the counters
-- sooner, without a new snapshot. HQ's price changes land here (nexus-admin writes this table); the counters keep
-- them as overrides on top of their catalogue copy. price_list '' is the part's own retail price ("precio público",
-- which the discount lists are computed from); any other value is a price_lists.code (mayoreo, taller …) whose
-- fixed price for this part replaces the list's rule.
CREATE TABLE part_prices (
    part_id INTEGER NOT NULL,
    price_list TEXT NOT NULL DEFAULT '',
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0), -- tax included, as sold at the counter
    price_version INTEGER NOT NULL,     -- above the catalogue's parts.price_version, so old-price sales are noticed
    updated_at TEXT NOT NULL,           -- UTC
    PRIMARY KEY (part_id, price_list)
) WITHOUT ROWID;

-- prices: every device ('*'); key "<part_id>/<price_list>" ("123/" for the retail price).
CREATE TRIGGER part_prices_log_insert AFTER INSERT ON part_prices
BEGIN
    DELETE FROM change_log WHERE bucket = 'prices' AND scope = '*' AND key = NEW.part_id || '/' || NEW.price_list;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('prices', '*', NEW.part_id || '/' || NEW.price_list,
            json_object('part_id', NEW.part_id, 'price_list', NEW.price_list, 'price_cents', NEW.price_cents,
                        'price_version', NEW.price_version, 'updated_at', NEW.updated_at), 0);
END;

CREATE TRIGGER part_prices_log_update AFTER UPDATE ON part_prices
BEGIN
    DELETE FROM change_log WHERE bucket = 'prices' AND scope = '*' AND key = OLD.part_id || '/' || OLD.price_list;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'prices', '*', OLD.part_id || '/' || OLD.price_list, NULL, 1
    WHERE OLD.part_id IS NOT NEW.part_id OR OLD.price_list IS NOT NEW.price_list;
    DELETE FROM change_log WHERE bucket = 'prices' AND scope = '*' AND key = NEW.part_id || '/' || NEW.price_list;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('prices', '*', NEW.part_id || '/' || NEW.price_list,
            json_object('part_id', NEW.part_id, 'price_list', NEW.price_list, 'price_cents', NEW.price_cents,
                        'price_version', NEW.price_version, 'updated_at', NEW.updated_at), 0);
END;

CREATE TRIGGER part_prices_log_delete AFTER DELETE ON part_prices
BEGIN
    DELETE FROM change_log WHERE bucket = 'prices' AND scope = '*' AND key = OLD.part_id || '/' || OLD.price_list;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('prices', '*', OLD.part_id || '/' || OLD.price_list, NULL, 1);
END;

-- branches: every device ('*'); key the branch id. Only what a counter shows of another branch travels.
CREATE TRIGGER branches_log_insert AFTER INSERT ON branches
BEGIN
    DELETE FROM change_log WHERE bucket = 'branches' AND scope = '*' AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('branches', '*', NEW.id, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name), 0);
END;

CREATE TRIGGER branches_log_update AFTER UPDATE OF id, code, name ON branches
BEGIN
    DELETE FROM change_log WHERE bucket = 'branches' AND scope = '*' AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'branches', '*', OLD.id, NULL, 1 WHERE OLD.id IS NOT NEW.id;
    DELETE FROM change_log WHERE bucket = 'branches' AND scope = '*' AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('branches', '*', NEW.id, json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name), 0);
END;

CREATE TRIGGER branches_log_delete AFTER DELETE ON branches
BEGIN
    DELETE FROM change_log WHERE bucket = 'branches' AND scope = '*' AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted) VALUES ('branches', '*', OLD.id, NULL, 1);
END;

-- Backfill: the branches that existed before this log, in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'branches', '*', b.id, json_object('id', b.id, 'code', b.code, 'name', b.name), 0
FROM branches b ORDER BY b.id;
