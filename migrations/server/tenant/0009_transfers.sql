-- Transfers of stock between branches as the server holds them (DESIGN.md "Transfers"): the receiving branch's
-- request (transfer.requested), the sending branch's shipments (transfer.shipped: transfer_out movements, the pieces
-- are then in transit), the receiving branch's receipts (transfer.received: transfer_in movements, shortages and
-- differences with their reasons) and a cancellation before shipping (transfer.cancelled). The server's copy is the
-- authority on the state; `document` is the whole transfer as JSON, published to both branches through the
-- "transfers" pull bucket (scope: each branch id) by the triggers below, in the same transaction as the step.
CREATE TABLE transfers (
    id TEXT PRIMARY KEY,                -- UUID v7 from the requesting device
    folio TEXT NOT NULL,                -- "GDL1-T000004"
    from_branch_id TEXT NOT NULL REFERENCES branches(id),
    to_branch_id TEXT NOT NULL REFERENCES branches(id),
    to_warehouse_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    requested_by_name TEXT NOT NULL,
    requested_at TEXT NOT NULL,         -- UTC, device time
    requested_device TEXT NOT NULL,
    cancelled_by TEXT,
    cancelled_by_name TEXT,
    cancelled_branch_id TEXT,
    cancelled_at TEXT,
    cancel_reason TEXT,
    state TEXT NOT NULL CHECK (state IN ('requested', 'shipped', 'partially_received', 'closed', 'cancelled')),
    version INTEGER NOT NULL,           -- one more for every step the server took (its pull entry moves with it)
    document TEXT NOT NULL,             -- JSON as both branches pull it
    received_at TEXT NOT NULL,          -- UTC, server time of the request
    updated_at TEXT NOT NULL,           -- UTC, server time of the last step
    CHECK (from_branch_id <> to_branch_id)
);
CREATE INDEX transfers_from ON transfers(from_branch_id, state);
CREATE INDEX transfers_to ON transfers(to_branch_id, state);

-- Per line, the running sums of its shipments and receipts (kept by the same transaction as each step).
CREATE TABLE transfer_lines (
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    requested_qty INTEGER NOT NULL CHECK (requested_qty > 0), -- thousandths
    shipped_qty INTEGER NOT NULL DEFAULT 0,
    received_qty INTEGER NOT NULL DEFAULT 0,
    shortage_qty INTEGER NOT NULL DEFAULT 0, -- declared missing by the receiving branch
    PRIMARY KEY (transfer_id, line_no)
);
CREATE INDEX transfer_lines_part ON transfer_lines(part_id);

CREATE TABLE transfer_shipments (
    id TEXT PRIMARY KEY,                -- UUID v7 from the shipping device; movements are "<id>:<line no>"
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    device_id TEXT NOT NULL,
    shipped_by TEXT NOT NULL,
    shipped_by_name TEXT NOT NULL,
    shipped_at TEXT NOT NULL,           -- UTC, device time
    carrier TEXT NOT NULL DEFAULT '',
    tracking TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL           -- UTC, server time
);
CREATE INDEX transfer_shipments_transfer ON transfer_shipments(transfer_id);

CREATE TABLE transfer_shipment_lines (
    shipment_id TEXT NOT NULL REFERENCES transfer_shipments(id),
    line_no INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    warehouse_id TEXT NOT NULL,
    PRIMARY KEY (shipment_id, line_no)
);

CREATE TABLE transfer_receipts (
    id TEXT PRIMARY KEY,                -- UUID v7 from the receiving device; movements are "<id>:<line no>"
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    device_id TEXT NOT NULL,
    received_by TEXT NOT NULL,
    received_by_name TEXT NOT NULL,
    received_at TEXT NOT NULL,          -- UTC, device time
    note TEXT NOT NULL DEFAULT '',
    server_received_at TEXT NOT NULL    -- UTC, server time
);
CREATE INDEX transfer_receipts_transfer ON transfer_receipts(transfer_id);

CREATE TABLE transfer_receipt_lines (
    receipt_id TEXT NOT NULL REFERENCES transfer_receipts(id),
    line_no INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    shortage INTEGER NOT NULL CHECK (shortage >= 0),
    reason TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
);

-- What is on the road right now, per transfer line: shipped and neither received nor declared missing. The tenant's
-- stock is stock_levels (every branch's ledger) plus this.
CREATE VIEW transfer_in_transit AS
SELECT t.id AS transfer_id, t.folio, t.from_branch_id, t.to_branch_id, l.line_no, l.part_id,
       l.shipped_qty - l.received_qty - l.shortage_qty AS quantity
FROM transfers t JOIN transfer_lines l ON l.transfer_id = t.id
WHERE l.shipped_qty - l.received_qty - l.shortage_qty > 0;

-- transfers: both branches of a transfer (scope = each branch id), key the transfer id.
CREATE TRIGGER transfers_log_insert AFTER INSERT ON transfers
BEGIN
    DELETE FROM change_log WHERE bucket = 'transfers' AND scope IN (NEW.from_branch_id, NEW.to_branch_id)
        AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('transfers', NEW.from_branch_id, NEW.id, NEW.document, 0);
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('transfers', NEW.to_branch_id, NEW.id, NEW.document, 0);
END;

CREATE TRIGGER transfers_log_update AFTER UPDATE OF document ON transfers
BEGIN
    DELETE FROM change_log WHERE bucket = 'transfers' AND scope IN (OLD.from_branch_id, OLD.to_branch_id)
        AND key = OLD.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('transfers', NEW.from_branch_id, NEW.id, NEW.document, 0);
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    VALUES ('transfers', NEW.to_branch_id, NEW.id, NEW.document, 0);
END;
