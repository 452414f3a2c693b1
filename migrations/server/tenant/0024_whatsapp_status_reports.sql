-- WhatsApp delivery reports (issue 10): Meta's WhatsApp Business Cloud API calls the tenant's webhook
-- (/v1/webhooks/whatsapp/<tenant>) with each message's status (sent, delivered, read, failed with errors[]). The
-- server checks the signature, keeps the statuses of each call in Meta's own shape and logs them to the
-- "whatsapp_statuses" pull bucket; every counter applies them to its message log (a counter knows the wamid of
-- what it sent, the others' change nothing).

-- The tenant's webhook settings (one row, set by HQ): Meta echoes verify_token when the webhook is subscribed and
-- signs every call with the app secret (X-Hub-Signature-256 = HMAC-SHA256 of the body).
CREATE TABLE whatsapp_webhook_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    verify_token TEXT NOT NULL,
    app_secret TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per accepted call that carried statuses: {"entry":[{"changes":[{"value":{"statuses":[…]}}]}]} (inbound
-- customer messages in the same call are not kept).
CREATE TABLE whatsapp_status_reports (
    id TEXT PRIMARY KEY,                -- UUID v7 given at reception
    received_at TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE TRIGGER whatsapp_status_reports_log AFTER INSERT ON whatsapp_status_reports
BEGIN
    DELETE FROM change_log WHERE bucket = 'whatsapp_statuses' AND scope = '*' AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('whatsapp_statuses', '*', NEW.id,
            json_object('id', NEW.id, 'received_at', NEW.received_at, 'body', NEW.body), 0);
END;
