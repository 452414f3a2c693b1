-- PostgreSQL twin of server/tenant/0033: a released part line (removed, or its order cancelled) withdraws the open
-- purchase suggestion it waited for, whichever device of the branch released it.
CREATE FUNCTION purchase_suggestions_line_released() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'released' THEN
        UPDATE purchase_suggestions SET withdrawn_at = NEW.status_at
        WHERE line_id = NEW.id AND purchase_order_id = '' AND withdrawn_at = '';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER purchase_suggestions_line_released AFTER UPDATE OF status ON service_order_parts
    FOR EACH ROW EXECUTE FUNCTION purchase_suggestions_line_released();
CREATE INDEX purchase_suggestions_line ON purchase_suggestions(line_id);
