-- WhatsApp delivery reports are kept 90 days (issue 10): WhatsAppStatusPrune deletes the older ones. A deleted report
-- leaves its tombstone in the "whatsapp_statuses" bucket like any deleted row, so a counter drops its key and its
-- count and checksum still match the server's checkpoint without a full pass.
CREATE INDEX whatsapp_status_reports_received ON whatsapp_status_reports(received_at);

CREATE TRIGGER whatsapp_status_reports_log_delete AFTER DELETE ON whatsapp_status_reports
BEGIN
    DELETE FROM change_log WHERE bucket = 'whatsapp_statuses' AND scope = '*' AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted) VALUES ('whatsapp_statuses', '*', OLD.id, NULL, 1);
END;
