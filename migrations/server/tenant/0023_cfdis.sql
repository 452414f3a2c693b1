-- Server tenant database: the CFDIs every counter stamped (and cancelled), as the fact cfdi.status reports them (issue
-- 6), so head office knows each branch's folios fiscales and the tickets they cover (nexus-admin cfdi list), and a
-- ticket covered by two valid invoices opens a "ticket_invoiced_twice" exception. One row per CFDI, updated in place
-- as its state moves (timbrada → cancelada); only the counter that stamped it reports it.

CREATE TABLE cfdis (
    id TEXT PRIMARY KEY,                -- the counter's invoice id (UUID v7)
    branch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    cfdi_type TEXT NOT NULL CHECK (cfdi_type IN ('I', 'E', 'P')),
    is_global INTEGER NOT NULL DEFAULT 0, -- 1: factura global (PUBLICO EN GENERAL)
    state TEXT NOT NULL CHECK (state IN ('timbrada', 'cancelada')),
    uuid TEXT NOT NULL,                 -- folio fiscal
    series TEXT NOT NULL DEFAULT '',
    folio_number INTEGER NOT NULL DEFAULT 0,
    stamped_at TEXT NOT NULL DEFAULT '', -- FechaTimbrado as the TFD writes it (the SAT's local time, no zone)
    customer_id TEXT NOT NULL DEFAULT '',
    receiver_rfc TEXT NOT NULL,
    receiver_name TEXT NOT NULL DEFAULT '',
    total_cents INTEGER NOT NULL,
    related_invoice_id TEXT NOT NULL DEFAULT '', -- E / P: the invoice it relates to
    related_uuid TEXT NOT NULL DEFAULT '',
    source_folio TEXT NOT NULL DEFAULT '', -- E: the return's folio; P: the abono's
    cancel_motive TEXT NOT NULL DEFAULT '',
    cancel_substitution TEXT NOT NULL DEFAULT '',
    cancellation_status TEXT NOT NULL DEFAULT '',
    cancelled_at TEXT NOT NULL DEFAULT '',
    reported_at TEXT NOT NULL,          -- the device's time of the last fact
    received_at TEXT NOT NULL
);
CREATE UNIQUE INDEX cfdis_uuid ON cfdis(uuid);
CREATE INDEX cfdis_stamped ON cfdis(stamped_at);

CREATE TABLE cfdi_tickets (
    cfdi_id TEXT NOT NULL REFERENCES cfdis(id),
    sale_id TEXT NOT NULL,              -- no foreign key: the sale's fact may sit in quarantine
    folio TEXT NOT NULL,
    total_cents INTEGER NOT NULL,       -- what of the ticket the CFDI covers, tax included
    PRIMARY KEY (cfdi_id, sale_id)
);
CREATE INDEX cfdi_tickets_sale ON cfdi_tickets(sale_id);
