-- Server tenant database: what the push ingest needs to apply every device fact exactly once (DESIGN.md "Up (push)").

-- One row per mutation the server has processed (applied or quarantined), written in the same transaction as the
-- fact itself: a replay finds it and gets the stored result again instead of a second sale.
CREATE TABLE applied_mutations (
    mutation_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    request_hash TEXT NOT NULL,         -- hex SHA-256 of {type, schema_v, payload} as JSON with sorted keys
    status TEXT NOT NULL CHECK (status IN ('applied', 'quarantined')),
    result TEXT NOT NULL,               -- JSON answered again on replay
    applied_at TEXT NOT NULL
);
CREATE INDEX applied_mutations_device_seq ON applied_mutations(device_id, seq);

-- Every seq of a device the server has processed above nothing (applied, quarantined or rejected): the ack is the
-- highest seq up to which there is no gap.
CREATE TABLE device_seqs (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    mutation_id TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

CREATE TABLE device_cursors (
    device_id TEXT PRIMARY KEY,
    acked_seq INTEGER NOT NULL DEFAULT 0,   -- every seq ≤ this one is processed
    updated_at TEXT NOT NULL
);

-- Mutations that could not be applied (bad shape, unknown type, another branch, hash mismatch): kept whole for HQ.
CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    reason TEXT NOT NULL,
    body TEXT NOT NULL,                 -- the mutation as received
    created_at TEXT NOT NULL
);
CREATE INDEX quarantine_device ON quarantine(device_id, seq);

-- Accepted but suspicious facts for the HQ exceptions queue; a sale is never refused, it opens one of these instead.
CREATE TABLE exceptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,                 -- negative_stock | old_price | hash_mismatch | seq_reuse | quarantined
    ref TEXT NOT NULL,                  -- the sale / mutation it is about
    details TEXT NOT NULL,              -- JSON
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX exceptions_open ON exceptions(kind, created_at) WHERE resolved_at IS NULL;

-- The tenant's stock ledger: stock_levels (0001) is kept equal to the sum of these by the same transaction.
CREATE TABLE stock_movements (
    id TEXT PRIMARY KEY,                -- "<sale id>:<line no>" for sales: replays cannot add a second movement
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'receipt', 'transfer_out', 'transfer_in', 'adjustment', 'count')),
    quantity INTEGER NOT NULL,          -- signed thousandths
    ref_type TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX stock_movements_part ON stock_movements(part_id, warehouse_id);
CREATE INDEX stock_movements_ref ON stock_movements(ref_type, ref_id);

CREATE TABLE cash_sessions (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    device_id TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opening_float_cents INTEGER NOT NULL,
    closed_by TEXT,
    closed_at TEXT,
    counted_cash_cents INTEGER
);
CREATE INDEX cash_sessions_branch ON cash_sessions(branch_id, opened_at);

-- Columns of the device's sale the 0001 tables lacked.
ALTER TABLE sales ADD COLUMN cash_session_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN discount_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN change_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN received_at TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_lines ADD COLUMN sku TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_payments ADD COLUMN tendered_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sale_payments ADD COLUMN exchange_rate_ppm INTEGER;
