-- PostgreSQL twin of server/tenant/0025: customers' channel preferences and opt-out, logged to the "customer_cards"
-- bucket as "p/<customer id>" through change_log_put (0003).

CREATE TABLE customer_notification_preferences (
    customer_id TEXT PRIMARY KEY,
    whatsapp INTEGER NOT NULL,
    email INTEGER NOT NULL,
    opted_out INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL
);

CREATE FUNCTION customer_preferences_card_row(p customer_notification_preferences) RETURNS TEXT LANGUAGE sql
IMMUTABLE AS $$
    SELECT json_build_object('kind', 'preferences', 'customer_id', p.customer_id, 'whatsapp', p.whatsapp,
                             'email', p.email, 'opted_out', p.opted_out, 'updated_by', p.updated_by,
                             'updated_at', p.updated_at)::text;
$$;

CREATE FUNCTION customer_notification_preferences_card_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('customer_cards', '*', 'p/' || NEW.customer_id, customer_preferences_card_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER customer_notification_preferences_card_log AFTER INSERT OR UPDATE
    ON customer_notification_preferences FOR EACH ROW EXECUTE FUNCTION customer_notification_preferences_card_log();
