-- Customers' channel preferences and opt-out (issue 10), as the counters' fact customer.notification_preferences_set
-- carries them: the latest edit (by its time) wins, and it comes down to every counter of the tenant in the
-- "customer_cards" bucket as "p/<customer id>", so an opt-out given at one branch is honoured at all.

CREATE TABLE customer_notification_preferences (
    customer_id TEXT PRIMARY KEY,       -- no foreign key: the fact may come before a quarantined customer is fixed
    whatsapp INTEGER NOT NULL,          -- 0/1
    email INTEGER NOT NULL,
    opted_out INTEGER NOT NULL,         -- 1: nothing at all, whatever the channels say
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,           -- on the device (UTC): what "latest" means
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL
);

CREATE VIEW customer_preferences_card_rows AS
SELECT p.customer_id AS id,
       json_object('kind', 'preferences', 'customer_id', p.customer_id, 'whatsapp', p.whatsapp, 'email', p.email,
                   'opted_out', p.opted_out, 'updated_by', p.updated_by, 'updated_at', p.updated_at) AS row
FROM customer_notification_preferences p;

CREATE TRIGGER customer_notification_preferences_card_insert AFTER INSERT ON customer_notification_preferences
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'p/' || NEW.customer_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 'p/' || r.id, r.row, 0 FROM customer_preferences_card_rows r
    WHERE r.id = NEW.customer_id;
END;

CREATE TRIGGER customer_notification_preferences_card_update AFTER UPDATE ON customer_notification_preferences
BEGIN
    DELETE FROM change_log WHERE bucket = 'customer_cards' AND scope = '*' AND key = 'p/' || NEW.customer_id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'customer_cards', '*', 'p/' || r.id, r.row, 0 FROM customer_preferences_card_rows r
    WHERE r.id = NEW.customer_id;
END;
