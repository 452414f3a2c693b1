// The fact "cfdi.status": a CFDI of this counter as the SAT now knows it (stamped, then perhaps cancelled), pushed so
// head office knows every branch's folios fiscales and which tickets they cover (nexus-admin cfdi list), and can see a
// ticket covered by two valid CFDIs. Written by InvoicingService in the same transaction as the state change.
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <vector>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Clock;
class Database;

inline constexpr QLatin1String kCfdiStatusMutation { "cfdi.status" };
inline constexpr int kCfdiStatusSchema = 1;

struct CfdiFactTicket
{
    QString saleId;
    QString folio;
    Money total; // what of the ticket the CFDI covers, tax included
};

struct CfdiFact
{
    QString invoiceId; // the counter's invoices.id (UUID v7)
    QString cfdiType; // I | E | P
    bool global = false; // factura global (PUBLICO EN GENERAL)
    QString state; // timbrada | cancelada
    QString uuid; // folio fiscal
    QString series;
    qint64 folioNumber = 0;
    QString stampedAt; // FechaTimbrado, "yyyy-MM-ddTHH:mm:ss" (the issuer's local time, as the TFD writes it)
    QString customerId; // empty: PUBLICO EN GENERAL
    QString receiverRfc;
    QString receiverName;
    Money total;
    QString relatedInvoiceId; // E / P: the invoice it relates to
    QString relatedUuid;
    QString sourceFolio; // E: the return's folio; P: the abono's
    QString cancelMotive; // 01–04 once a cancellation was requested
    QString cancelSubstitution;
    QString cancellationStatus; // Facturapi's: accepted | pending | rejected | expired
    QString cancelledAt; // UTC, when cancelada
    std::vector<CfdiFactTicket> tickets; // type I
    QString atUtc; // when the counter learned this state
};

// {id, cfdi_type, global, state, uuid, series, folio_number, stamped_at, customer_id, receiver_rfc, receiver_name,
//  total_cents, related_invoice_id, related_uuid, source_folio, cancel_motive, cancel_substitution,
//  cancellation_status, cancelled_at, tickets: [{sale_id, folio, total_cents}], at}
[[nodiscard]] QJsonObject cfdiFactPayload(const CfdiFact &fact);
// The payload read back (the server's handler); errors (InvalidInput) name the payload field.
[[nodiscard]] Result<CfdiFact> cfdiFactFromPayload(const QJsonObject &payload);

// The fact of invoice `invoiceId` as nexus.db holds it now, appended to the outbox; call inside the caller's
// transaction, right after the state change. Only stamped and cancelled CFDIs with a UUID are facts (an invoice
// withdrawn before it reached the PAC never existed at the SAT): for any other nothing is written.
[[nodiscard]] Status appendCfdiFact(Database &db, const Clock &clock, const QString &invoiceId);

} // namespace nexus
