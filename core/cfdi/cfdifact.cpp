// The CFDI fact: its payload both ways and the outbox row written from the invoice as stored.
#include "cfdi/cfdifact.h"

#include "cfdi/stampedcfdi.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace nexus {

QJsonObject cfdiFactPayload(const CfdiFact &fact)
{
    QJsonArray tickets;
    for (const CfdiFactTicket &ticket : fact.tickets)
        tickets.append(QJsonObject { { QStringLiteral("sale_id"), ticket.saleId },
            { QStringLiteral("folio"), ticket.folio }, { QStringLiteral("total_cents"), ticket.total.centavos() } });
    return QJsonObject { { QStringLiteral("id"), fact.invoiceId }, { QStringLiteral("cfdi_type"), fact.cfdiType },
        { QStringLiteral("global"), fact.global }, { QStringLiteral("state"), fact.state },
        { QStringLiteral("uuid"), fact.uuid }, { QStringLiteral("series"), fact.series },
        { QStringLiteral("folio_number"), fact.folioNumber }, { QStringLiteral("stamped_at"), fact.stampedAt },
        { QStringLiteral("customer_id"), fact.customerId }, { QStringLiteral("receiver_rfc"), fact.receiverRfc },
        { QStringLiteral("receiver_name"), fact.receiverName },
        { QStringLiteral("total_cents"), fact.total.centavos() },
        { QStringLiteral("related_invoice_id"), fact.relatedInvoiceId },
        { QStringLiteral("related_uuid"), fact.relatedUuid }, { QStringLiteral("source_folio"), fact.sourceFolio },
        { QStringLiteral("cancel_motive"), fact.cancelMotive },
        { QStringLiteral("cancel_substitution"), fact.cancelSubstitution },
        { QStringLiteral("cancellation_status"), fact.cancellationStatus },
        { QStringLiteral("cancelled_at"), fact.cancelledAt }, { QStringLiteral("tickets"), tickets },
        { QStringLiteral("at"), fact.atUtc } };
}

namespace {

Error missing(const QString &key)
{
    return Error(ErrorCode::InvalidInput, NX_ERR("%1 is missing"), { key }, QStringLiteral("payload.") + key);
}

// Optional text fields may be absent or empty; present, they must be strings.
Result<QString> optionalText(const QJsonObject &payload, const char *key)
{
    const QJsonValue value = payload.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("");
    if (!value.isString())
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 must be text"), { QString::fromLatin1(key) },
            QStringLiteral("payload.") + QString::fromLatin1(key));
    return value.toString();
}

Result<qint64> wholeNumber(const QJsonObject &payload, const char *key)
{
    const QJsonValue value = payload.value(QLatin1String(key));
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 must be a whole number"), { QString::fromLatin1(key) },
            QStringLiteral("payload.") + QString::fromLatin1(key));
    return value.toInteger();
}

} // namespace

Result<CfdiFact> cfdiFactFromPayload(const QJsonObject &payload)
{
    for (const char *key : { "id", "cfdi_type", "state", "uuid", "receiver_rfc", "at" })
        if (!payload.value(QLatin1String(key)).isString() || payload.value(QLatin1String(key)).toString().isEmpty())
            return std::unexpected(missing(QString::fromLatin1(key)));
    CfdiFact fact;
    fact.invoiceId = payload.value(QLatin1String("id")).toString();
    fact.cfdiType = payload.value(QLatin1String("cfdi_type")).toString();
    fact.state = payload.value(QLatin1String("state")).toString();
    fact.uuid = payload.value(QLatin1String("uuid")).toString().toUpper();
    fact.receiverRfc = payload.value(QLatin1String("receiver_rfc")).toString();
    fact.atUtc = payload.value(QLatin1String("at")).toString();
    fact.global = payload.value(QLatin1String("global")).toBool(false);
    struct TextField
    {
        const char *key;
        QString *into;
    };
    for (const TextField &field : { TextField { "series", &fact.series }, TextField { "stamped_at", &fact.stampedAt },
             TextField { "customer_id", &fact.customerId }, TextField { "receiver_name", &fact.receiverName },
             TextField { "related_invoice_id", &fact.relatedInvoiceId },
             TextField { "related_uuid", &fact.relatedUuid }, TextField { "source_folio", &fact.sourceFolio },
             TextField { "cancel_motive", &fact.cancelMotive },
             TextField { "cancel_substitution", &fact.cancelSubstitution },
             TextField { "cancellation_status", &fact.cancellationStatus },
             TextField { "cancelled_at", &fact.cancelledAt } }) {
        Result<QString> text = optionalText(payload, field.key);
        if (!text)
            return std::unexpected(text.error());
        *field.into = *text;
    }
    Result<qint64> total = wholeNumber(payload, "total_cents");
    if (!total)
        return std::unexpected(total.error());
    fact.total = Money(*total);
    if (payload.contains(QLatin1String("folio_number"))) {
        Result<qint64> folio = wholeNumber(payload, "folio_number");
        if (!folio)
            return std::unexpected(folio.error());
        fact.folioNumber = *folio;
    }

    static const QStringList types { QStringLiteral("I"), QStringLiteral("E"), QStringLiteral("P") };
    if (!types.contains(fact.cfdiType))
        return fail(ErrorCode::InvalidInput, NX_ERR("Unknown CFDI type %1"), { fact.cfdiType },
            QStringLiteral("payload.cfdi_type"));
    if (fact.state != QLatin1String("timbrada") && fact.state != QLatin1String("cancelada"))
        return fail(ErrorCode::InvalidInput, NX_ERR("A CFDI fact is timbrada or cancelada, not \"%1\""), { fact.state },
            QStringLiteral("payload.state"));
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));
    if (!uuidPattern.match(fact.uuid).hasMatch())
        return fail(ErrorCode::InvalidInput, NX_ERR("%1: \"%2\" is not a folio fiscal (UUID)"),
            { QStringLiteral("uuid"), fact.uuid },
            QStringLiteral("payload.uuid"));
    if (fact.total.centavos() < 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 must not be negative"), { QStringLiteral("total_cents") },
            QStringLiteral("payload.total_cents"));
    if (!QDateTime::fromString(fact.atUtc, Qt::ISODateWithMs).isValid())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("\"%1\" is not a time"), { fact.atUtc }, QStringLiteral("payload.at"));
    if (fact.state == QLatin1String("cancelada") && fact.cancelledAt.isEmpty())
        return std::unexpected(missing(QStringLiteral("cancelled_at")));
    if (fact.cfdiType != QLatin1String("I") && fact.relatedInvoiceId.isEmpty())
        return std::unexpected(missing(QStringLiteral("related_invoice_id")));

    const QJsonValue tickets = payload.value(QLatin1String("tickets"));
    if (!tickets.isUndefined() && !tickets.isArray())
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 must be a list"), { QStringLiteral("tickets") },
            QStringLiteral("payload.tickets"));
    const QJsonArray list = tickets.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject ticket = list.at(i).toObject();
        const QString field = QStringLiteral("payload.tickets[%1]").arg(i);
        const QString saleId = ticket.value(QLatin1String("sale_id")).toString();
        const QString folio = ticket.value(QLatin1String("folio")).toString();
        const QJsonValue cents = ticket.value(QLatin1String("total_cents"));
        if (saleId.isEmpty() || folio.isEmpty() || !cents.isDouble()
            || cents.toDouble() != static_cast<double>(cents.toInteger()))
            return fail(ErrorCode::InvalidInput, NX_ERR("A ticket needs its sale_id, folio and total_cents"), {}, field);
        fact.tickets.push_back({ saleId, folio, Money(cents.toInteger()) });
    }
    if (fact.cfdiType == QLatin1String("I") && fact.tickets.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("An invoice of tickets names at least one ticket"), {},
            QStringLiteral("payload.tickets"));
    return fact;
}

