-- Abonos by card and transfer (issue 4): an abono on a customer's account records how it was paid (the tender code of
-- sales: cash, card_credit, card_debit, transfer), the card authorisation or transfer tracking number, and the till it
-- was taken at, so the X/Z reports expect it under its tender and its recibo de pago names the right c_FormaPago.
-- Charges and the abonos taken before this version leave them NULL (those abonos were cash, in cash_movements).
ALTER TABLE customer_account_ledger ADD COLUMN method TEXT;
ALTER TABLE customer_account_ledger ADD COLUMN reference TEXT;
ALTER TABLE customer_account_ledger ADD COLUMN cash_session_id TEXT;
CREATE INDEX customer_account_ledger_session ON customer_account_ledger(cash_session_id) WHERE cash_session_id IS NOT NULL;
