-- PostgreSQL twin of server/tenant/0003: per-bucket change logs for the pull, one entry per (bucket, scope, key)
-- with the latest state, written by triggers in the same transaction as the change.
-- Pages are read by seq, so seqs must become visible in order: every trigger first takes the schema's writer lock
-- (the one Database::begin() takes; advisory locks are re-entrant), so no transaction holding a smaller seq can
-- commit after one holding a larger seq.
CREATE TABLE change_log (
    seq BIGSERIAL PRIMARY KEY,          -- never reused, even when the newest entry is replaced
    bucket TEXT NOT NULL,
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    row TEXT,                           -- JSON of the columns; NULL for a deletion
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (bucket, scope, key)
);
CREATE INDEX change_log_bucket ON change_log(bucket, scope, seq, deleted);

CREATE TABLE change_log_floor (
    bucket TEXT PRIMARY KEY,
    floor_seq BIGINT NOT NULL
);

CREATE FUNCTION change_log_lock() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('nexus-writer:' || current_schema()));
$$;

-- Replaces the entry of (bucket, scope, key) by a new one at the end of the log.
CREATE FUNCTION change_log_put(p_bucket TEXT, p_scope TEXT, p_key TEXT, p_row TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_lock();
    DELETE FROM change_log WHERE bucket = p_bucket AND scope = p_scope AND key = p_key;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES (p_bucket, p_scope, p_key, p_row, CASE WHEN p_row IS NULL THEN 1 ELSE 0 END);
END;
$$;

CREATE FUNCTION stock_row(s stock_levels) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT json_build_object('part_id', s.part_id, 'warehouse_id', s.warehouse_id,
                             'branch_id', (SELECT w.branch_id FROM warehouses w WHERE w.id = s.warehouse_id),
                             'quantity', s.quantity, 'min_quantity', s.min_quantity,
                             'max_quantity', s.max_quantity)::text;
$$;

CREATE FUNCTION stock_levels_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'DELETE' OR OLD.warehouse_id IS DISTINCT FROM NEW.warehouse_id
           OR OLD.part_id IS DISTINCT FROM NEW.part_id THEN
            PERFORM change_log_put('stock', '*', OLD.warehouse_id || '/' || OLD.part_id, NULL);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM change_log_put('stock', '*', NEW.warehouse_id || '/' || NEW.part_id, stock_row(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stock_levels_log AFTER INSERT OR UPDATE OR DELETE ON stock_levels
    FOR EACH ROW EXECUTE FUNCTION stock_levels_log();

-- users: the user's branch; branch-less admin and HQ users go to every device ('*'); other branch-less users to
-- nobody (''). A user moved to another branch leaves a tombstone in the old scope.
CREATE FUNCTION user_scope(p_branch_id TEXT, p_role TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_branch_id IS NOT NULL THEN p_branch_id WHEN p_role IN ('admin', 'hq') THEN '*' ELSE '' END;
$$;

CREATE FUNCTION user_row(u users) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('id', u.id, 'username', u.username, 'display_name', u.display_name, 'role', u.role,
                             'branch_id', u.branch_id, 'password_hash', u.password_hash, 'pin_hash', u.pin_hash,
                             'active', u.active, 'updated_at', u.updated_at)::text;
$$;

CREATE FUNCTION users_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'DELETE' OR OLD.id IS DISTINCT FROM NEW.id
           OR user_scope(OLD.branch_id, OLD.role) IS DISTINCT FROM user_scope(NEW.branch_id, NEW.role) THEN
            PERFORM change_log_put('users', user_scope(OLD.branch_id, OLD.role), OLD.id, NULL);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM change_log_put('users', user_scope(NEW.branch_id, NEW.role), NEW.id, user_row(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_log AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION users_log();

-- Backfill: the rows that existed before this log, in a stable order.
INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'users', user_scope(u.branch_id, u.role), u.id, user_row(u), 0 FROM users u ORDER BY u.id;

INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'stock', '*', s.warehouse_id || '/' || s.part_id, stock_row(s), 0
FROM stock_levels s ORDER BY s.warehouse_id, s.part_id;