Status appendCfdiFact(Database &db, const Clock &clock, const QString &invoiceId)
{
    Result<QSqlQuery> row = db.exec(
        QStringLiteral("SELECT cfdi_type, kind, state, coalesce(uuid, ''), coalesce(series, ''), "
                       "coalesce(folio_number, 0), coalesce(stamped_at, ''), coalesce(customer_id, ''), receiver_rfc, "
                       "receiver_name, total_cents, coalesce(related_invoice_id, ''), coalesce((SELECT r.uuid FROM "
                       "invoices r WHERE r.id = invoices.related_invoice_id), ''), coalesce(source_folio, ''), "
                       "coalesce(cancel_motive, ''), coalesce(cancel_substitution, ''), "
                       "coalesce(cancellation_status, ''), coalesce(cancelled_at, ''), coalesce(xml, '') FROM invoices "
                       "WHERE id = ?"),
        { invoiceId });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no invoice %1"), { invoiceId }, QStringLiteral("invoice_id"));
    CfdiFact fact;
    int c = 0;
    fact.invoiceId = invoiceId;
    fact.cfdiType = row->value(c++).toString();
    fact.global = row->value(c++).toString() == QLatin1String("global");
    fact.state = row->value(c++).toString();
    fact.uuid = row->value(c++).toString();
    if (fact.uuid.isEmpty() || (fact.state != QLatin1String("timbrada") && fact.state != QLatin1String("cancelada")))
        return {}; // never stamped: nothing the SAT (or head office) has to know
    fact.series = row->value(c++).toString();
    fact.folioNumber = row->value(c++).toLongLong();
    fact.stampedAt = row->value(c++).toString();
    fact.customerId = row->value(c++).toString();
    fact.receiverRfc = row->value(c++).toString();
    fact.receiverName = row->value(c++).toString();
    fact.total = Money(row->value(c++).toLongLong());
    fact.relatedInvoiceId = row->value(c++).toString();
    fact.relatedUuid = row->value(c++).toString();
    fact.sourceFolio = row->value(c++).toString();
    fact.cancelMotive = row->value(c++).toString();
    fact.cancelSubstitution = row->value(c++).toString();
    fact.cancellationStatus = row->value(c++).toString();
    fact.cancelledAt = row->value(c++).toString();
    // FechaTimbrado from the stamped XML itself (what the SAT has), whatever form the PAC's answer gave it in.
    if (Result<StampedCfdi> stamped = parseStampedCfdi(row->value(c++).toString().toUtf8()); stamped)
        fact.stampedAt = stamped->stamp.stampedAt;
    fact.atUtc = clock.nowUtc().toString(Qt::ISODateWithMs);

    Result<QSqlQuery> tickets = db.exec(
        QStringLiteral("SELECT sale_id, folio, total_cents FROM invoice_tickets WHERE invoice_id = ? ORDER BY folio"),
        { invoiceId });
    if (!tickets)
        return std::unexpected(tickets.error());
    while (tickets->next())
        fact.tickets.push_back(
            { tickets->value(0).toString(), tickets->value(1).toString(), Money(tickets->value(2).toLongLong()) });

    Result<qint64> seq = Outbox(db).append(IdGenerator::instance().nextString(), QString(kCfdiStatusMutation),
        kCfdiStatusSchema, cfdiFactPayload(fact), fact.atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

} // namespace nexus
