// The CFDI fact: core reads and checks the payload, portable SQL keeps it (SQLite and PostgreSQL).
#include "server/cfdistatushandler.h"

#include "cfdi/cfdifact.h"
#include "store/database.h"

#include <QJsonArray>

namespace nexus {

namespace {

// Another valid invoice (type I, timbrada) that covers this sale: its folio fiscal, else empty.
Result<QStringList> otherInvoicesOf(Database &db, const QString &saleId, const QString &cfdiId)
{
    Result<QSqlQuery> query = db.exec(
        QStringLiteral("SELECT c.uuid FROM cfdi_tickets t JOIN cfdis c ON c.id = t.cfdi_id WHERE t.sale_id = ? AND "
                       "c.id <> ? AND c.cfdi_type = 'I' AND c.state = 'timbrada' ORDER BY c.uuid"),
        { saleId, cfdiId });
    if (!query)
        return std::unexpected(query.error());
    QStringList uuids;
    while (query->next())
        uuids << query->value(0).toString();
    return uuids;
}

} // namespace

QString CfdiStatusHandler::type() const
{
    return QString(kCfdiStatusMutation);
}

Result<QJsonObject> CfdiStatusHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    Result<CfdiFact> fact = cfdiFactFromPayload(payload);
    if (!fact)
        return std::unexpected(fact.error());
    Database &db = context.db;
    Result<QSqlQuery> existing = db.exec(
        QStringLiteral("SELECT id, device_id, state FROM cfdis WHERE id = ? OR uuid = ?"), { fact->invoiceId, fact->uuid });
    if (!existing)
        return std::unexpected(existing.error());
    QString storedState;
    while (existing->next()) {
        if (existing->value(0).toString() != fact->invoiceId)
            return fail(ErrorCode::InvalidInput, NX_ERR("The folio fiscal %1 was reported for another CFDI"),
                { fact->uuid }, QStringLiteral("payload.uuid"));
        if (existing->value(1).toString() != context.device.deviceId)
            return fail(ErrorCode::InvalidInput, NX_ERR("The CFDI %1 was reported by another device"),
                { fact->invoiceId }, QStringLiteral("payload.id"));
        storedState = existing->value(2).toString();
    }
    QJsonObject result { { QStringLiteral("cfdi_id"), fact->invoiceId }, { QStringLiteral("uuid"), fact->uuid } };
    if (storedState == QLatin1String("cancelada") && fact->state != QLatin1String("cancelada")) {
        result.insert(QStringLiteral("state"), storedState); // a cancelled CFDI stays cancelled
        return result;
    }

    const QVariantList values { fact->state, fact->series, fact->folioNumber, fact->stampedAt, fact->customerId,
        fact->receiverRfc, fact->receiverName, fact->total.centavos(), fact->relatedInvoiceId, fact->relatedUuid,
        fact->sourceFolio, fact->cancelMotive, fact->cancelSubstitution, fact->cancellationStatus, fact->cancelledAt,
        fact->atUtc, context.nowUtc };
    if (!storedState.isEmpty()) {
        Result<QSqlQuery> updated = db.exec(
            QStringLiteral("UPDATE cfdis SET state = ?, series = ?, folio_number = ?, stamped_at = ?, customer_id = ?, "
                           "receiver_rfc = ?, receiver_name = ?, total_cents = ?, related_invoice_id = ?, "
                           "related_uuid = ?, source_folio = ?, cancel_motive = ?, cancel_substitution = ?, "
                           "cancellation_status = ?, cancelled_at = ?, reported_at = ?, received_at = ? WHERE id = ?"),
            values + QVariantList { fact->invoiceId });
        if (!updated)
            return std::unexpected(updated.error());
    } else {
        Result<QSqlQuery> inserted = db.exec(
            QStringLiteral("INSERT INTO cfdis(state, series, folio_number, stamped_at, customer_id, receiver_rfc, "
                           "receiver_name, total_cents, related_invoice_id, related_uuid, source_folio, cancel_motive, "
                           "cancel_substitution, cancellation_status, cancelled_at, reported_at, received_at, id, "
                           "branch_id, device_id, cfdi_type, is_global, uuid) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values
                + QVariantList { fact->invoiceId, context.device.branchId, context.device.deviceId, fact->cfdiType,
                      fact->global ? 1 : 0, fact->uuid });
        if (!inserted)
            return std::unexpected(inserted.error());
        for (const CfdiFactTicket &ticket : fact->tickets) {
            Result<QSqlQuery> covered = db.exec(
                QStringLiteral(
                    "INSERT INTO cfdi_tickets(cfdi_id, sale_id, folio, total_cents) VALUES (?, ?, ?, ?)"),
                { fact->invoiceId, ticket.saleId, ticket.folio, ticket.total.centavos() });
            if (!covered)
                return std::unexpected(covered.error());
        }
    }
    result.insert(QStringLiteral("state"), fact->state);

    // One ticket, two valid invoices (a counter restored from an old backup, a ticket invoiced again elsewhere): the
    // SAT has both; head office must cancel one.
    if (fact->cfdiType == QLatin1String("I") && fact->state == QLatin1String("timbrada")) {
        QJsonArray opened;
        for (const CfdiFactTicket &ticket : fact->tickets) {
            Result<QStringList> others = otherInvoicesOf(db, ticket.saleId, fact->invoiceId);
            if (!others)
                return std::unexpected(others.error());
            if (others->isEmpty())
                continue;
            if (Status noted = openException(db, QStringLiteral("ticket_invoiced_twice"), ticket.saleId,
                    { { QStringLiteral("folio"), ticket.folio }, { QStringLiteral("uuid"), fact->uuid },
                        { QStringLiteral("other_uuids"), QJsonArray::fromStringList(*others) } },
                    context.nowUtc);
                !noted)
                return std::unexpected(noted.error());
            opened.append(QStringLiteral("ticket_invoiced_twice"));
        }
        if (!opened.isEmpty())
            result.insert(QStringLiteral("exceptions"), opened);
    }
    return result;
}

} // namespace nexus
