-- PostgreSQL twin of server/tenant/0013.
-- Sales by ticket number: the ingest looks up whether a pushed sale's folio is already another sale's (a counter
-- restored from an old backup numbers again until it syncs) and opens a duplicate_folio exception.
CREATE INDEX sales_folio ON sales(folio);
