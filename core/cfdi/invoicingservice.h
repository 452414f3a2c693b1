// Invoicing stored tickets: a customer's invoice of one or several tickets, the factura global of a period, the
// invoice's life (pendiente de timbrar → timbrada / error / cancelada) as the stamping worker reports it.
//
// API summary (for the counter UI; the stamping itself is sync/client/invoicestamper.h, run on its own thread by
// sync/client/invoicestamperrunner.h — nudge() it after queueing):
//   InvoicingService service(db, clock, issuer);
//   service.invoiceTickets({customerId, {"MTZ1-000001", …}, userId})  → InvoiceRecord (state PendingStamp)
//       refuses (nothing written, Error::field() names it): an unknown/cancelled/returned ticket or one already in
//       an invoice ("folios[i]"), a ticket of another customer ("folios[i]"), a customer without fiscal data
//       ("customer.rfc", "customer.tax_system", "customer.zip"), and every SAT rule the builder checks.
//   service.globalInvoice({from, to, periodicity, userId})            → the factura global: every completed ticket
//       of the local dates [from, to] not invoiced individually (net of returns), one Concepto per ticket
//       (01010101 / ACT / NoIdentificacion = folio) to PUBLICO EN GENERAL XAXX010101000 with InformacionGlobal.
//   service.requestCancellation(invoiceId, "02")                      → queued; the worker sends it when online.
//   service.invoice(id), service.invoicesOfTicket(folio), service.toSend()
//   Progress: InvoiceStamperRunner::passFinished(stamped, waiting, refused, cancelled, lineDown, problem); the UI
//   then re-reads the records (state, uuid, xml, last_error in Spanish).
// Every request is written with its idempotency key BEFORE anything goes to the PAC, and the request JSON is sent
// byte for byte the same on every attempt: offline it waits; a retry (after a cut line or a crash) never stamps twice.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

#include "cfdi/invoicerequest.h"
#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Clock;
class Database;

enum class InvoiceState { PendingStamp, Stamped, Error, Cancelled };
[[nodiscard]] QString invoiceStateCode(InvoiceState state); // pendiente_de_timbrar | timbrada | error | cancelada

struct InvoiceRecord
{
    QString id;
    CfdiType type = CfdiType::Ingreso; // I: tickets; E: nota de crédito of a return; P: recibo de pago of an abono
    bool global = false;
    QString customerId;
    QString receiverRfc;
    QString receiverName;
    InvoiceState state = InvoiceState::PendingStamp;
    QByteArray requestJson; // Facturapi's invoice JSON (without the idempotency key)
    QString idempotencyKey;
    Money total;
    QString pacId;
    QString pacStatus;
    QString uuid;
    QString series;
    qint64 folioNumber = 0;
    QString stampedAt;
    QByteArray xml;
    QString pdfPath;
    int attempts = 0;
    QString lastError; // Spanish, as shown
    QString errorField;
    QString cancelMotive;
    QString cancelSubstitution;
    bool cancellationQueued = false; // requested and not yet accepted by the PAC
    QString cancellationStatus;
    QStringList folios; // the tickets it covers (type I)
    QString relatedInvoiceId; // E / P: the invoice of this counter it relates to
    bool awaitingRelated = false; // E / P: the request still waits for that invoice's UUID
    QString sourceFolio; // E: the return's folio; P: the abono's
    QString emailTo; // the queued or last e-mail's addresses, comma-separated
    bool emailQueued = false; // "Enviar por correo" requested, not yet accepted by the PAC
    QString emailedAt;
    QString createdBy; // user id
    QDateTime createdAt;

    // pendiente_de_timbrar | timbrada | cancelacion_pendiente | cancelada | error
    [[nodiscard]] QString listState() const;
};

struct TicketInvoiceOptions
{
    QString customerId = {};
    QStringList folios = {}; // as stored ("MTZ1-000123")
    QString userId = {};
    QString use = {}; // UsoCFDI; empty: the customer's
    QString paymentForm = {}; // c_FormaPago; empty: from the tickets' payments (largest amount)
    QString series = {}; // empty: none (Facturapi numbers it)
};

struct GlobalInvoiceOptions
{
    QDate from = {}; // local dates of the place of issue (the issuer's time zone), both included
    QDate to = {};
    QString periodicity = QStringLiteral("day"); // day | week | fortnight | month | two_months
    QString userId = {};
    QString series = {};
};

