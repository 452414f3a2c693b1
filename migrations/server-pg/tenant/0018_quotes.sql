-- PostgreSQL twin of server/tenant/0018: the branches' quotes, written once by quote.saved, then converted into one
-- sale or cancelled. Money, quantities, part ids and discounts are BIGINT here.

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    folio TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    customer_id TEXT NOT NULL DEFAULT '',
    customer_name TEXT NOT NULL,
    customer_phone TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    vehicle TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT '',
    ticket_discount_ppm BIGINT NOT NULL DEFAULT 0,
    subtotal_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL,
    valid_until TEXT NOT NULL,          -- the branch's local date YYYY-MM-DD
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'converted', 'cancelled')),
    created_by TEXT NOT NULL DEFAULT '',
    created_by_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sale_id TEXT,
    sale_folio TEXT,
    converted_at TEXT,
    cancelled_at TEXT,
    received_at TEXT NOT NULL,
    UNIQUE (branch_id, folio)
);
CREATE INDEX quotes_branch_created ON quotes(branch_id, created_at);
CREATE INDEX quotes_customer ON quotes(customer_id);

CREATE TABLE quote_lines (
    quote_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    part_id BIGINT NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL DEFAULT '',
    service INTEGER NOT NULL DEFAULT 0,
    quantity BIGINT NOT NULL,
    unit_price_cents BIGINT NOT NULL,
    discount_ppm BIGINT NOT NULL DEFAULT 0,
    discount_cents BIGINT NOT NULL,
    base_cents BIGINT NOT NULL,
    tax_cents BIGINT NOT NULL,
    tax_code TEXT NOT NULL,
    price_version INTEGER NOT NULL,
    PRIMARY KEY (quote_id, line_no)
);
