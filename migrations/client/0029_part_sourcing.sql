-- Workshop (issue 9): a part a service order needs and its warehouse cannot give is asked for elsewhere. Another
-- branch that has it gets a transfer request (the transfers of 0007, through TransferService); when nobody has it the
-- part goes to the purchase suggestions, the list purchasing turns into draft purchase orders next to the stock
-- alerts. Each waiting part line remembers which of the two it waits for, once.

-- What purchasing should buy that no stock alert asks for: a part a service order is waiting for.
CREATE TABLE purchase_suggestions (
    id TEXT PRIMARY KEY,                -- UUID v7
    part_id INTEGER NOT NULL CHECK (part_id > 0),
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,         -- where the pieces are needed (the order line's warehouse)
    quantity INTEGER NOT NULL CHECK (quantity > 0), -- thousandths
    order_id TEXT NOT NULL DEFAULT '',  -- the service order waiting for it
    line_id TEXT NOT NULL DEFAULT '',   -- its part line
    reason TEXT NOT NULL DEFAULT '',    -- "Service order OS-000012": travels into the purchase order's note
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    purchase_order_id TEXT,             -- the draft purchase order it went into; NULL while only suggested
    cancelled_at TEXT                   -- the order was cancelled (or the line removed) before it was ordered
);
CREATE INDEX purchase_suggestions_open ON purchase_suggestions(created_at) WHERE purchase_order_id IS NULL
    AND cancelled_at IS NULL;

-- Which request a waiting part line of a service order is waiting for: one per line, never a second.
CREATE TABLE service_order_part_sources (
    line_id TEXT PRIMARY KEY REFERENCES service_order_parts(id),
    order_id TEXT NOT NULL REFERENCES service_orders(id),
    kind TEXT NOT NULL CHECK (kind IN ('transfer', 'purchase')),
    ref_id TEXT NOT NULL,               -- transfers.id or purchase_suggestions.id
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX service_order_part_sources_order ON service_order_part_sources(order_id);
