-- Reports and dashboard (issue 10): the ledgers' time columns the reports range over, where no index had them yet.
-- sales(sold_at) has its index since 0002; returns, stock movements and cash sessions get theirs here.
CREATE INDEX returns_returned_at ON returns(returned_at);
CREATE INDEX stock_movements_at ON stock_movements(at);
CREATE INDEX cash_sessions_opened_at ON cash_sessions(opened_at);
