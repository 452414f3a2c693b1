-- The service orders' purchase suggestions reach every device of their branch (issue 9). A device that finds no
-- branch with a part an order needs suggests buying it (purchase_suggestion.added); purchasing at any device of the
-- branch drafts it into a purchase order (.ordered); the order's cancellation withdraws it (.withdrawn). The
-- "purchase_suggestions" pull bucket carries each suggestion (key: its id, scope: its branch) with its status, so a
-- suggestion drafted at one device shows ordered at the others and is not drafted twice.
--
-- Two devices that draft the same suggestion offline: every draft is kept in purchase_suggestion_drafts (none is
-- quarantined: each is a well-formed fact about a purchase order that exists), and the suggestion is ordered by the
-- earliest (ordered_at, purchase_order_id), the same winner whatever order the facts arrive in. The later drafts open
-- an exception 'purchase_suggestion_ordered_twice' for purchasing; their purchase orders keep the line (a draft is
-- reviewed before it is sent, and the server never edits a device's purchase order).
-- An ordered suggestion stays ordered: a withdrawal that arrives after (or before) a draft does not undo it, and a
-- draft of a withdrawn suggestion opens 'purchase_suggestion_ordered_withdrawn'.

CREATE TABLE purchase_suggestions (
    id TEXT PRIMARY KEY,                -- UUID v7 from the device that suggested it
    branch_id TEXT NOT NULL,            -- that device's branch: the bucket's scope
    device_id TEXT NOT NULL,
    part_id INTEGER NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,         -- where the pieces are needed
    quantity INTEGER NOT NULL,          -- thousandths
    order_id TEXT NOT NULL DEFAULT '',  -- the service order waiting for it
    line_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',    -- "Service order MTY1-OS000012"
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    purchase_order_id TEXT NOT NULL DEFAULT '', -- the winning draft; '' while not ordered
    purchase_order_folio TEXT NOT NULL DEFAULT '',
    ordered_at TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT NOT NULL DEFAULT '', -- '' unless withdrawn
    received_at TEXT NOT NULL
);
CREATE INDEX purchase_suggestions_order ON purchase_suggestions(order_id);

-- Every draft a device made of a suggestion (the same draft again is a replay).
CREATE TABLE purchase_suggestion_drafts (
    suggestion_id TEXT NOT NULL REFERENCES purchase_suggestions(id),
    purchase_order_id TEXT NOT NULL,
    purchase_order_folio TEXT NOT NULL,
    device_id TEXT NOT NULL,
    ordered_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (suggestion_id, purchase_order_id)
);

CREATE VIEW purchase_suggestion_pull_rows AS
SELECT s.id AS id, s.branch_id AS branch_id,
       json_object('id', s.id, 'branch_id', s.branch_id, 'device_id', s.device_id, 'part_id', s.part_id,
                   'sku', s.sku, 'description', s.description, 'warehouse_id', s.warehouse_id,
                   'quantity', s.quantity, 'order_id', s.order_id, 'line_id', s.line_id, 'reason', s.reason,
                   'created_by', s.created_by, 'created_at', s.created_at,
                   'status', CASE WHEN s.purchase_order_id <> '' THEN 'ordered'
                                  WHEN s.withdrawn_at <> '' THEN 'withdrawn' ELSE 'open' END,
                   'purchase_order_id', s.purchase_order_id, 'purchase_order_folio', s.purchase_order_folio,
                   'ordered_at', s.ordered_at, 'withdrawn_at', s.withdrawn_at) AS row
FROM purchase_suggestions s;

CREATE TRIGGER purchase_suggestions_pull_insert AFTER INSERT ON purchase_suggestions
BEGIN
    DELETE FROM change_log WHERE bucket = 'purchase_suggestions' AND scope = NEW.branch_id AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'purchase_suggestions', r.branch_id, r.id, r.row, 0 FROM purchase_suggestion_pull_rows r WHERE r.id = NEW.id;
END;
CREATE TRIGGER purchase_suggestions_pull_update AFTER UPDATE ON purchase_suggestions
BEGIN
    DELETE FROM change_log WHERE bucket = 'purchase_suggestions' AND scope = NEW.branch_id AND key = NEW.id;
    INSERT INTO change_log(bucket, scope, key, row, deleted)
    SELECT 'purchase_suggestions', r.branch_id, r.id, r.row, 0 FROM purchase_suggestion_pull_rows r WHERE r.id = NEW.id;
END;

-- A service order cancelled at any device of the branch withdraws what it still waited to be bought.
CREATE TRIGGER purchase_suggestions_order_cancelled AFTER UPDATE OF status ON service_orders
WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled'
BEGIN
    UPDATE purchase_suggestions SET withdrawn_at = NEW.status_at
    WHERE order_id = NEW.id AND purchase_order_id = '' AND withdrawn_at = '';
END;
