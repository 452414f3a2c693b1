-- PostgreSQL twin of server/tenant/0024: the tenant's WhatsApp webhook settings and the status reports Meta sent,
-- logged to the "whatsapp_statuses" pull bucket through change_log_put (0003).

CREATE TABLE whatsapp_webhook_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    verify_token TEXT NOT NULL,
    app_secret TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE whatsapp_status_reports (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE FUNCTION whatsapp_status_reports_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('whatsapp_statuses', '*', NEW.id,
        json_build_object('id', NEW.id, 'received_at', NEW.received_at, 'body', NEW.body)::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER whatsapp_status_reports_log AFTER INSERT ON whatsapp_status_reports
    FOR EACH ROW EXECUTE FUNCTION whatsapp_status_reports_log();
