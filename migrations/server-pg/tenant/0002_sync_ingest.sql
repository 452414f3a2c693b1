-- PostgreSQL twin of server/tenant/0002: what the push ingest needs to apply every device fact exactly once.
-- Under concurrency (several server processes) exactly-once rests on applied_mutations' primary key and on the
-- per-schema writer lock Database::begin() takes (pg_advisory_xact_lock), as BEGIN IMMEDIATE does on SQLite.
CREATE TABLE applied_mutations (
    mutation_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'quarantined')),
    result TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE INDEX applied_mutations_device_seq ON applied_mutations(device_id, seq);

CREATE TABLE device_seqs (
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    mutation_id TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);

CREATE TABLE device_cursors (
    device_id TEXT PRIMARY KEY,
    acked_seq BIGINT NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE quarantine (
    id BIGSERIAL PRIMARY KEY,
    mutation_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    reason TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX quarantine_device ON quarantine(device_id, seq);

CREATE TABLE exceptions (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    details TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX exceptions_open ON exceptions(kind, created_at) WHERE resolved_at IS NULL;

CREATE TABLE stock_movements (
    id TEXT PRIMARY KEY,
    part_id BIGINT NOT NULL,
    warehouse_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'receipt', 'transfer_out', 'transfer_in', 'adjustment', 'count')),
    quantity BIGINT NOT NULL,
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
    opening_float_cents BIGINT NOT NULL,
    closed_by TEXT,
    closed_at TEXT,
    counted_cash_cents BIGINT
);
CREATE INDEX cash_sessions_branch ON cash_sessions(branch_id, opened_at);

ALTER TABLE sales ADD COLUMN cash_session_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN discount_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN change_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN received_at TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_lines ADD COLUMN sku TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_payments ADD COLUMN tendered_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sale_payments ADD COLUMN exchange_rate_ppm BIGINT;
