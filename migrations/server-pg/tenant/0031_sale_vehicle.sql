-- PostgreSQL twin of server/tenant/0031: the customer's vehicle a counter sale was for (NULL: none).

ALTER TABLE sales ADD COLUMN vehicle_id TEXT;
CREATE INDEX sales_vehicle ON sales(vehicle_id) WHERE vehicle_id IS NOT NULL;
