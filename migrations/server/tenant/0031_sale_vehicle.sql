-- Fleets (issue 9): the customer's vehicle a counter sale was for, as sale.completed (schema 5) carries it. NULL: none.
-- No foreign key: the vehicle's card may arrive after the sale, or be quarantined.

ALTER TABLE sales ADD COLUMN vehicle_id TEXT;
CREATE INDEX sales_vehicle ON sales(vehicle_id) WHERE vehicle_id IS NOT NULL;
