-- CFDIs that relate to another one of this counter: notas de crédito (E) queued by returns of invoiced tickets and
-- recibos de pago (P, Pagos 2.0) queued by abonos against PPD invoices; and e-mailing a stamped CFDI (queued).
-- A related CFDI is written with its request in the same transaction as the return or the abono; while the invoice
-- it relates to is not stamped yet (no UUID), awaiting_related = 1: the stamping worker completes the request from
-- the stamped original (UUID, and for a payment its saldo anterior and tax bases) ONCE, before the first attempt,
-- and from then on it is sent byte for byte the same, with the same idempotency key.

ALTER TABLE invoices ADD COLUMN cfdi_type TEXT NOT NULL DEFAULT 'I' CHECK (cfdi_type IN ('I', 'E', 'P'));
ALTER TABLE invoices ADD COLUMN related_invoice_id TEXT REFERENCES invoices(id); -- E / P: the invoice it relates to
ALTER TABLE invoices ADD COLUMN awaiting_related INTEGER NOT NULL DEFAULT 0;     -- 1: the request still needs the UUID
ALTER TABLE invoices ADD COLUMN source_type TEXT CHECK (source_type IN ('return', 'payment')); -- what queued it
ALTER TABLE invoices ADD COLUMN source_id TEXT;      -- returns.id | the abono's id (customer_account_ledger.id)
ALTER TABLE invoices ADD COLUMN source_folio TEXT;   -- the return's or the abono's folio, shown in the list
ALTER TABLE invoices ADD COLUMN email_to TEXT;       -- addresses, comma-separated, of the queued e-mail
ALTER TABLE invoices ADD COLUMN email_requested_at TEXT; -- set when "Enviar por correo" is queued, cleared once sent
ALTER TABLE invoices ADD COLUMN emailed_at TEXT;     -- when the PAC last accepted the e-mail

-- One credit note per (return, invoice), one recibo de pago per (abono, invoice).
CREATE UNIQUE INDEX invoices_source ON invoices(source_type, source_id, related_invoice_id) WHERE source_id IS NOT NULL;
CREATE INDEX invoices_related ON invoices(related_invoice_id) WHERE related_invoice_id IS NOT NULL;

DROP INDEX invoices_to_send;
CREATE INDEX invoices_to_send ON invoices(created_at) WHERE state = 'pendiente_de_timbrar'
    OR (state = 'timbrada' AND (cancel_requested_at IS NOT NULL OR email_requested_at IS NOT NULL));
