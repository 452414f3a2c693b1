// CFDIs that relate to an invoice of this counter, queued by the real flows in their own transaction: the nota de
// crédito (type E, TipoRelacion 01) of a return of an invoiced ticket, and the recibo de pago (type P, Pagos 2.0) of
// an abono against a PPD invoice. Each is an `invoices` row with its Facturapi request and idempotency key, stamped by
// the same worker as the invoices (sync/client/invoicestamper.h), exactly once.
//
// While the related invoice is still "pendiente de timbrar" its UUID is unknown: the row waits (awaiting_related) and
// completeRelatedRequest() fills the request from the STAMPED original (its UUID; for a payment also the parcialidad,
// the saldo anterior from the original's Total minus the earlier recibos, and the tax bases of the part paid), once,
// before the first attempt. From then on the request never changes, like any other.
//
// A return of a ticket that went into a factura global gets its Egreso against the global invoice: receiver PUBLICO
// EN GENERAL XAXX010101000, régimen 616, the place of issue as its CP, UsoCFDI S01, one Concepto 84111506/ACT with the
// ticket's folio as NoIdentificacion (SAT, Guía de llenado del CFDI global, Apéndice 2 caso I).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Clock;
class Database;
struct ReturnRecord;

// One abono's application to one ticket (the customer's account document) — what CustomerPaymentService applied.
struct AbonoApplication
{
    QString saleFolio;
    Money amount;
};

struct AbonoForComplement
{
    QString id; // the abono's id (customer_account_ledger.id)
    QString folio; // "MTZ1-A000003"
    QString atUtc; // when it was paid (FechaPago)
    QString paymentForm = QStringLiteral("01"); // c_FormaPago of how it was paid (cash: 01)
    QString userId;
    std::vector<AbonoApplication> applications;
};

// Inside the return's transaction: one nota de crédito per valid or pending invoice (type I) that covers the
// returned ticket. Returns the ids queued (none when the ticket is not invoiced).
[[nodiscard]] Result<QStringList> queueCreditNotes(Database &db, const Clock &clock, const ReturnRecord &returned);

// Inside the abono's transaction: one recibo de pago per PPD invoice (type I, valid or pending) covering a ticket the
// abono paid, for the sum it paid of that invoice's tickets. Returns the ids queued.
[[nodiscard]] Result<QStringList> queuePaymentComplements(
    Database &db, const Clock &clock, const AbonoForComplement &abono);

enum class RelatedReadiness {
    Ready, // the request is complete: send it
    Waiting, // the related invoice is not stamped yet
    Impossible, // the related invoice was refused or cancelled: this one can never be stamped
};

struct RelatedCompletion
{
    RelatedReadiness readiness = RelatedReadiness::Ready;
    Error reason; // Waiting / Impossible: why (field "related_invoice")
};

// For the stamping worker, one transaction: completes an awaiting E/P request from its stamped original (only while
// no attempt was made). A row that does not await anything is Ready.
[[nodiscard]] Result<RelatedCompletion> completeRelatedRequest(
    Database &db, const Clock &clock, const QString &invoiceId);

} // namespace nexus
