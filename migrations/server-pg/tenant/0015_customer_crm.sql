-- PostgreSQL twin of server/tenant/0015: customers' vehicles stamped by edit, notes and calls, tag sets and tags.
ALTER TABLE customer_vehicles ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE customer_vehicles ADD COLUMN device_id TEXT NOT NULL DEFAULT '';

CREATE TABLE customer_notes (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'call')),
    text TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, at);

CREATE TABLE customer_tag_sets (
    customer_id TEXT PRIMARY KEY,
    tags TEXT NOT NULL,
    set_at TEXT NOT NULL,
    device_id TEXT NOT NULL
);

CREATE TABLE customer_tags (
    customer_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tags_tag ON customer_tags(tag);
