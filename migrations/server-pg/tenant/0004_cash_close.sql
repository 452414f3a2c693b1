-- PostgreSQL twin of server/tenant/0004: cash in/out of the tills and their closes (corte Z) as the counters report
-- them (facts cash.moved and cash_session.closed), expected against counted per tender, cash per denomination.
CREATE TABLE cash_movements (
    id TEXT PRIMARY KEY,
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    branch_id TEXT NOT NULL REFERENCES branches(id),
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    reason TEXT NOT NULL,
    user_id TEXT NOT NULL,
    authorized_by TEXT,
    at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX cash_movements_session ON cash_movements(cash_session_id, at);
CREATE INDEX cash_movements_branch ON cash_movements(branch_id, at);

CREATE TABLE cash_session_tenders (
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    method TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'MXN',
    expected_cents BIGINT NOT NULL,
    counted_cents BIGINT NOT NULL,
    PRIMARY KEY (cash_session_id, method)
);

CREATE TABLE cash_session_denominations (
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    denomination_cents BIGINT NOT NULL CHECK (denomination_cents > 0),
    pieces BIGINT NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (cash_session_id, denomination_cents)
);

ALTER TABLE cash_sessions ADD COLUMN z_number BIGINT;
ALTER TABLE cash_sessions ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
ALTER TABLE cash_sessions ADD COLUMN close_summary TEXT;
ALTER TABLE cash_sessions ADD COLUMN closed_received_at TEXT;
CREATE UNIQUE INDEX cash_sessions_z ON cash_sessions(device_id, z_number) WHERE z_number IS NOT NULL;
