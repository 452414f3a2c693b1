-- The customer's lifetime figures from head office (issue 7): purchases, sales, refunds, distinct purchase days and
-- the first and last purchase at every branch, as of customers.server_acked_seq (0022's rule: the counter adds its
-- own sales and returns with a greater outbox seq). The card's lifetime value, average ticket, rhythm and churn risk
-- are then the chain's, not this counter's alone.

ALTER TABLE customers ADD COLUMN lifetime_purchases INTEGER; -- NULL: no figure from the server yet
ALTER TABLE customers ADD COLUMN lifetime_gross_cents INTEGER;
ALTER TABLE customers ADD COLUMN lifetime_refunds_cents INTEGER;
ALTER TABLE customers ADD COLUMN lifetime_purchase_days INTEGER;
ALTER TABLE customers ADD COLUMN first_purchase_at TEXT;
ALTER TABLE customers ADD COLUMN last_purchase_at TEXT;
