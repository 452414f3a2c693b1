-- Server tenant database: the customers' cards as the counters push them (issue 7, CRM). customer.vehicle_saved
-- upserts customer_vehicles (0001) by id, the latest edit winning; customer.note_added appends a note or call;
-- customer.tags_set replaces a customer's tags, the latest set winning (customer_tag_sets keeps its stamp).

ALTER TABLE customer_vehicles ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''; -- the edit's time on the device (UTC)
ALTER TABLE customer_vehicles ADD COLUMN device_id TEXT NOT NULL DEFAULT ''; -- the device of that edit

CREATE TABLE customer_notes (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    customer_id TEXT NOT NULL,          -- no foreign key: a note may arrive before a quarantined customer is fixed
    kind TEXT NOT NULL CHECK (kind IN ('note', 'call')),
    text TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    at TEXT NOT NULL,                   -- when it was written, on the device (UTC)
    received_at TEXT NOT NULL
);
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, at);

CREATE TABLE customer_tag_sets (
    customer_id TEXT PRIMARY KEY,
    tags TEXT NOT NULL,                 -- JSON array, as the fact carried it
    set_at TEXT NOT NULL,               -- the device's time of the edit that won (UTC)
    device_id TEXT NOT NULL
);

CREATE TABLE customer_tags (
    customer_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tags_tag ON customer_tags(tag);
