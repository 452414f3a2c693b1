-- Transfers of stock between branches (DESIGN.md "Transfers"): requested by the receiving branch, shipped by the
-- sending one (its transfer_out movements put the pieces "in transit"), received by the requester (transfer_in, with
-- partial receipts and differences and their reasons), or cancelled before shipping. Every step is a fact of the
-- branch that takes it (outbox transfer.requested/.shipped/.received/.cancelled); the other branch's steps arrive
-- through the "transfers" pull bucket. A device keeps the union of the facts it made and the ones it pulled, so a step
-- taken offline is never undone by an older server copy, and the state is derived from the facts (TransferRules).

CREATE TABLE transfers (
    id TEXT PRIMARY KEY,                -- UUID v7 from the requesting device
    folio TEXT NOT NULL,                -- "GDL1-T000004": the requesting device's series with a T, own counter
    from_branch_id TEXT NOT NULL,       -- ships
    to_branch_id TEXT NOT NULL,         -- requested it, receives
    to_warehouse_id TEXT NOT NULL,      -- where the receiving branch wants the pieces
    note TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,         -- user id (of the requesting branch)
    requested_by_name TEXT NOT NULL,    -- display name: the other branch has no row for that user
    requested_at TEXT NOT NULL,         -- UTC
    cancelled_by TEXT,                  -- NULL: not cancelled
    cancelled_by_name TEXT,
    cancelled_branch_id TEXT,
    cancelled_at TEXT,
    cancel_reason TEXT,
    state TEXT NOT NULL CHECK (state IN ('requested', 'shipped', 'partially_received', 'closed', 'cancelled')),
    server_state TEXT,                  -- the server's state as of synced_at; NULL: not pulled yet
    server_version INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT,                     -- UTC of the last pull that brought it
    updated_at TEXT NOT NULL
);
CREATE INDEX transfers_state ON transfers(state, requested_at);

CREATE TABLE transfer_lines (
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    requested_qty INTEGER NOT NULL CHECK (requested_qty > 0), -- thousandths
    PRIMARY KEY (transfer_id, line_no)
) WITHOUT ROWID;
CREATE INDEX transfer_lines_part ON transfer_lines(part_id);

-- What left the sending branch: normally one shipment per transfer; two devices of the branch shipping the same
-- request offline give two, and both moved stock, so both are kept.
CREATE TABLE transfer_shipments (
    id TEXT PRIMARY KEY,                -- UUID v7 from the shipping device
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    shipped_by TEXT NOT NULL,
    shipped_by_name TEXT NOT NULL,
    shipped_at TEXT NOT NULL,
    carrier TEXT NOT NULL DEFAULT '',   -- paquetería / own truck
    tracking TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transfer_shipments_transfer ON transfer_shipments(transfer_id);

CREATE TABLE transfer_shipment_lines (
    shipment_id TEXT NOT NULL REFERENCES transfer_shipments(id),
    line_no INTEGER NOT NULL,           -- transfer_lines.line_no
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    warehouse_id TEXT NOT NULL,         -- of the sending branch: where the transfer_out movement is
    PRIMARY KEY (shipment_id, line_no)
) WITHOUT ROWID;

-- What arrived at the receiving branch, receipt by receipt; a shortage is declared missing for good (with a reason)
-- and leaves transit without entering stock; more than shipped needs a reason too.
CREATE TABLE transfer_receipts (
    id TEXT PRIMARY KEY,                -- UUID v7 from the receiving device
    transfer_id TEXT NOT NULL REFERENCES transfers(id),
    received_by TEXT NOT NULL,
    received_by_name TEXT NOT NULL,
    received_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transfer_receipts_transfer ON transfer_receipts(transfer_id);

CREATE TABLE transfer_receipt_lines (
    receipt_id TEXT NOT NULL REFERENCES transfer_receipts(id),
    line_no INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),  -- received now (transfer_in)
    shortage INTEGER NOT NULL CHECK (shortage >= 0),  -- declared missing now
    reason TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,         -- of the receiving branch
    PRIMARY KEY (receipt_id, line_no)
) WITHOUT ROWID;
