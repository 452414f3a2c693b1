-- The customer's card beyond the record (issue 7, CRM): their vehicles, the notes and calls the staff write down, and
-- tags for segmentation. Each change is also a fact in the outbox written by the same transaction
-- (customer.vehicle_saved, customer.note_added, customer.tags_set). Times UTC ISO-8601.

CREATE TABLE customer_vehicles (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device that added it
    customer_id TEXT NOT NULL,
    vin TEXT NOT NULL DEFAULT '',       -- normalised (upper case, no blanks); '' when unknown
    plates TEXT NOT NULL DEFAULT '',    -- normalised (normalizePlate): the key a plate is looked up by
    make TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL DEFAULT 0,    -- model year; 0 unknown
    engine TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    mileage_km INTEGER NOT NULL DEFAULT 0 CHECK (mileage_km >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (vin <> '' OR plates <> '' OR make <> '')
);
CREATE INDEX customer_vehicles_customer ON customer_vehicles(customer_id);
CREATE INDEX customer_vehicles_vin ON customer_vehicles(vin) WHERE vin <> '';
CREATE INDEX customer_vehicles_plates ON customer_vehicles(plates) WHERE plates <> '';

-- Append-only: what someone at the store wrote down about the customer, or a call made or taken.
CREATE TABLE customer_notes (
    id TEXT PRIMARY KEY,                -- UUID v7
    customer_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'call')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, at);
CREATE TRIGGER customer_notes_no_update BEFORE UPDATE ON customer_notes
BEGIN
    SELECT RAISE(ABORT, 'customer_notes is append-only');
END;

-- Segments: lower-case words without accents ("flotilla", "taller"); the whole set is replaced on each edit.
CREATE TABLE customer_tags (
    customer_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags(tag);
