-- PostgreSQL twin of server/tenant/0009: transfers between branches (request, shipments, receipts, cancellation),
-- their in-transit view and the "transfers" pull bucket (both branches' scopes) through change_log_put (0003).
-- Quantities BIGINT thousandths.
CREATE TABLE transfers (
    id TEXT PRIMARY KEY,
    folio TEXT NOT NULL,
    from_branch_id TEXT NOT NULL REFERENCES branches(id),
    to_branch_id TEXT NOT NULL REFERENCES branches(id),
    to_warehouse_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    requested_by_name TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    requested_device TEXT NOT NULL,
    cancelled_by TEXT,
    cancelled_by_name TEXT,
    cancelled_branch_id TEXT,
    cancelled_at TEXT,
    cancel_reason TEXT,
    state TEXT NOT NULL CHECK (state IN ('requested', 'shipped', 'partially_received', 'closed', 'cancelled')),
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    received_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (from_branch_id <> to_branch_id)
);
CREATE INDEX transfers_from ON transfers(from_branch_id, state);
CREATE INDEX transfers_to ON transfers(to_branch_id, state);

CREATE TABLE transfer_lines (
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    line_no BIGINT NOT NULL,
    part_id BIGINT NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    requested_qty BIGINT NOT NULL CHECK (requested_qty > 0),
    shipped_qty BIGINT NOT NULL DEFAULT 0,
    received_qty BIGINT NOT NULL DEFAULT 0,
    shortage_qty BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (transfer_id, line_no)
);
CREATE INDEX transfer_lines_part ON transfer_lines(part_id);

CREATE TABLE transfer_shipments (
    id TEXT PRIMARY KEY,
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    device_id TEXT NOT NULL,
    shipped_by TEXT NOT NULL,
    shipped_by_name TEXT NOT NULL,
    shipped_at TEXT NOT NULL,
    carrier TEXT NOT NULL DEFAULT '',
    tracking TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);
CREATE INDEX transfer_shipments_transfer ON transfer_shipments(transfer_id);

CREATE TABLE transfer_shipment_lines (
    shipment_id TEXT NOT NULL REFERENCES transfer_shipments(id),
    line_no BIGINT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity >= 0),
    warehouse_id TEXT NOT NULL,
    PRIMARY KEY (shipment_id, line_no)
);

CREATE TABLE transfer_receipts (
    id TEXT PRIMARY KEY,
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    device_id TEXT NOT NULL,
    received_by TEXT NOT NULL,
    received_by_name TEXT NOT NULL,
    received_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    server_received_at TEXT NOT NULL
);
CREATE INDEX transfer_receipts_transfer ON transfer_receipts(transfer_id);

CREATE TABLE transfer_receipt_lines (
    receipt_id TEXT NOT NULL REFERENCES transfer_receipts(id),
    line_no BIGINT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity >= 0),
    shortage BIGINT NOT NULL CHECK (shortage >= 0),
    reason TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
);

CREATE VIEW transfer_in_transit AS
SELECT t.id AS transfer_id, t.folio, t.from_branch_id, t.to_branch_id, l.line_no, l.part_id,
       l.shipped_qty - l.received_qty - l.shortage_qty AS quantity
FROM transfers t JOIN transfer_lines l ON l.transfer_id = t.id
WHERE l.shipped_qty - l.received_qty - l.shortage_qty > 0;

CREATE FUNCTION transfers_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.document IS DISTINCT FROM NEW.document THEN
        PERFORM change_log_put('transfers', NEW.from_branch_id, NEW.id, NEW.document);
        PERFORM change_log_put('transfers', NEW.to_branch_id, NEW.id, NEW.document);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER transfers_log AFTER INSERT OR UPDATE ON transfers
    FOR EACH ROW EXECUTE FUNCTION transfers_log();
