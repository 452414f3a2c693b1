-- The customer's loyalty figures from head office (issue 7): points earned, taken back and moved at every branch
-- and the rolling 12-month spend that sets the tier, as of customers.server_acked_seq. The counter shows those plus
-- its own facts the server has not acknowledged yet (a sale, a return or a points move whose outbox seq is greater),
-- so a newer local movement still on its way up is neither lost nor counted twice.

ALTER TABLE customers ADD COLUMN loyalty_points INTEGER;      -- NULL: no figure from the server yet
ALTER TABLE customers ADD COLUMN loyalty_spend_cents INTEGER;

-- The outbox fact that carries each sale and return to the server.
ALTER TABLE sales ADD COLUMN outbox_seq INTEGER;
ALTER TABLE returns ADD COLUMN outbox_seq INTEGER;
UPDATE sales SET outbox_seq = o.seq
FROM (SELECT seq, json_extract(payload, '$.id') AS id FROM outbox WHERE type = 'sale.completed') AS o
WHERE o.id = sales.id;
UPDATE returns SET outbox_seq = o.seq
FROM (SELECT seq, json_extract(payload, '$.id') AS id FROM outbox WHERE type = 'sale.returned') AS o
WHERE o.id = returns.id;

-- A sale and a return are written before their outbox fact (same transaction): stamp them then.
CREATE TRIGGER sales_outbox_seq AFTER INSERT ON outbox WHEN NEW.type = 'sale.completed'
BEGIN
    UPDATE sales SET outbox_seq = NEW.seq WHERE id = json_extract(NEW.payload, '$.id');
END;
CREATE TRIGGER returns_outbox_seq AFTER INSERT ON outbox WHEN NEW.type = 'sale.returned'
BEGIN
    UPDATE returns SET outbox_seq = NEW.seq WHERE id = json_extract(NEW.payload, '$.id');
END;
