-- Quotes (cotizaciones, issue 7): the counter's cart kept for a customer with the prices as quoted, valid until a
-- date (the last local day the prices hold), folio per branch ("COT-000001", counted in folio_counters as the
-- service orders are). A quote is converted to one sale at most: the sale records its folio. Every change is also a
-- fact in the outbox ("quote.*"), written by the same transaction. Amounts integer centavos, tax included as at the
-- counter; quantities thousandths; times UTC ISO-8601.

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,                -- UUID v7 generated on the device
    folio TEXT NOT NULL,                -- "COT-000001", counted per branch
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    customer_id TEXT NOT NULL DEFAULT '', -- the customers row ('' for a walk-in named on the quote)
    customer_name TEXT NOT NULL CHECK (length(trim(customer_name)) > 0), -- copy taken when quoting
    customer_phone TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    vehicle TEXT NOT NULL DEFAULT '',   -- "Nissan Versa 2019 (ABC-123-D)", '' when none
    price_list TEXT NOT NULL,
    ticket_discount_ppm INTEGER NOT NULL DEFAULT 0,
    subtotal_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    discount_cents INTEGER NOT NULL,
    valid_until TEXT NOT NULL,          -- local date YYYY-MM-DD: the prices hold through that day
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'converted', 'cancelled')),
    created_by TEXT NOT NULL,
    created_by_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sale_id TEXT,                       -- the counter sale it became
    sale_folio TEXT,
    converted_at TEXT,
    cancelled_at TEXT,
    UNIQUE (branch_id, folio),
    CHECK (state <> 'converted' OR sale_id IS NOT NULL)
);
CREATE INDEX quotes_created ON quotes(created_at);
CREATE INDEX quotes_customer ON quotes(customer_id, created_at);

CREATE TABLE quote_lines (
    quote_id TEXT NOT NULL REFERENCES quotes(id),
    line_no INTEGER NOT NULL,
    part_id INTEGER NOT NULL,           -- 0 for a service (labor)
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    warehouse_id TEXT NOT NULL,         -- '' for a service
    service INTEGER NOT NULL DEFAULT 0,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,  -- tax included, as quoted
    discount_ppm INTEGER NOT NULL DEFAULT 0, -- the line's own discount
    discount_cents INTEGER NOT NULL,    -- line discount + its share of the ticket discount, tax included
    base_cents INTEGER NOT NULL,
    tax_cents INTEGER NOT NULL,
    tax_code TEXT NOT NULL,             -- the item's rate (the border's 8 % is applied by the branch when priced)
    cost_cents INTEGER NOT NULL,
    retail_price_cents INTEGER NOT NULL,
    price_version INTEGER NOT NULL,
    sat_product_key TEXT NOT NULL,
    sat_unit_key TEXT NOT NULL,
    PRIMARY KEY (quote_id, line_no)
) WITHOUT ROWID;

-- The quote a sale came from (NULL for every other sale).
ALTER TABLE sales ADD COLUMN quote_folio TEXT;

-- A document sent with a message (the quote's PDF): WhatsApp uploads it as media and sends it as the template's
-- document header; e-mail attaches it. Kept with the message so a queued send needs nothing else when it goes out.
ALTER TABLE notification_messages ADD COLUMN attachment_name TEXT NOT NULL DEFAULT '';
ALTER TABLE notification_messages ADD COLUMN attachment BLOB;
