-- CFDI invoices of stored tickets and their stamping by the PAC (Facturapi), offline-first: an invoice is written
-- here first ("pendiente_de_timbrar") with the exact request and idempotency key it will always be sent with, so a
-- retry after a cut line or a crash never stamps a second CFDI.

CREATE TABLE invoices (
    id TEXT PRIMARY KEY,                -- UUID v7 generated on the device
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'global')),
    customer_id TEXT,                   -- the receiver; NULL for a factura global (PUBLICO EN GENERAL)
    receiver_rfc TEXT NOT NULL,
    receiver_name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pendiente_de_timbrar'
        CHECK (state IN ('pendiente_de_timbrar', 'timbrada', 'error', 'cancelada')),
    request_json TEXT NOT NULL,         -- Facturapi's invoice JSON, sent byte for byte the same on every attempt
    idempotency_key TEXT NOT NULL UNIQUE,
    total_cents INTEGER NOT NULL,       -- of the tickets, tax included
    pac_id TEXT,                        -- Facturapi's invoice id once it answered
    pac_status TEXT,                    -- Facturapi's last status: pending | valid | canceled
    uuid TEXT,                          -- folio fiscal (TimbreFiscalDigital UUID)
    series TEXT,
    folio_number INTEGER,
    stamped_at TEXT,                    -- FechaTimbrado as the PAC wrote it
    xml TEXT,                           -- the stamped CFDI as the PAC sent it
    pdf_path TEXT,                      -- the PDF file, once downloaded or printed
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',-- the PAC's refusal or the last reason it is still waiting (Spanish)
    error_field TEXT NOT NULL DEFAULT '',
    cancel_motive TEXT CHECK (cancel_motive IN ('01', '02', '03', '04')),
    cancel_substitution TEXT,           -- UUID of the substituting invoice (motive 01)
    cancel_requested_at TEXT,           -- set when the cancellation is queued; sent when the line is up
    cancellation_status TEXT,           -- Facturapi's: pending | accepted | rejected | expired
    cancelled_at TEXT,
    global_periodicity TEXT,            -- factura global: day | week | fortnight | month | two_months
    period_from TEXT,                   -- factura global: the period's local dates, [from, to]
    period_to TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,           -- UTC ISO-8601
    updated_at TEXT NOT NULL
);
CREATE INDEX invoices_to_send ON invoices(created_at) WHERE state = 'pendiente_de_timbrar'
    OR (state = 'timbrada' AND cancel_requested_at IS NOT NULL);
CREATE INDEX invoices_customer ON invoices(customer_id, created_at);
CREATE UNIQUE INDEX invoices_uuid ON invoices(uuid) WHERE uuid IS NOT NULL;

CREATE TABLE invoice_tickets (
    invoice_id TEXT NOT NULL REFERENCES invoices(id),
    sale_id TEXT NOT NULL REFERENCES sales(id),
    folio TEXT NOT NULL,                -- the ticket's folio: NoIdentificacion in a factura global
    total_cents INTEGER NOT NULL,       -- what of the ticket this invoice covers, tax included
    PRIMARY KEY (invoice_id, sale_id)
) WITHOUT ROWID;
CREATE INDEX invoice_tickets_sale ON invoice_tickets(sale_id);
