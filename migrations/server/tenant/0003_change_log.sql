-- Per-bucket change logs for the pull (DESIGN.md "Down (pull)"): one entry per (bucket, scope, key) holding the
-- latest state of that key; a change deletes the old entry and appends a new one, so paging by seq always ends
-- with the current state and the log never grows beyond one entry per key (plus tombstones of deleted keys).
-- Triggers on the source tables write it in the same transaction as the change, whoever writes (ingest, admin).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, even when the newest entry is replaced
    bucket TEXT NOT NULL,               -- stock, users
    scope TEXT NOT NULL,                -- who may read it: '*' every device, a branch id, '' nobody
    key TEXT NOT NULL,
    row TEXT,                           -- JSON of the columns; NULL for a deletion
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (bucket, scope, key)
);
CREATE INDEX change_log_bucket ON change_log(bucket, scope, seq, deleted); -- covers the checkpoint sums

-- Tombstones up to floor_seq were pruned: a cursor below it is answered with a reset.
CREATE TABLE change_log_floor (
    bucket TEXT PRIMARY KEY,
    floor_seq INTEGER NOT NULL
);

-- tenant_meta.change_log_id names this log (cursors carry it, so one from a restored or replaced database is
-- recognised); the server sets it on first use, so a generated tenant.db stays byte-for-byte deterministic.