// What a ticket's tax code and a counter tender are in a CFDI (IVA 16 / 8 / 0 % or exento; c_FormaPago).
[[nodiscard]] Result<InvoiceTax> invoiceTaxOf(const QString &taxCode);
[[nodiscard]] QString paymentFormOfTender(const QString &method);

// The motive rules of a cancellation (field "motive" / "substitution"): 01–04, a UUID only and always with 01.
[[nodiscard]] Status checkCancellationMotive(const QString &motive, const QString &substitution);

class InvoicingService final
{
public:
    InvoicingService(Database &db, const Clock &clock, CfdiIssuer issuer);

    [[nodiscard]] Result<InvoiceRecord> invoiceTickets(const TicketInvoiceOptions &options);
    [[nodiscard]] Result<InvoiceRecord> globalInvoice(const GlobalInvoiceOptions &options);
    // Queues the cancellation of a stamped invoice; an invoice never sent (pendiente de timbrar) is simply
    // withdrawn (cancelada, its tickets free again) — unless it may have reached the PAC already (pac_id known or an
    // attempt made), then it is refused until the worker knows the outcome (field "state").
    [[nodiscard]] Status requestCancellation(
        const QString &invoiceId, const QString &motive, const QString &substitution = {});

    [[nodiscard]] Result<InvoiceRecord> invoice(const QString &id);
    [[nodiscard]] Result<std::vector<InvoiceRecord>> invoicesOfTicket(const QString &folio);
    // The customer's history still to invoice: folios of their completed tickets without returns that no pending or
    // stamped invoice (theirs or a factura global) covers, oldest first, at most `limit`.
    [[nodiscard]] Result<QStringList> uninvoicedTickets(const QString &customerId, int limit = 50);
    // Every CFDI of this counter (I, E, P), newest first, at most `limit`.
    [[nodiscard]] Result<std::vector<InvoiceRecord>> all(int limit = 500);
    // The notas de crédito and recibos de pago related to an invoice, oldest first.
    [[nodiscard]] Result<std::vector<InvoiceRecord>> relatedTo(const QString &invoiceId);
    // Oldest first: pendiente de timbrar, and timbrada with a queued cancellation or e-mail.
    [[nodiscard]] Result<std::vector<InvoiceRecord>> toSend();

    // Queues "Enviar por correo" of a stamped CFDI to these addresses (field "email": none, or one not an address;
    // "state": not stamped yet). The worker sends it through the PAC when the line is up.
    [[nodiscard]] Status requestEmail(const QString &invoiceId, const QStringList &emails);

    // What the stamping worker reports (each one transaction). Stamped, and cancelled by the PAC, also append the
    // fact "cfdi.status" (cfdi/cfdifact.h) in that transaction: head office knows every branch's CFDIs.
    // Before a create is sent. False: the invoice is no longer waiting (withdrawn at the counter meanwhile): skip it.
    [[nodiscard]] Result<bool> recordAttempt(const QString &id);
    [[nodiscard]] Status recordWaiting(const QString &id, const Error &reason); // still pending: why (line down…)
    [[nodiscard]] Status recordPacAnswer(const QString &id, const QString &pacId, const QString &pacStatus);
    [[nodiscard]] Status recordStamped(const QString &id, const QString &pacId, const QString &uuid,
        const QString &series, qint64 folioNumber, const QString &stampedAt, const QByteArray &xml);
    [[nodiscard]] Status recordRefused(const QString &id, const Error &error); // state error: the tickets are free
    // cancelled: state cancelada (its tickets free again). Otherwise "pending" (the receiver must accept) keeps it
    // queued; anything else (rejected, expired, refused) ends the request, with why in last_error.
    [[nodiscard]] Status recordCancellation(
        const QString &id, const QString &cancellationStatus, bool cancelled, const QString &why = {});
    [[nodiscard]] Status recordPdf(const QString &id, const QString &path);
    // The PAC accepted the e-mail (sent: cleared from the queue) or refused it for good (why in last_error).
    [[nodiscard]] Status recordEmail(const QString &id, bool sent, const QString &why = {});

private:
    [[nodiscard]] Result<InvoiceRecord> store(InvoiceRecord record,
        const std::vector<std::pair<QString, QString>> &sales, const std::vector<Money> &ticketTotals,
        const InvoiceRequest &request, const GlobalInvoiceOptions *global);
    [[nodiscard]] Result<std::vector<InvoiceRecord>> select(const QString &where, const QVariantList &values);
    [[nodiscard]] Status update(const QString &id, const QString &assignments, QVariantList values);

    Database &m_db;
    const Clock &m_clock;
    CfdiIssuer m_issuer;
};

} // namespace nexus
