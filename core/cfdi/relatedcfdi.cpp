// Notas de crédito of returns and recibos de pago of abonos: queued with the flow's transaction, completed from the
// stamped original once.
#include "cfdi/relatedcfdi.h"

#include "cfdi/cfdibuilder.h"
#include "cfdi/invoicerequest.h"
#include "cfdi/invoicingservice.h"
#include "cfdi/stampedcfdi.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "common/logging.h"
#include "returns/returnrecord.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace nexus {

namespace {

const QString kPublicRfc = QStringLiteral("XAXX010101000");
const QString kActiveStates = QStringLiteral("('pendiente_de_timbrar', 'timbrada')");

QString nowText(const Clock &clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

// An invoice (type I) of this counter a related CFDI points to.
struct Original
{
    QString id;
    QString kind; // customer | global
    QString customerId;
    QString receiverRfc;
    QString receiverName;
    QString uuid;
    InvoiceRequest request; // as it was queued
};

Result<Original> originalFrom(const QSqlQuery &row)
{
    Original original { row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
        row.value(3).toString(), row.value(4).toString(), row.value(5).toString(), {} };
    Result<InvoiceRequest> request = parseInvoiceRequest(row.value(6).toString().toUtf8());
    if (!request)
        return std::unexpected(request.error());
    original.request = std::move(*request);
    return original;
}

// The active invoices (pending or stamped, type I) that cover a ticket, oldest first; `ppdOnly`: those paid later.
Result<std::vector<Original>> invoicesCovering(Database &db, const QString &saleId, bool ppdOnly)
{
    Result<QSqlQuery> rows = db.exec(
        QStringLiteral("SELECT i.id, i.kind, coalesce(i.customer_id, ''), i.receiver_rfc, i.receiver_name, "
                       "coalesce(i.uuid, ''), i.request_json FROM invoice_tickets t JOIN invoices i ON "
                       "i.id = t.invoice_id WHERE t.sale_id = ? AND i.cfdi_type = 'I' AND i.state IN ")
            + kActiveStates
            + (ppdOnly ? QStringLiteral(" AND json_extract(i.request_json, '$.payment_method') = 'PPD'") : QString())
            + QStringLiteral(" ORDER BY i.created_at, i.id"),
        { saleId });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Original> found;
    while (rows->next()) {
        Result<Original> original = originalFrom(*rows);
        if (!original)
            return std::unexpected(original.error());
        found.push_back(std::move(*original));
    }
    return found;
}

struct RelatedRow
{
    CfdiType type = CfdiType::Egreso;
    const Original *original = nullptr;
    QJsonObject request; // complete but for what the stamped original gives (UUID…)
    Money total;
    QString sourceType;
    QString sourceId;
    QString sourceFolio;
    QString createdBy;
};

Status completeInTransaction(Database &db, const Clock &clock, const QString &id, RelatedCompletion &completion);

// Inserts the row awaiting its original, then completes it at once when the original is stamped already.
Result<QString> insertRelated(Database &db, const Clock &clock, const RelatedRow &row)
{
    if (row.createdBy.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which user makes the invoice"), {}, QStringLiteral("user_id"));
    const QString id = IdGenerator::instance().nextString();
    const QString now = nowText(clock);
    Result<QSqlQuery> inserted = db.exec(
        QStringLiteral("INSERT INTO invoices (id, kind, customer_id, receiver_rfc, receiver_name, state, request_json, "
                       "idempotency_key, total_cents, series, created_by, created_at, updated_at, cfdi_type, "
                       "related_invoice_id, awaiting_related, source_type, source_id, source_folio) VALUES (?, "
                       "'customer', ?, ?, ?, 'pendiente_de_timbrar', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
        { id, row.original->customerId.isEmpty() ? QVariant() : QVariant(row.original->customerId),
            row.original->receiverRfc, row.original->receiverName,
            QString::fromUtf8(QJsonDocument(row.request).toJson(QJsonDocument::Compact)),
            IdGenerator::instance().nextString(), row.total.centavos(),
            row.original->request.series.isEmpty() ? QVariant() : QVariant(row.original->request.series),
            row.createdBy, now, now, cfdiTypeCode(row.type), row.original->id, row.sourceType, row.sourceId,
            row.sourceFolio });
    if (!inserted)
        return std::unexpected(inserted.error());
    RelatedCompletion completion;
    if (Status completed = completeInTransaction(db, clock, id, completion); !completed)
        return std::unexpected(completed.error());
    qCInfo(lcStore).noquote() << "CFDI" << cfdiTypeCode(row.type) << id << "queued for" << row.sourceType
                              << row.sourceFolio << "related to invoice" << row.original->id
                              << (completion.readiness == RelatedReadiness::Ready ? "" : "(waits for its UUID)");
    return id;
}

// c_FormaPago of a refund: how the money went back (a card reversal: the card the ticket was paid with).
Result<QString> refundForm(Database &db, const ReturnRecord &returned)
{
    switch (returned.refundMethod) {
    case RefundMethod::Cash:
        return QStringLiteral("01");
    case RefundMethod::StoreCredit:
        return QStringLiteral("17"); // compensación: the customer's saldo a favor
    case RefundMethod::CardReversal:
        break;
    }
    Result<QVariant> card = db.scalar(QStringLiteral("SELECT method FROM sale_payments WHERE sale_id = ? AND method "
                                                     "LIKE 'card%' ORDER BY amount_cents DESC LIMIT 1"),
        { returned.saleId });
    if (!card)
        return std::unexpected(card.error());
    return card->isValid() ? paymentFormOfTender(card->toString()) : QStringLiteral("04");
}

// The Egreso of one return against one invoice: one Concepto 84111506/ACT per tax rate of the returned lines, the
// refunded amount with its taxes, the ticket's folio as NoIdentificacion (Anexo 20 and the factura global's guide).
Result<QJsonObject> creditNoteRequest(Database &db, const ReturnRecord &returned, const Original &original,
    const QString &paymentForm)
{
    InvoiceRequest request;
    request.type = CfdiType::Egreso;
    request.customer = original.request.customer;
    request.use = original.receiverRfc == kPublicRfc || request.customer.taxSystem == QLatin1String("616")
        ? QStringLiteral("S01")
        : QStringLiteral("G02"); // devoluciones, descuentos o bonificaciones
    request.paymentMethod = QStringLiteral("PUE");
    request.paymentForm = paymentForm;
    request.series = original.request.series;
    request.relatedDocuments = { RelatedDocuments { QStringLiteral("01"), {} } }; // the UUID: completed
    Result<QSqlQuery> groups = db.exec(
        QStringLiteral("SELECT x.tax_code, sum(rl.total_cents) FROM return_lines rl JOIN sale_lines x ON "
                       "x.sale_id = ? AND x.line_no = rl.sale_line_no WHERE rl.return_id = ? GROUP BY x.tax_code "
                       "ORDER BY x.tax_code"),
        { returned.saleId, returned.id });
    if (!groups)
        return std::unexpected(groups.error());
    while (groups->next()) {
        Result<InvoiceTax> tax = invoiceTaxOf(groups->value(0).toString());
        if (!tax)
            return std::unexpected(tax.error());
        InvoiceItem item;
        item.product.description
            = QStringLiteral("Devolución de mercancías del ticket %1 (devolución %2)").arg(returned.saleFolio,
                returned.folio);
        item.product.productKey = QStringLiteral("84111506"); // servicios de facturación
        item.product.unitKey = QStringLiteral("ACT");
        item.product.sku = returned.saleFolio;
        item.product.price = Money(groups->value(1).toLongLong());
        item.product.taxes = { *tax };
        request.items.push_back(std::move(item));
    }
    if (request.items.empty())
        return fail(ErrorCode::Internal, NX_ERR("The return %1 has no lines"), { returned.folio },
            QStringLiteral("lines"));
    return invoiceRequestToJson(request);
}

Result<Money> moneyOf(const QString &text, const QString &field)
{
    Result<Money> money = Money::parse(text);
    if (!money)
        return fail(ErrorCode::Protocol, NX_ERR("The stamped invoice's %1 \"%2\" is not an amount"), { field, text },
            field);
    return money;
}

// "0.160000" → 160000 (parts per million), exactly.
qint64 ratePpmOf(const QString &rate)
{
    const QStringList parts = rate.split(QLatin1Char('.'));
    QString fraction = parts.size() > 1 ? parts.at(1).left(6) : QString();
    while (fraction.size() < 6)
        fraction.append(QLatin1Char('0'));
    return parts.at(0).toLongLong() * 1'000'000 + fraction.toLongLong();
}

// The recibo de pago's DoctoRelacionado from the stamped invoice: its UUID, serie/folio, the parcialidad and saldo
// anterior after the earlier recibos of this counter, and the tax bases of the part paid (Pagos 2.0 ImpuestosDR).
Status completePayment(Database &db, const QString &id, const QString &originalId, const StampedCfdi &stamped,
    QJsonObject &request, Money &paid)
{
    Result<Money> total = moneyOf(stamped.total, QStringLiteral("Total"));
    if (!total)
        return std::unexpected(total.error());
    // The earlier recibos of this invoice, and its notas de crédito: an Egreso applies to the invoice directly, so
    // the saldo anterior is after it (guía de llenado pagos, nota 4 and the example of the discount).
    Result<QSqlQuery> earlier = db.exec(
        QStringLiteral("SELECT cfdi_type, total_cents, coalesce(xml, '') FROM invoices WHERE related_invoice_id = ? "
                       "AND cfdi_type IN ('P', 'E') AND state IN ")
            + kActiveStates
            + QStringLiteral(" AND (created_at, id) < (SELECT created_at, id FROM invoices WHERE id = ?)"),
        { originalId, id });
    if (!earlier)
        return std::unexpected(earlier.error());
    int installment = 1;
    Money lastBalance = *total;
    while (earlier->next()) {
        Money taken(earlier->value(1).toLongLong()); // a recibo: what it paid; a nota de crédito: its total…
        const QByteArray creditXml = earlier->value(2).toString().toUtf8();
        if (earlier->value(0).toString() == QLatin1String("P")) {
            ++installment;
        } else if (!creditXml.isEmpty()) {
            Result<StampedCfdi> credit = parseStampedCfdi(creditXml); // …as stamped, once it is
            if (!credit)
                return std::unexpected(credit.error());
            Result<Money> stampedTotal = moneyOf(credit->total, QStringLiteral("Total"));
            if (!stampedTotal)
                return std::unexpected(stampedTotal.error());
            taken = *stampedTotal;
        }
        lastBalance -= taken;
    }
    if (lastBalance <= Money())
        return fail(ErrorCode::Conflict, NX_ERR("The invoice %1 is paid in full already"), { stamped.stamp.uuid },
            QStringLiteral("related_invoice"));
    if (paid > lastBalance) {
        qCWarning(lcStore).noquote() << "recibo de pago" << id << "pays" << paid.toPlainString() << "of a balance of"
                                     << lastBalance.toPlainString() << ": the invoice's own Total rules";
        paid = lastBalance;
    }
    QJsonArray taxes;
    for (const StampedTax &tax : stamped.transferSummary) {
        Result<Money> base = moneyOf(tax.base, QStringLiteral("Base"));
        if (!base)
            return std::unexpected(base.error());
        const Money part = paymentTaxBase(*base, *total, paid);
        if (part <= Money())
            continue;
        const bool exempt = tax.factor == QLatin1String("Exento");
        taxes.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("IVA") },
            { QStringLiteral("rate"), exempt ? 0.0 : static_cast<double>(ratePpmOf(tax.rate)) / 1'000'000.0 },
            { QStringLiteral("factor"), exempt ? QStringLiteral("Exento") : QStringLiteral("Tasa") },
            { QStringLiteral("base"), static_cast<double>(part.centavos()) / 100.0 } });
    }
    QJsonArray complements = request.value(QLatin1String("complements")).toArray();
    QJsonObject complement = complements.at(0).toObject();
    QJsonArray data = complement.value(QLatin1String("data")).toArray();
    QJsonObject payment = data.at(0).toObject();
    QJsonArray documents = payment.value(QLatin1String("related_documents")).toArray();
    QJsonObject document = documents.at(0).toObject();
    document.insert(QStringLiteral("uuid"), stamped.stamp.uuid.toUpper());
    document.insert(QStringLiteral("installment"), installment);
    document.insert(QStringLiteral("last_balance"), static_cast<double>(lastBalance.centavos()) / 100.0);
    document.insert(QStringLiteral("amount"), static_cast<double>(paid.centavos()) / 100.0);
    if (!stamped.series.isEmpty())
        document.insert(QStringLiteral("series"), stamped.series);
    if (!stamped.folio.isEmpty())
        document.insert(QStringLiteral("folio_number"), stamped.folio);
    document.insert(QStringLiteral("taxes"), taxes);
    if (taxes.isEmpty())
        document.insert(QStringLiteral("taxability"), QStringLiteral("01"));
    documents.replace(0, document);
    payment.insert(QStringLiteral("related_documents"), documents);
    data.replace(0, payment);
    complement.insert(QStringLiteral("data"), data);
    complements.replace(0, complement);
    request.insert(QStringLiteral("complements"), complements);
    return {};
}

Status completeInTransaction(Database &db, const Clock &clock, const QString &id, RelatedCompletion &completion)
{
    Result<QSqlQuery> row = db.exec(
        QStringLiteral("SELECT r.awaiting_related, r.attempts, r.cfdi_type, r.request_json, r.total_cents, o.id, "
                       "o.state, coalesce(o.uuid, ''), coalesce(o.xml, ''), o.cancel_requested_at IS NOT NULL FROM "
                       "invoices r JOIN invoices o ON o.id = r.related_invoice_id WHERE r.id = ?"),
        { id });
    if (!row)
        return std::unexpected(row.error());
    if (!row->next() || !row->value(0).toBool()) {
        completion = { RelatedReadiness::Ready, {} };
        return {};
    }
    if (row->value(1).toInt() > 0) // never changed once it may have reached the PAC
        return fail(ErrorCode::Internal, NX_ERR("The CFDI %1 was sent before its request was complete"), { id },
            QStringLiteral("request_json"));
    const QString type = row->value(2).toString();
    const QString originalId = row->value(5).toString();
    const QString state = row->value(6).toString();
    if (state == QLatin1String("pendiente_de_timbrar")) {
        completion = { RelatedReadiness::Waiting,
            Error(ErrorCode::Conflict, NX_ERR("Waiting for the folio fiscal of the invoice it relates to (%1)"),
                { originalId }, QStringLiteral("related_invoice")) };
        return {};
    }
    if (state != QLatin1String("timbrada")) {
        completion = { RelatedReadiness::Impossible,
            Error(ErrorCode::Conflict,
                NX_ERR("The invoice it relates to (%1) was refused or cancelled: this CFDI cannot be stamped"),
                { originalId }, QStringLiteral("related_invoice")) };
        return {};
    }
    Result<StampedCfdi> stamped = parseStampedCfdi(row->value(8).toString().toUtf8());
    if (!stamped)
        return std::unexpected(stamped.error());
    QJsonObject request = QJsonDocument::fromJson(row->value(3).toString().toUtf8()).object();
    Money total(row->value(4).toLongLong());
    if (type == QLatin1String("P")) {
        if (Status filled = completePayment(db, id, originalId, *stamped, request, total); !filled) {
            completion = { RelatedReadiness::Impossible, filled.error() };
            return {};
        }
    } else {
        QJsonArray related = request.value(QLatin1String("related_documents")).toArray();
        QJsonObject first = related.at(0).toObject();
        first.insert(QStringLiteral("documents"), QJsonArray { stamped->stamp.uuid.toUpper() });
        related.replace(0, first);
        request.insert(QStringLiteral("related_documents"), related);
    }
    const QString now = nowText(clock);
    Result<QSqlQuery> updated = db.exec(
        QStringLiteral("UPDATE invoices SET request_json = ?, total_cents = ?, awaiting_related = 0, updated_at = ? "
                       "WHERE id = ? AND attempts = 0 AND awaiting_related = 1"),
        { QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)), total.centavos(), now, id });
    if (!updated)
        return std::unexpected(updated.error());
    completion = { RelatedReadiness::Ready, {} };
    return {};
}

} // namespace

