-- PostgreSQL twin of server/tenant/0032: the service orders' purchase suggestions, every draft made of them, and the
-- "purchase_suggestions" pull bucket (key: the suggestion id, scope: its branch) logged through change_log_put (0003).
-- The winner of two drafts and the withdrawal rules are the handler's (portable SQL), as on SQLite.

CREATE TABLE purchase_suggestions (
    id TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    part_id BIGINT NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    warehouse_id TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    line_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    purchase_order_id TEXT NOT NULL DEFAULT '',
    purchase_order_folio TEXT NOT NULL DEFAULT '',
    ordered_at TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);
CREATE INDEX purchase_suggestions_order ON purchase_suggestions(order_id);

CREATE TABLE purchase_suggestion_drafts (
    suggestion_id TEXT NOT NULL REFERENCES purchase_suggestions(id),
    purchase_order_id TEXT NOT NULL,
    purchase_order_folio TEXT NOT NULL,
    device_id TEXT NOT NULL,
    ordered_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (suggestion_id, purchase_order_id)
);

CREATE FUNCTION purchase_suggestion_pull_row(s purchase_suggestions) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT json_build_object('id', s.id, 'branch_id', s.branch_id, 'device_id', s.device_id, 'part_id', s.part_id,
        'sku', s.sku, 'description', s.description, 'warehouse_id', s.warehouse_id, 'quantity', s.quantity,
        'order_id', s.order_id, 'line_id', s.line_id, 'reason', s.reason, 'created_by', s.created_by,
        'created_at', s.created_at,
        'status', CASE WHEN s.purchase_order_id <> '' THEN 'ordered'
                       WHEN s.withdrawn_at <> '' THEN 'withdrawn' ELSE 'open' END,
        'purchase_order_id', s.purchase_order_id, 'purchase_order_folio', s.purchase_order_folio,
        'ordered_at', s.ordered_at, 'withdrawn_at', s.withdrawn_at)::text;
$$;

CREATE FUNCTION purchase_suggestions_pull_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM change_log_put('purchase_suggestions', NEW.branch_id, NEW.id, purchase_suggestion_pull_row(NEW));
    RETURN NULL;
END;
$$;
CREATE TRIGGER purchase_suggestions_pull_log AFTER INSERT OR UPDATE ON purchase_suggestions
    FOR EACH ROW EXECUTE FUNCTION purchase_suggestions_pull_log();

-- A service order cancelled at any device of the branch withdraws what it still waited to be bought.
CREATE FUNCTION purchase_suggestions_order_cancelled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN
        UPDATE purchase_suggestions SET withdrawn_at = NEW.status_at
        WHERE order_id = NEW.id AND purchase_order_id = '' AND withdrawn_at = '';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER purchase_suggestions_order_cancelled AFTER UPDATE OF status ON service_orders
    FOR EACH ROW EXECUTE FUNCTION purchase_suggestions_order_cancelled();
