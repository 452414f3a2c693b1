-- PostgreSQL twin of server/tenant/0014: stock adjustments and posted physical counts as the devices push them
-- (stock.adjusted facts): who, why and who authorised it; their movements are in stock_movements (kind 'adjustment' or 'count', ref_id = this id).

CREATE TABLE stock_adjustments (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    folio TEXT NOT NULL,                -- "MTY1-A000001" or "MTY1-C000001"
    kind TEXT NOT NULL CHECK (kind IN ('adjustment', 'count')),
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,
    reason TEXT NOT NULL,               -- shrinkage, damage, theft, correction; 'count' for counts
    note TEXT NOT NULL DEFAULT '',
    user_id TEXT NOT NULL,
    authorized_by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    lines INTEGER NOT NULL,             -- movements it made
    received_at TEXT NOT NULL
);
CREATE INDEX stock_adjustments_branch ON stock_adjustments(branch_id, at);