Result<QStringList> queueCreditNotes(Database &db, const Clock &clock, const ReturnRecord &returned)
{
    Result<std::vector<Original>> covering = invoicesCovering(db, returned.saleId, false);
    if (!covering)
        return std::unexpected(covering.error());
    QStringList queued;
    if (covering->empty())
        return queued;
    Result<QString> form = refundForm(db, returned);
    if (!form)
        return std::unexpected(form.error());
    for (const Original &original : *covering) {
        Result<QJsonObject> request = creditNoteRequest(db, returned, original, *form);
        if (!request)
            return std::unexpected(request.error());
        Result<QString> id = insertRelated(db, clock,
            RelatedRow { CfdiType::Egreso, &original, *request, returned.totals.gross, QStringLiteral("return"),
                returned.id, returned.folio, returned.cashierId });
        if (!id)
            return std::unexpected(id.error());
        queued.append(*id);
    }
    return queued;
}

Result<QStringList> queuePaymentComplements(Database &db, const Clock &clock, const AbonoForComplement &abono)
{
    // What the abono paid of each PPD invoice, summed over the invoice's tickets.
    std::map<QString, Money> paidByInvoice;
    std::vector<Original> originals;
    for (const AbonoApplication &application : abono.applications) {
        Result<QVariant> sale
            = db.scalar(QStringLiteral("SELECT id FROM sales WHERE folio = ?"), { application.saleFolio });
        if (!sale)
            return std::unexpected(sale.error());
        if (!sale->isValid())
            continue; // a ticket of another counter: its invoice, if any, is not here
        Result<std::vector<Original>> covering = invoicesCovering(db, sale->toString(), true);
        if (!covering)
            return std::unexpected(covering.error());
        for (Original &original : *covering) {
            if (!paidByInvoice.contains(original.id))
                originals.push_back(original);
            paidByInvoice[original.id] += application.amount;
        }
    }
    QStringList queued;
    for (const Original &original : originals) {
        const Money paid = paidByInvoice.at(original.id);
        InvoiceRequest request;
        request.type = CfdiType::Pago;
        request.customer = original.request.customer;
        request.use = QStringLiteral("CP01");
        request.paymentMethod.clear();
        request.series = original.request.series;
        Payment payment;
        payment.paymentForm = abono.paymentForm;
        payment.date = QDateTime::fromString(abono.atUtc, Qt::ISODateWithMs);
        payment.operationNumber = abono.folio;
        PaymentRelatedDocument document; // UUID, parcialidad, saldo anterior and taxes: completed
        document.amount = paid;
        document.lastBalance = paid;
        payment.relatedDocuments.push_back(document);
        request.payments.push_back(payment);
        Result<QString> id = insertRelated(db, clock,
            RelatedRow { CfdiType::Pago, &original, invoiceRequestToJson(request), paid, QStringLiteral("payment"),
                abono.id, abono.folio, abono.userId });
        if (!id)
            return std::unexpected(id.error());
        queued.append(*id);
    }
    return queued;
}

Result<RelatedCompletion> completeRelatedRequest(Database &db, const Clock &clock, const QString &invoiceId)
{
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    RelatedCompletion completion;
    if (Status completed = completeInTransaction(db, clock, invoiceId, completion); !completed)
        return std::unexpected(completed.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return completion;
}

} // namespace nexus
