-- "Facturar ticket" and the customer's history find a ticket's invoices by its folio (InvoicingService::
-- invoicesOfTicket: invoice_tickets WHERE folio = ?); without this index every lookup reads every invoiced ticket.
CREATE INDEX invoice_tickets_folio ON invoice_tickets(folio);
