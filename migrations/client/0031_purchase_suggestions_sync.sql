-- Purchase suggestions reach every device of the branch (issue 9): each change goes up as a fact and the
-- "purchase_suggestions" bucket brings the branch's list down. A suggestion drafted at another device points to a
-- purchase order this device does not hold, so the row keeps that order's folio for the waiting order line.
ALTER TABLE purchase_suggestions ADD COLUMN purchase_order_folio TEXT NOT NULL DEFAULT '';
UPDATE purchase_suggestions SET purchase_order_folio = coalesce(
    (SELECT po.folio FROM purchase_orders po WHERE po.id = purchase_suggestions.purchase_order_id), '')
WHERE purchase_order_id IS NOT NULL;
