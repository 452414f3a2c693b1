-- PostgreSQL twin of server/tenant/0027: reports older than 90 days are deleted by WhatsAppStatusPrune and leave their
-- tombstone in the "whatsapp_statuses" bucket through change_log_put (0003).
CREATE INDEX whatsapp_status_reports_received ON whatsapp_status_reports(received_at);

CREATE FUNCTION whatsapp_status_reports_log_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('whatsapp_statuses', '*', OLD.id, NULL);
    RETURN NULL;
END;
$$;
CREATE TRIGGER whatsapp_status_reports_log_delete AFTER DELETE ON whatsapp_status_reports
    FOR EACH ROW EXECUTE FUNCTION whatsapp_status_reports_log_delete();
