-- Cash in/out of the tills and their closes (corte Z) as the counters report them (facts cash.moved and
-- cash_session.closed): HQ sees every drawer's movements, what each close expected and counted per tender and the
-- cash count per denomination. A session is closed when closed_at is set (the demo generator writes closed ones too).

CREATE TABLE cash_movements (
    id TEXT PRIMARY KEY,                -- the device's UUID v7
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    branch_id TEXT NOT NULL REFERENCES branches(id),
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reason TEXT NOT NULL,
    user_id TEXT NOT NULL,
    authorized_by TEXT,                 -- the manager who approved a withdrawal above the cashier's rights
    at TEXT NOT NULL,                   -- UTC, device time
    received_at TEXT NOT NULL           -- UTC, server time
);
CREATE INDEX cash_movements_session ON cash_movements(cash_session_id, at);
CREATE INDEX cash_movements_branch ON cash_movements(branch_id, at);

-- Expected (from the device's ledgers) against counted, per tender method, as frozen at the close.
CREATE TABLE cash_session_tenders (
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    method TEXT NOT NULL,               -- cash, cash_usd, card_credit, card_debit, transfer, store_credit
    currency TEXT NOT NULL DEFAULT 'MXN', -- cash_usd is counted in USD
    expected_cents INTEGER NOT NULL,
    counted_cents INTEGER NOT NULL,
    PRIMARY KEY (cash_session_id, method)
) WITHOUT ROWID;

CREATE TABLE cash_session_denominations (
    cash_session_id TEXT NOT NULL REFERENCES cash_sessions(id),
    denomination_cents INTEGER NOT NULL CHECK (denomination_cents > 0),
    pieces INTEGER NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (cash_session_id, denomination_cents)
) WITHOUT ROWID;

ALTER TABLE cash_sessions ADD COLUMN z_number INTEGER;          -- consecutive per device
ALTER TABLE cash_sessions ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
ALTER TABLE cash_sessions ADD COLUMN close_summary TEXT;        -- JSON: sales, returns, gross, tax, cash in/out…
ALTER TABLE cash_sessions ADD COLUMN closed_received_at TEXT;   -- when the close reached the server
CREATE UNIQUE INDEX cash_sessions_z ON cash_sessions(device_id, z_number) WHERE z_number IS NOT NULL;
