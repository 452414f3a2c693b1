-- A purchase suggestion is withdrawn when the part line waiting for it is released at any device of the branch (the
-- line removed, or the order cancelled), not only at the device that made the suggestion: another device holds the
-- pulled order but not which suggestion its line waits for, so the server, which holds both, withdraws it. A
-- suggestion already drafted into a purchase order stays ordered (the rule of 0032).
CREATE TRIGGER purchase_suggestions_line_released AFTER UPDATE OF status ON service_order_parts
WHEN NEW.status = 'released'
BEGIN
    UPDATE purchase_suggestions SET withdrawn_at = NEW.status_at
    WHERE line_id = NEW.id AND purchase_order_id = '' AND withdrawn_at = '';
END;
CREATE INDEX purchase_suggestions_line ON purchase_suggestions(line_id);
