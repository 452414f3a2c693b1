-- PostgreSQL twin of server/tenant/0006: HQ's price changes since the catalogue snapshot (part_prices) and the
-- tenant's branches as two more pull buckets, logged through change_log_put (0003) like stock and users.
CREATE TABLE part_prices (
    part_id BIGINT NOT NULL,
    price_list TEXT NOT NULL DEFAULT '',   -- '' the retail price; else a price_lists.code
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    price_version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (part_id, price_list)
);

CREATE FUNCTION part_price_row(p part_prices) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('part_id', p.part_id, 'price_list', p.price_list, 'price_cents', p.price_cents,
                             'price_version', p.price_version, 'updated_at', p.updated_at)::text;
$$;

CREATE FUNCTION part_prices_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'DELETE' OR OLD.part_id IS DISTINCT FROM NEW.part_id
           OR OLD.price_list IS DISTINCT FROM NEW.price_list THEN
            PERFORM change_log_put('prices', '*', OLD.part_id || '/' || OLD.price_list, NULL);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM change_log_put('prices', '*', NEW.part_id || '/' || NEW.price_list, part_price_row(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER part_prices_log AFTER INSERT OR UPDATE OR DELETE ON part_prices
    FOR EACH ROW EXECUTE FUNCTION part_prices_log();

CREATE FUNCTION branch_row(b branches) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT json_build_object('id', b.id, 'code', b.code, 'name', b.name)::text;
$$;

CREATE FUNCTION branches_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'DELETE' OR OLD.id IS DISTINCT FROM NEW.id THEN
            PERFORM change_log_put('branches', '*', OLD.id, NULL);
        END IF;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.id IS DISTINCT FROM NEW.id OR OLD.code IS DISTINCT FROM NEW.code
                                                  OR OLD.name IS DISTINCT FROM NEW.name)) THEN
        PERFORM change_log_put('branches', '*', NEW.id, branch_row(NEW));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER branches_log AFTER INSERT OR UPDATE OR DELETE ON branches
    FOR EACH ROW EXECUTE FUNCTION branches_log();

INSERT INTO change_log(bucket, scope, key, row, deleted)
SELECT 'branches', '*', b.id, branch_row(b), 0 FROM branches b ORDER BY b.id;
