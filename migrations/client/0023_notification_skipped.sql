-- Notifications (issue 10): the message log says why a customer was not written to. A customer-facing message that
-- could not go by a channel (the customer opted out, turned that channel off, or left no mobile number / e-mail) is
-- logged as 'skipped' with skip_reason instead of leaving no trace. SQLite cannot change a CHECK in place: the table
-- is rebuilt with the same rows and indexes.

CREATE TABLE notification_messages_v22 (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    event TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('in_app', 'whatsapp', 'email')),
    recipient TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL DEFAULT '',
    ref_type TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    whatsapp_template TEXT NOT NULL DEFAULT '',
    params TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'skipped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    provider_message_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT,
    read_at TEXT,                       -- in-app: opened here; WhatsApp: the customer read it (provider's report)
    attachment_name TEXT NOT NULL DEFAULT '',
    attachment BLOB,
    -- 'skipped' only: opted_out, channel_declined, no_phone, no_email (core/notifications/notificationtypes.h)
    skip_reason TEXT NOT NULL DEFAULT ''
);

INSERT INTO notification_messages_v22(id, idempotency_key, event, channel, recipient, customer_id, ref_type, ref_id,
    subject, body, whatsapp_template, params, state, attempts, next_attempt_at, last_error, provider_message_id,
    created_at, sent_at, delivered_at, read_at, attachment_name, attachment)
SELECT id, idempotency_key, event, channel, recipient, customer_id, ref_type, ref_id, subject, body, whatsapp_template,
       params, state, attempts, next_attempt_at, last_error, provider_message_id, created_at, sent_at, delivered_at,
       read_at, attachment_name, attachment
FROM notification_messages;

DROP TABLE notification_messages;
ALTER TABLE notification_messages_v22 RENAME TO notification_messages;

CREATE INDEX notification_messages_due ON notification_messages(next_attempt_at) WHERE state = 'queued';
CREATE INDEX notification_messages_log ON notification_messages(created_at);
CREATE INDEX notification_messages_unread ON notification_messages(channel) WHERE read_at IS NULL;
CREATE INDEX notification_messages_provider ON notification_messages(provider_message_id) WHERE provider_message_id <> '';
