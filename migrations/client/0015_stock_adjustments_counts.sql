-- Stock control of a branch (issue 8): adjustments with a reason (merma, daño, robo, corrección) and physical counts,
-- both posted through the stock ledger (kinds 'adjustment' and 'count') and sent up as stock.adjusted facts; and the
-- reorder levels (minimum, maximum) beside the reorder point notifications already keep, with the alerts they raise.

-- One adjustment: a manager's (or manager-authorised) correction of one warehouse's stock; its movements are
-- "<id>:<line no>", ref_type 'adjustment'.
CREATE TABLE stock_adjustments (
    id TEXT PRIMARY KEY,                -- UUID v7
    folio TEXT NOT NULL UNIQUE,         -- "MTY1-A000001"
    warehouse_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('shrinkage', 'damage', 'theft', 'correction')),
    note TEXT NOT NULL DEFAULT '',
    user_id TEXT NOT NULL,
    authorized_by TEXT NOT NULL DEFAULT '', -- the manager who authorised a user without AdjustStock; '' when none
    at TEXT NOT NULL
);
CREATE INDEX stock_adjustments_at ON stock_adjustments(at);

CREATE TABLE stock_adjustment_lines (
    adjustment_id TEXT NOT NULL REFERENCES stock_adjustments(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity <> 0), -- signed thousandths
    PRIMARY KEY (adjustment_id, line_no)
) WITHOUT ROWID;

-- A physical count of one warehouse, whole or one category (cycle count). Each line keeps the ledger balance at the
-- moment it was counted: posting moves counted - that balance, whatever was sold between counting and posting.
CREATE TABLE stock_counts (
    id TEXT PRIMARY KEY,                -- UUID v7
    folio TEXT NOT NULL UNIQUE,         -- "MTY1-C000001"
    warehouse_id TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('full', 'category')),
    category TEXT NOT NULL DEFAULT '',  -- scope 'category': its name
    note TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('open', 'posted', 'cancelled')),
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_by TEXT,                     -- posted or cancelled by
    authorized_by TEXT NOT NULL DEFAULT '',
    closed_at TEXT
);
-- One open count per warehouse and scope: two clerks scanning into two counts of the same shelf would post twice.
CREATE UNIQUE INDEX stock_counts_one_open ON stock_counts(warehouse_id, scope, category) WHERE state = 'open';

CREATE TABLE stock_count_lines (
    count_id TEXT NOT NULL REFERENCES stock_counts(id),
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    counted INTEGER NOT NULL CHECK (counted >= 0), -- thousandths
    expected INTEGER NOT NULL,          -- the ledger balance when the line was last counted
    counted_by TEXT NOT NULL,
    counted_at TEXT NOT NULL,
    PRIMARY KEY (count_id, part_id)
) WITHOUT ROWID;

-- Reorder levels: the reorder point (notifications, 0012) plus the minimum and maximum to buy up to.
ALTER TABLE stock_alert_levels ADD COLUMN minimum INTEGER NOT NULL DEFAULT 0;       -- thousandths
ALTER TABLE stock_alert_levels ADD COLUMN maximum INTEGER NOT NULL DEFAULT 0;       -- thousandths; 0: not set
ALTER TABLE stock_alert_levels ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0;     -- 1: from sales velocity
ALTER TABLE stock_alert_levels ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE stock_alert_levels ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

-- Reorder alerts: raised when a part's stock is at or below its reorder point, acknowledged by a person, resolved
-- by themselves when the stock is above the point again. One open (not resolved) alert per part and warehouse.
CREATE TABLE stock_alerts (
    id TEXT PRIMARY KEY,                -- UUID v7
    part_id INTEGER NOT NULL,
    warehouse_id TEXT NOT NULL,
    stock INTEGER NOT NULL,             -- thousandths, when raised (or last seen still low)
    reorder_point INTEGER NOT NULL,
    raised_at TEXT NOT NULL,
    acknowledged_by TEXT,
    acknowledged_at TEXT,
    resolved_at TEXT
);
CREATE UNIQUE INDEX stock_alerts_one_open ON stock_alerts(part_id, warehouse_id) WHERE resolved_at IS NULL;
