-- PostgreSQL twin of server/tenant/0016: warranty claims, RMAs and their facts as the devices push them. Part ids,
-- quantities and money are BIGINT here.

CREATE TABLE warranty_claims (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    folio TEXT NOT NULL,                -- "MTY1-G000001"
    sale_id TEXT NOT NULL,
    sale_folio TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    part_id BIGINT NOT NULL,           -- 0: a service line
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL,          -- thousandths
    customer_id TEXT NOT NULL DEFAULT '',
    expires_on TEXT NOT NULL,           -- local date, ISO
    reason TEXT NOT NULL,
    part_received INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'closed')),
    resolution TEXT CHECK (resolution IN ('replace', 'refund', 'repair', 'reject')),
    resolution_note TEXT NOT NULL DEFAULT '',
    refund_cents BIGINT NOT NULL DEFAULT 0,
    return_id TEXT NOT NULL DEFAULT '',
    cash_movement_id TEXT NOT NULL DEFAULT '',
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);
CREATE INDEX warranty_claims_branch ON warranty_claims(branch_id, status);
CREATE INDEX warranty_claims_sale ON warranty_claims(sale_id);

CREATE TABLE rmas (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    folio TEXT NOT NULL,                -- "MTY1-R000001"
    claim_id TEXT NOT NULL,
    part_id BIGINT NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,         -- the defective location it left
    quantity BIGINT NOT NULL,
    supplier_id TEXT NOT NULL DEFAULT '',
    supplier_name TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('sent', 'credited', 'rejected')),
    credit_cents BIGINT NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    sent_by TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    settled_by TEXT NOT NULL DEFAULT '',
    settled_at TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);
CREATE INDEX rmas_branch ON rmas(branch_id, status);

-- Every fact as it arrived: HQ's audit trail; id is the fact's event_id, so the same fact under another mutation id
-- is recognised.
CREATE TABLE warranty_events (
    id TEXT PRIMARY KEY,
    ref_id TEXT NOT NULL,               -- the claim or the RMA
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX warranty_events_ref ON warranty_events(ref_id, at);
