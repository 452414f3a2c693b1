-- Warranties and RMA (issue 9). A warranty is not a row: it is derived from a sold line and the period that applies
-- to it (core/warranty/warrantyperiod.h), so checkout writes nothing more. The period of a part line is, in order: an
-- override of that line, a manager's policy for its brand and category, for its category, for its brand, then the
-- catalogue category's warranty_days (the demo catalogue: balatas 180 days, acumuladores 540…). A service (labor)
-- line takes the labor policy (90 days unless the manager changes it). Claims against a warranty, their evidence and
-- the defective pieces sent back to the supplier (RMA) are rows; every change is also a fact in the outbox.

CREATE TABLE warranty_policies (
    scope TEXT NOT NULL CHECK (scope IN ('part', 'labor')),
    brand_id INTEGER NOT NULL DEFAULT 0,    -- catalogue brand; 0 any brand
    category_id INTEGER NOT NULL DEFAULT 0, -- catalogue category; 0 any category
    days INTEGER NOT NULL CHECK (days >= 0 AND days <= 3650), -- 0: no warranty
    label TEXT NOT NULL DEFAULT '',         -- "LTH / Acumuladores", as the manager saw it
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scope, brand_id, category_id),
    CHECK (scope = 'part' AND (brand_id > 0 OR category_id > 0) OR scope = 'labor' AND brand_id = 0 AND category_id = 0)
) WITHOUT ROWID;
INSERT INTO warranty_policies(scope, brand_id, category_id, days, label) VALUES ('labor', 0, 0, 90, 'Mano de obra');

-- The period of one sold line set by hand (a longer warranty agreed with the customer, none on a used part).
CREATE TABLE warranty_line_overrides (
    sale_id TEXT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    days INTEGER NOT NULL CHECK (days >= 0 AND days <= 3650),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;

-- A claim against the warranty of one sold line. open → resolved (replace | refund | repair | reject) → closed.
-- The defective piece stays in custody while the claim is open; it enters the stock (the warehouse's defective
-- location) only when the store keeps it: replace or refund.
CREATE TABLE warranty_claims (
    id TEXT PRIMARY KEY,                -- UUID v7
    folio TEXT NOT NULL UNIQUE,         -- "MTZ1-G000001": the device's series with a G
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sale_id TEXT NOT NULL REFERENCES sales(id),
    sale_folio TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,           -- 0: a service line
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL DEFAULT '', -- where the line was sold from ('' service)
    quantity INTEGER NOT NULL CHECK (quantity > 0), -- thousandths
    customer_id TEXT NOT NULL DEFAULT '',
    expires_on TEXT NOT NULL,           -- the warranty's last day (local date) when the claim was opened
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    part_received INTEGER NOT NULL DEFAULT 0, -- 1: the customer left the defective piece
    status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'closed')),
    resolution TEXT CHECK (resolution IN ('replace', 'refund', 'repair', 'reject')),
    resolution_note TEXT NOT NULL DEFAULT '', -- mandatory for reject
    replacement_warehouse_id TEXT NOT NULL DEFAULT '',
    return_id TEXT,                     -- refund of a part: the return (returns) that paid it
    cash_movement_id TEXT,              -- refund of a service: the cash out of the till
    refund_cents INTEGER NOT NULL DEFAULT 0,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'open') = (resolution IS NULL))
);
CREATE INDEX warranty_claims_line ON warranty_claims(sale_id, line_no);
CREATE INDEX warranty_claims_status ON warranty_claims(status, opened_at);

-- Photos and documents of a claim, copied under the data directory (stored_path) when attached.
CREATE TABLE warranty_claim_evidence (
    claim_id TEXT NOT NULL REFERENCES warranty_claims(id),
    file_no INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (claim_id, file_no)
) WITHOUT ROWID;

-- A defective piece sent back to its supplier: sent → credited (with the credit) | rejected.
CREATE TABLE rmas (
    id TEXT PRIMARY KEY,                -- UUID v7
    folio TEXT NOT NULL UNIQUE,         -- "MTZ1-R000001"
    claim_id TEXT NOT NULL REFERENCES warranty_claims(id),
    branch_id TEXT NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,         -- the defective location it left
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    supplier_id TEXT NOT NULL DEFAULT '', -- a suppliers row when purchasing has one; '' otherwise
    supplier_name TEXT NOT NULL CHECK (length(trim(supplier_name)) > 0),
    reference TEXT NOT NULL DEFAULT '', -- the supplier's RMA number, the guide number
    status TEXT NOT NULL CHECK (status IN ('sent', 'credited', 'rejected')),
    credit_cents INTEGER NOT NULL DEFAULT 0 CHECK (credit_cents >= 0),
    note TEXT NOT NULL DEFAULT '',
    sent_by TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    settled_by TEXT NOT NULL DEFAULT '',
    settled_at TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX rmas_claim ON rmas(claim_id);
CREATE INDEX rmas_status ON rmas(status, sent_at);

-- Warranties looked up by customer: the customer's tickets without scanning every sale (one index entry per sale,
-- not per line: nothing measurable at checkout). By part, the sale movements' (part_id, warehouse_id, at) index.
CREATE INDEX IF NOT EXISTS sales_customer ON sales(customer_id) WHERE customer_id IS NOT NULL;

-- Staff see warranties about to expire in the bell too.
INSERT INTO notification_templates(event, channel, subject, body) VALUES
    ('warranty_expiring', 'in_app', 'Garantía por vencer: {pieza}',
     'La garantía de {pieza} (venta {folio}) de {cliente} vence el {fecha}.');