-- stock: every warehouse of the tenant, readable by every device (other branches' stock "as of" the pull).
CREATE TRIGGER stock_levels_log_insert AFTER INSERT ON stock_levels
BEGIN
    DELETE FROM change_log WHERE bucket = 'stock' AND scope = '*' AND key = NEW.warehouse_id || '/' || NEW.part_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'stock', '*', NEW.warehouse_id || '/' || NEW.part_id,
           json_object('part_id', NEW.part_id, 'warehouse_id', NEW.warehouse_id, 'branch_id', w.branch_id,
                       'quantity', NEW.quantity, 'min_quantity', NEW.min_quantity, 'max_quantity', NEW.max_quantity),
           0
    FROM (SELECT NEW.warehouse_id AS id) AS k LEFT JOIN warehouses w ON w.id = k.id;
END;

CREATE TRIGGER stock_levels_log_update AFTER UPDATE ON stock_levels
BEGIN
    DELETE FROM change_log WHERE bucket = 'stock' AND scope = '*' AND key = OLD.warehouse_id || '/' || OLD.part_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'stock', '*', OLD.warehouse_id || '/' || OLD.part_id, NULL, 1
    WHERE OLD.warehouse_id IS NOT NEW.warehouse_id OR OLD.part_id IS NOT NEW.part_id;
    DELETE FROM change_log WHERE bucket = 'stock' AND scope = '*' AND key = NEW.warehouse_id || '/' || NEW.part_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'stock', '*', NEW.warehouse_id || '/' || NEW.part_id,
           json_object('part_id', NEW.part_id, 'warehouse_id', NEW.warehouse_id, 'branch_id', w.branch_id,
                       'quantity', NEW.quantity, 'min_quantity', NEW.min_quantity, 'max_quantity', NEW.max_quantity),
           0
    FROM (SELECT NEW.warehouse_id AS id) AS k LEFT JOIN warehouses w ON w.id = k.id;
END;

CREATE TRIGGER stock_levels_log_delete AFTER DELETE ON stock_levels
BEGIN
    DELETE FROM change_log WHERE bucket = 'stock' AND scope = '*' AND key = OLD.warehouse_id || '/' || OLD.part_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('stock', '*', OLD.warehouse_id || '/' || OLD.part_id, NULL, 1);
END;

-- users: scope is the user's branch; branch-less admin and HQ users go to every device ('*'); a branch-less
-- user of another role reaches no counter (''), exactly as enrollment's usersForBranch. A user moved to another
-- branch leaves a tombstone in the old scope, so the old branch's counters stop accepting them.
CREATE TRIGGER users_log_insert AFTER INSERT ON users
BEGIN
    DELETE FROM change_log WHERE bucket = 'users' AND scope = (CASE WHEN NEW.branch_id IS NOT NULL THEN NEW.branch_id WHEN NEW.role IN ('admin', 'hq') THEN '*' ELSE '' END) AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('users', CASE WHEN NEW.branch_id IS NOT NULL THEN NEW.branch_id WHEN NEW.role IN ('admin', 'hq') THEN '*' ELSE '' END, NEW.id,
            json_object('id', NEW.id, 'username', NEW.username, 'display_name', NEW.display_name, 'role', NEW.role,
                       'branch_id', NEW.branch_id, 'password_hash', NEW.password_hash, 'pin_hash', NEW.pin_hash,
                       'active', NEW.active, 'updated_at', NEW.updated_at), 0);
END;

CREATE TRIGGER users_log_update AFTER UPDATE ON users
BEGIN
    DELETE FROM change_log WHERE bucket = 'users' AND scope = (CASE WHEN OLD.branch_id IS NOT NULL THEN OLD.branch_id WHEN OLD.role IN ('admin', 'hq') THEN '*' ELSE '' END) AND key = OLD.id
        AND (OLD.id IS NOT NEW.id OR (CASE WHEN OLD.branch_id IS NOT NULL THEN OLD.branch_id WHEN OLD.role IN ('admin', 'hq') THEN '*' ELSE '' END) IS NOT (CASE WHEN NEW.branch_id IS NOT NULL THEN NEW.branch_id WHEN NEW.role IN ('admin', 'hq') THEN '*' ELSE '' END));
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'users', CASE WHEN OLD.branch_id IS NOT NULL THEN OLD.branch_id WHEN OLD.role IN ('admin', 'hq') THEN '*' ELSE '' END, OLD.id, NULL, 1
    WHERE (OLD.id IS NOT NEW.id OR (CASE WHEN OLD.branch_id IS NOT NULL THEN OLD.branch_id WHEN OLD.role IN ('admin', 'hq') THEN '*' ELSE '' END) IS NOT (CASE WHEN NEW.branch_id IS NOT NULL THEN NEW.branch_id WHEN NEW.role IN ('admin', 'hq') THEN '*' ELSE '' END));
    DELETE FROM change_log WHERE bucket = 'users' AND scope = (CASE WHEN NEW.branch_id IS NOT NULL THEN NEW.branch_id WHEN NEW.role IN ('admin', 'hq') THEN '*' ELSE '' END) AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('users', CASE WHEN NEW.branch_id IS NOT NULL THEN NEW.branch_id WHEN NEW.role IN ('admin', 'hq') THEN '*' ELSE '' END, NEW.id,
            json_object('id', NEW.id, 'username', NEW.username, 'display_name', NEW.display_name, 'role', NEW.role,
                       'branch_id', NEW.branch_id, 'password_hash', NEW.password_hash, 'pin_hash', NEW.pin_hash,
                       'active', NEW.active, 'updated_at', NEW.updated_at), 0);
END;

CREATE TRIGGER users_log_delete AFTER DELETE ON users
BEGIN
    DELETE FROM change_log WHERE bucket = 'users' AND scope = (CASE WHEN OLD.branch_id IS NOT NULL THEN OLD.branch_id WHEN OLD.role IN ('admin', 'hq') THEN '*' ELSE '' END) AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'users', CASE WHEN OLD.branch_id IS NOT NULL THEN OLD.branch_id WHEN OLD.role IN ('admin', 'hq') THEN '*' ELSE '' END, OLD.id, NULL, 1;
END;

-- Backfill: the rows that existed before this log (an imported tenant.db), in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'users', CASE WHEN u.branch_id IS NOT NULL THEN u.branch_id WHEN u.role IN ('admin', 'hq') THEN '*' ELSE '' END, u.id,
       json_object('id', u.id, 'username', u.username, 'display_name', u.display_name, 'role', u.role,
                       'branch_id', u.branch_id, 'password_hash', u.password_hash, 'pin_hash', u.pin_hash,
                       'active', u.active, 'updated_at', u.updated_at), 0
FROM users u ORDER BY u.id;

INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'stock', '*', s.warehouse_id || '/' || s.part_id,
       json_object('part_id', s.part_id, 'warehouse_id', s.warehouse_id, 'branch_id', w.branch_id,
                   'quantity', s.quantity, 'min_quantity', s.min_quantity, 'max_quantity', s.max_quantity), 0
FROM stock_levels s LEFT JOIN warehouses w ON w.id = s.warehouse_id
ORDER BY s.warehouse_id, s.part_id;
