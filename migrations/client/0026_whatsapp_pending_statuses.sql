-- WhatsApp delivery reports (issue 10): a status pulled before this counter stored the message as sent (Meta answered
-- the send, called the webhook and the report came down before markSent wrote the wamid) used to be dropped. It waits
-- here and is applied when the wamid is stored. Statuses of other counters' messages wait too, until a report a week
-- newer prunes them.
CREATE TABLE whatsapp_pending_statuses (
    provider_message_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('delivered', 'read', 'failed')),
    error TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,                   -- when Meta says it happened (UTC)
    received_at TEXT NOT NULL,          -- the report's reception at the server (UTC): what the pruning goes by
    PRIMARY KEY (provider_message_id, status)
);
CREATE INDEX whatsapp_pending_statuses_received ON whatsapp_pending_statuses(received_at);
