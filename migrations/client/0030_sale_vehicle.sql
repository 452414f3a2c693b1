-- Fleets (issue 9): a counter sale may be for one of its customer's vehicles (oil and filters bought over the counter
-- for a fleet's truck), so the vehicle's cost counts it. NULL: a sale for no particular vehicle. The same id travels
-- up in the sale.completed fact (schema 5).

ALTER TABLE sales ADD COLUMN vehicle_id TEXT;
CREATE INDEX sales_vehicle ON sales(vehicle_id, sold_at) WHERE vehicle_id IS NOT NULL;
