-- Server tenant database: loyalty points paid with (−) and given back by returns (+) at the counters (issue 7),
-- as the fact loyalty.points_moved carries them; what tickets earn stays derived from the sales.

CREATE TABLE loyalty_ledger (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    customer_id TEXT NOT NULL,          -- no foreign key: a move may arrive before a quarantined customer is fixed
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    points BIGINT NOT NULL,
    value_cents BIGINT NOT NULL,
    ref_type TEXT NOT NULL CHECK (ref_type IN ('sale', 'return')),
    ref_id TEXT NOT NULL,
    ref_folio TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,                   -- on the device (UTC)
    received_at TEXT NOT NULL
);
CREATE INDEX loyalty_ledger_customer ON loyalty_ledger(customer_id, at);
