-- A service order's part line pulled from a server copy that does not know its list price, cost and price version (it
-- came up in a schema-1 service_order fact, from a client older than schema 2) is stored with priced = 0: the counter
-- that charges it takes them from its catalogue then (core/workshop/serviceordercharge.h) instead of recording cost
-- 0. Lines pulled before this column were all written with cost 0, the unit price as list price and version 1: a
-- reserved catalogue line with cost 0 is taken for one of those (a part whose catalogue cost is 0 stays at 0).

ALTER TABLE service_order_parts ADD COLUMN priced INTEGER NOT NULL DEFAULT 1 CHECK (priced IN (0, 1));

UPDATE service_order_parts SET priced = 0 WHERE status = 'reserved' AND part_id > 0 AND cost_cents = 0;
