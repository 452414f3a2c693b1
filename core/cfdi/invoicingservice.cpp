// InvoicingService: Facturapi requests built from stored tickets, checked with our CFDI builder, kept until stamped.
#include "cfdi/invoicingservice.h"

#include "cfdi/cfdibuilder.h"
#include "cfdi/cfdifact.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "common/logging.h"
#include "common/tax.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <map>

namespace nexus {

namespace {

const QString kPublicName = QStringLiteral("PUBLICO EN GENERAL");
const QString kPublicRfc = QStringLiteral("XAXX010101000");
// A ticket is taken while an invoice that covers it may still be (or is) a valid CFDI.
const QString kActiveStates = QStringLiteral("('pendiente_de_timbrar', 'timbrada')");
// The sale `s` is in no such invoice (the factura global and the customer's history both look for these).
const QString kSaleNotInvoiced
    = QStringLiteral("NOT EXISTS (SELECT 1 FROM invoice_tickets t JOIN invoices i ON i.id = t.invoice_id WHERE "
                     "t.sale_id = s.id AND i.state IN ")
    + kActiveStates + QStringLiteral(")");

const QString kColumns = QStringLiteral(
    "id, kind, coalesce(customer_id, ''), receiver_rfc, receiver_name, state, request_json, idempotency_key, "
    "total_cents, coalesce(pac_id, ''), coalesce(pac_status, ''), coalesce(uuid, ''), coalesce(series, ''), "
    "coalesce(folio_number, 0), coalesce(stamped_at, ''), coalesce(xml, ''), coalesce(pdf_path, ''), attempts, "
    "last_error, error_field, coalesce(cancel_motive, ''), coalesce(cancel_substitution, ''), "
    "cancel_requested_at IS NOT NULL AND state = 'timbrada', coalesce(cancellation_status, ''), created_by, "
    "created_at, "
    "(SELECT group_concat(folio, ' ') FROM (SELECT folio FROM invoice_tickets t WHERE t.invoice_id = invoices.id "
    "ORDER BY folio)), cfdi_type, coalesce(related_invoice_id, ''), awaiting_related, coalesce(source_folio, ''), "
    "coalesce(email_to, ''), email_requested_at IS NOT NULL AND state = 'timbrada', coalesce(emailed_at, '')");

// A null QString binds NULL: the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString nowText(const Clock &clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

InvoiceState stateFromCode(const QString &code)
{
    if (code == QLatin1String("timbrada"))
        return InvoiceState::Stamped;
    if (code == QLatin1String("error"))
        return InvoiceState::Error;
    if (code == QLatin1String("cancelada"))
        return InvoiceState::Cancelled;
    return InvoiceState::PendingStamp;
}

} // namespace

Result<InvoiceTax> invoiceTaxOf(const QString &taxCode)
{
    Result<TaxRate> rate = TaxRate::fromCode(taxCode);
    if (!rate)
        return std::unexpected(rate.error());
    InvoiceTax tax;
    tax.type = TaxType::Iva;
    tax.ratePpm = rate->ppm();
    tax.factor = rate->kind() == TaxRate::Kind::Exempt ? TaxFactor::Exento : TaxFactor::Tasa;
    return tax;
}

// c_FormaPago of a counter tender.
QString paymentFormOfTender(const QString &method)
{
    if (method == QLatin1String("card_credit"))
        return QStringLiteral("04");
    if (method == QLatin1String("card_debit"))
        return QStringLiteral("28");
    if (method == QLatin1String("transfer"))
        return QStringLiteral("03");
    if (method == QLatin1String("store_credit"))
        return QStringLiteral("17"); // compensación: the customer's saldo a favor
    if (method == QLatin1String("loyalty_points"))
        return QStringLiteral("05"); // monedero electrónico
    return QStringLiteral("01"); // cash, cash in dollars
}

namespace {

// Amounts per c_FormaPago summed over tickets: the invoice carries the one with the largest amount.
class PaymentForms final
{
public:
    Status add(Database &db, const QString &saleId)
    {
        Result<QSqlQuery> query
            = db.exec(QStringLiteral("SELECT method, sum(amount_cents) FROM sale_payments WHERE sale_id = ? "
                                     "GROUP BY method"),
                { saleId });
        if (!query)
            return std::unexpected(query.error());
        while (query->next())
            m_amounts[paymentFormOfTender(query->value(0).toString())] += query->value(1).toLongLong();
        Result<QVariant> onAccount
            = db.scalar(QStringLiteral("SELECT count(*) FROM customer_account_ledger WHERE kind = 'charge' AND "
                                       "ref_type = 'sale' AND ref_id = ?"),
                { saleId });
        if (!onAccount)
            return std::unexpected(onAccount.error());
        m_onAccount = m_onAccount || onAccount->toLongLong() > 0;
        return {};
    }
    [[nodiscard]] bool onAccount() const { return m_onAccount; }
    [[nodiscard]] QString largest() const
    {
        QString form = QStringLiteral("01");
        qint64 best = -1;
        for (const auto &[key, amount] : m_amounts)
            if (amount > best) {
                best = amount;
                form = key;
            }
        return form;
    }

private:
    std::map<QString, qint64> m_amounts;
    bool m_onAccount = false;
};

struct StoredSale
{
    QString id;
    QString folio;
    QString customerId;
    QString status;
    Money total;
};

} // namespace

QString invoiceStateCode(InvoiceState state)
{
    switch (state) {
    case InvoiceState::PendingStamp:
        return QStringLiteral("pendiente_de_timbrar");
    case InvoiceState::Stamped:
        return QStringLiteral("timbrada");
    case InvoiceState::Error:
        return QStringLiteral("error");
    case InvoiceState::Cancelled:
        return QStringLiteral("cancelada");
    }
    return {};
}

Status checkCancellationMotive(const QString &motive, const QString &substitution)
{
    static const QStringList motives { QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
        QStringLiteral("04") };
    if (!motives.contains(motive))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The cancellation motive must be 01 (errors, with a substituting invoice), 02 (errors, without "
                   "relation), 03 (the operation did not take place) or 04 (nominative operation in a global "
                   "invoice), not \"%1\""),
            { motive }, QStringLiteral("motive"));
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    if (motive == QLatin1String("01") && !uuidPattern.match(substitution).hasMatch())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Motive 01 needs the folio fiscal (UUID) of the invoice that substitutes this one"), {},
            QStringLiteral("substitution"));
    if (motive != QLatin1String("01") && !substitution.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Only motive 01 takes a substituting invoice"), {},
            QStringLiteral("substitution"));
    return {};
}

InvoicingService::InvoicingService(Database &db, const Clock &clock, CfdiIssuer issuer)
    : m_db(db), m_clock(clock), m_issuer(std::move(issuer))
{
}

Result<InvoiceRecord> InvoicingService::invoiceTickets(const TicketInvoiceOptions &options)
{
    if (options.folios.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Give at least one ticket folio to invoice"), {}, QStringLiteral("folios"));
    if (options.customerId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the customer the invoice is for"), {},
            QStringLiteral("customer_id"));

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());

    Result<QSqlQuery> customer = m_db.exec(
        QStringLiteral("SELECT name, rfc, fiscal_regime, postal_code, cfdi_use FROM customers WHERE id = ?"),
        { options.customerId });
    if (!customer)
        return std::unexpected(customer.error());
    if (!customer->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no customer %1"), { options.customerId },
            QStringLiteral("customer_id"));
    InvoiceRequest request;
    request.customer.legalName = customer->value(0).toString().trimmed();
    request.customer.taxId = customer->value(1).toString().trimmed().toUpper();
    request.customer.taxSystem = customer->value(2).toString();
    request.customer.zip = customer->value(3).toString();
    request.use = options.use.isEmpty() ? customer->value(4).toString() : options.use;
    if (request.customer.taxId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The customer %1 has no RFC: add it before invoicing"),
            { request.customer.legalName }, QStringLiteral("customer.rfc"));
    if (request.customer.taxSystem.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The customer %1 has no régimen fiscal: add it before invoicing"),
            { request.customer.legalName }, QStringLiteral("customer.tax_system"));
    if (request.customer.zip.isEmpty())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The customer %1 has no código postal fiscal: add it before invoicing"),
            { request.customer.legalName }, QStringLiteral("customer.zip"));

    std::vector<std::pair<QString, QString>> sales; // id, folio
    std::vector<Money> totals;
    PaymentForms forms;
    QSet<QString> seen;
    for (qsizetype i = 0; i < options.folios.size(); ++i) {
        const QString field = QStringLiteral("folios[%1]").arg(i);
        const QString folio = options.folios.at(i).trimmed().toUpper();
        if (seen.contains(folio))
            return fail(ErrorCode::InvalidInput, NX_ERR("The ticket %1 is listed twice"), { folio }, field);
        seen.insert(folio);
        Result<QSqlQuery> sale = m_db.exec(
            QStringLiteral("SELECT id, coalesce(customer_id, ''), status, total_cents FROM sales WHERE folio = ?"),
            { folio });
        if (!sale)
            return std::unexpected(sale.error());
        if (!sale->next())
            return fail(ErrorCode::NotFound, NX_ERR("There is no ticket %1"), { folio }, field);
        const StoredSale stored { sale->value(0).toString(), folio, sale->value(1).toString(),
            sale->value(2).toString(), Money(sale->value(3).toLongLong()) };
        if (stored.status != QLatin1String("completed"))
            return fail(
                ErrorCode::Conflict, NX_ERR("The ticket %1 was cancelled and cannot be invoiced"), { folio }, field);
        if (!stored.customerId.isEmpty() && stored.customerId != options.customerId)
            return fail(ErrorCode::Conflict, NX_ERR("The ticket %1 was sold to another customer"), { folio }, field);
        Result<QVariant> returned = m_db.scalar(
            QStringLiteral("SELECT group_concat(folio, ', ') FROM returns WHERE sale_id = ?"), { stored.id });
        if (!returned)
            return std::unexpected(returned.error());
        if (!returned->toString().isEmpty())
            return fail(ErrorCode::Conflict,
                NX_ERR("The ticket %1 has returns (%2): it can no longer be invoiced as it was sold"),
                { folio, returned->toString() }, field);
        Result<QVariant> invoiced
            = m_db.scalar(QStringLiteral("SELECT i.id FROM invoice_tickets t JOIN invoices i ON i.id = t.invoice_id "
                                         "WHERE t.sale_id = ? AND i.state IN ")
                    + kActiveStates,
                { stored.id });
        if (!invoiced)
            return std::unexpected(invoiced.error());
        if (invoiced->isValid())
            return fail(ErrorCode::Conflict, NX_ERR("The ticket %1 is already invoiced (invoice %2)"),
                { folio, invoiced->toString() }, field);

        Result<QSqlQuery> lines = m_db.exec(
            QStringLiteral("SELECT sku, description, quantity, unit_price_cents, discount_cents, tax_code, "
                           "sat_product_key, sat_unit_key FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
            { stored.id });
        if (!lines)
            return std::unexpected(lines.error());
        while (lines->next()) {
            InvoiceItem item;
            item.quantity = Quantity(lines->value(2).toLongLong());
            item.discount = Money(lines->value(4).toLongLong());
            item.product.sku = lines->value(0).toString();
            item.product.description = lines->value(1).toString();
            item.product.price = Money(lines->value(3).toLongLong());
            item.product.productKey = lines->value(6).toString();
            item.product.unitKey = lines->value(7).toString();
            Result<InvoiceTax> tax = invoiceTaxOf(lines->value(5).toString());
            if (!tax)
                return std::unexpected(tax.error());
            item.product.taxes = { *tax };
            request.items.push_back(std::move(item));
        }
        if (Status added = forms.add(m_db, stored.id); !added)
            return std::unexpected(added.error());
        sales.emplace_back(stored.id, folio);
        totals.push_back(stored.total);
    }
    if (forms.onAccount()) {
        request.paymentMethod = QStringLiteral("PPD");
        request.paymentForm = QStringLiteral("99");
    } else {
        request.paymentForm = options.paymentForm.isEmpty() ? forms.largest() : options.paymentForm;
    }
    request.series = options.series;

    InvoiceRecord record;
    record.customerId = options.customerId;
    record.receiverRfc = request.customer.taxId;
    record.receiverName = request.customer.legalName;
    record.createdBy = options.userId;
    Result<InvoiceRecord> stored = store(std::move(record), sales, totals, request, nullptr);
    if (!stored)
        return stored;
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

Result<InvoiceRecord> InvoicingService::globalInvoice(const GlobalInvoiceOptions &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return fail(ErrorCode::InvalidInput, NX_ERR("The period of the factura global is not valid"), {},
            QStringLiteral("period"));
    if (options.from.daysTo(options.to) > 62)
        return fail(ErrorCode::InvalidInput, NX_ERR("A factura global covers at most two months"), {},
            QStringLiteral("period"));
    const QTimeZone zone(m_issuer.timeZone.toUtf8());
    if (!zone.isValid())
        return fail(ErrorCode::InvalidInput, NX_ERR("Unknown time zone %1"), { m_issuer.timeZone },
            QStringLiteral("time_zone"));
    const QString fromUtc = QDateTime(options.from, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    const QString toUtc = QDateTime(options.to.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QSqlQuery> found = m_db.exec(
        QStringLiteral("SELECT s.id, s.folio FROM sales s WHERE s.status = 'completed' AND s.sold_at >= ? AND "
                       "s.sold_at < ? AND ")
            + kSaleNotInvoiced + QStringLiteral(" ORDER BY s.sold_at, s.folio"),
        { fromUtc, toUtc });
    if (!found)
        return std::unexpected(found.error());
    std::vector<std::pair<QString, QString>> candidates;
    while (found->next())
        candidates.emplace_back(found->value(0).toString(), found->value(1).toString());

    InvoiceRequest request;
    request.customer = InvoiceCustomer { kPublicName, kPublicRfc, QStringLiteral("616"), m_issuer.zip };
    request.use = QStringLiteral("S01");
    request.series = options.series;
    GlobalInformation global;
    global.periodicity = options.periodicity;
    global.year = options.from.year();
    global.months = options.periodicity == QLatin1String("two_months")
        ? QString::number(12 + (options.from.month() + 1) / 2)
        : QStringLiteral("%1").arg(options.from.month(), 2, 10, QLatin1Char('0'));
    request.global = global;

    std::vector<std::pair<QString, QString>> sales;
    std::vector<Money> totals;
    PaymentForms forms;
    for (const auto &[saleId, folio] : candidates) {
        // Per tax code: what was sold (line gross and base) minus what came back.
        Result<QSqlQuery> groups = m_db.exec(
            QStringLiteral("SELECT l.tax_code, sum(l.base_cents + l.tax_cents), sum(l.base_cents), "
                           "coalesce((SELECT sum(rl.total_cents) FROM return_lines rl JOIN returns r ON "
                           "r.id = rl.return_id JOIN sale_lines x ON x.sale_id = r.sale_id AND "
                           "x.line_no = rl.sale_line_no WHERE r.sale_id = l.sale_id AND x.tax_code = l.tax_code), 0), "
                           "coalesce((SELECT sum(rl.base_cents) FROM return_lines rl JOIN returns r ON "
                           "r.id = rl.return_id JOIN sale_lines x ON x.sale_id = r.sale_id AND "
                           "x.line_no = rl.sale_line_no WHERE r.sale_id = l.sale_id AND x.tax_code = l.tax_code), 0) "
                           "FROM sale_lines l WHERE l.sale_id = ? GROUP BY l.tax_code ORDER BY l.tax_code"),
            { saleId });
        if (!groups)
            return std::unexpected(groups.error());
        struct Group
        {
            InvoiceTax tax;
            Money gross;
            Money base;
        };
        std::vector<Group> parts;
        Money net;
        while (groups->next()) {
            Result<InvoiceTax> tax = invoiceTaxOf(groups->value(0).toString());
            if (!tax)
                return std::unexpected(tax.error());
            const Money gross(groups->value(1).toLongLong() - groups->value(3).toLongLong());
            const Money base(groups->value(2).toLongLong() - groups->value(4).toLongLong());
            if (gross.centavos() > 0)
                parts.push_back(Group { *tax, gross, base });
            net += gross;
        }
        if (parts.empty())
            continue; // returned whole: nothing left to invoice
        InvoiceItem item;
        item.product.description = QStringLiteral("Venta");
        item.product.productKey = QStringLiteral("01010101");
        item.product.unitKey = QStringLiteral("ACT");
        item.product.sku = folio;
        if (parts.size() == 1) {
            item.product.price = parts.front().gross;
            item.product.taxes = { parts.front().tax };
        } else {
            // Several rates in one ticket: one Concepto with a Traslado per rate on the ticket's own bases.
            item.product.taxIncluded = false;
            Money base;
            for (Group &part : parts) {
                part.tax.base = part.base;
                item.product.taxes.push_back(part.tax);
                base += part.base;
            }
            item.product.price = base;
        }
        request.items.push_back(std::move(item));
        if (Status added = forms.add(m_db, saleId); !added)
            return std::unexpected(added.error());
        sales.emplace_back(saleId, folio);
        totals.push_back(net);
    }
    if (sales.empty())
        return fail(ErrorCode::NotFound,
            NX_ERR("There are no tickets left for a factura global from %1 to %2: every one is invoiced already"),
            { options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate) }, QStringLiteral("period"));
    request.paymentForm = forms.largest();

    InvoiceRecord record;
    record.global = true;
    record.receiverRfc = kPublicRfc;
    record.receiverName = kPublicName;
    record.createdBy = options.userId;
    Result<InvoiceRecord> stored = store(std::move(record), sales, totals, request, &options);
    if (!stored)
        return stored;
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

Result<InvoiceRecord> InvoicingService::store(InvoiceRecord record,
    const std::vector<std::pair<QString, QString>> &sales, const std::vector<Money> &ticketTotals,
    const InvoiceRequest &request, const GlobalInvoiceOptions *global)
{
    // Our own builder checks every SAT rule now, at the counter, instead of the PAC refusing it hours later.
    Result<CfdiDocument> document = buildCfdi(m_issuer, request, m_clock.nowUtc());
    if (!document)
        return std::unexpected(document.error());
    Money total;
    for (const Money &ticket : ticketTotals)
        total += ticket;
    if (document->total != total)
        qCWarning(lcStore).noquote() << "invoice total" << document->total.toPlainString() << "differs from the "
                                     << "tickets'" << total.toPlainString();
    if (record.createdBy.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say which user makes the invoice"), {}, QStringLiteral("user_id"));
    const QString now = nowText(m_clock);
    record.id = IdGenerator::instance().nextString();
    record.idempotencyKey = IdGenerator::instance().nextString();
    record.requestJson = QJsonDocument(invoiceRequestToJson(request)).toJson(QJsonDocument::Compact);
    record.total = total;
    record.createdAt = m_clock.nowUtc();
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO invoices (id, kind, customer_id, receiver_rfc, receiver_name, state, request_json, "
                       "idempotency_key, total_cents, series, global_periodicity, period_from, period_to, created_by, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'pendiente_de_timbrar', ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        { record.id, record.global ? QStringLiteral("global") : QStringLiteral("customer"),
            record.customerId.isEmpty() ? QVariant() : QVariant(record.customerId), record.receiverRfc,
            record.receiverName, QString::fromUtf8(record.requestJson), record.idempotencyKey, total.centavos(),
            request.series.isEmpty() ? QVariant() : QVariant(request.series),
            global ? QVariant(global->periodicity) : QVariant(),
            global ? QVariant(global->from.toString(Qt::ISODate)) : QVariant(),
            global ? QVariant(global->to.toString(Qt::ISODate)) : QVariant(), record.createdBy, now, now });
    if (!inserted)
        return std::unexpected(inserted.error());
    for (std::size_t i = 0; i < sales.size(); ++i) {
        Result<QSqlQuery> ticket = m_db.exec(
            QStringLiteral("INSERT INTO invoice_tickets (invoice_id, sale_id, folio, total_cents) VALUES (?, ?, ?, ?)"),
            { record.id, sales[i].first, sales[i].second, ticketTotals[i].centavos() });
        if (!ticket)
            return std::unexpected(ticket.error());
        record.folios.append(sales[i].second);
    }
    record.series = request.series;
    qCInfo(lcStore).noquote() << "invoice" << record.id << "queued for stamping:" << record.folios.join(u' ');
    return record;
}

Result<std::vector<InvoiceRecord>> InvoicingService::select(const QString &where, const QVariantList &values)
{
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM invoices ") + where, values);
    if (!query)
        return std::unexpected(query.error());
    std::vector<InvoiceRecord> records;
    while (query->next()) {
        InvoiceRecord r;
        int c = 0;
        r.id = query->value(c++).toString();
        r.global = query->value(c++).toString() == QLatin1String("global");
        r.customerId = query->value(c++).toString();
        r.receiverRfc = query->value(c++).toString();
        r.receiverName = query->value(c++).toString();
        r.state = stateFromCode(query->value(c++).toString());
        r.requestJson = query->value(c++).toString().toUtf8();
        r.idempotencyKey = query->value(c++).toString();
        r.total = Money(query->value(c++).toLongLong());
        r.pacId = query->value(c++).toString();
        r.pacStatus = query->value(c++).toString();
        r.uuid = query->value(c++).toString();
        r.series = query->value(c++).toString();
        r.folioNumber = query->value(c++).toLongLong();
        r.stampedAt = query->value(c++).toString();
        r.xml = query->value(c++).toString().toUtf8();
        r.pdfPath = query->value(c++).toString();
        r.attempts = query->value(c++).toInt();
        r.lastError = query->value(c++).toString();
        r.errorField = query->value(c++).toString();
        r.cancelMotive = query->value(c++).toString();
        r.cancelSubstitution = query->value(c++).toString();
        r.cancellationQueued = query->value(c++).toBool();
        r.cancellationStatus = query->value(c++).toString();
        r.createdBy = query->value(c++).toString();
        r.createdAt = QDateTime::fromString(query->value(c++).toString(), Qt::ISODateWithMs);
        r.folios = query->value(c++).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString type = query->value(c++).toString();
        r.type = type == QLatin1String("E") ? CfdiType::Egreso
                                             : (type == QLatin1String("P") ? CfdiType::Pago : CfdiType::Ingreso);
        r.relatedInvoiceId = query->value(c++).toString();
        r.awaitingRelated = query->value(c++).toBool();
        r.sourceFolio = query->value(c++).toString();
        r.emailTo = query->value(c++).toString();
        r.emailQueued = query->value(c++).toBool();
        r.emailedAt = query->value(c++).toString();
        records.push_back(std::move(r));
    }
    return records;
}

Result<InvoiceRecord> InvoicingService::invoice(const QString &id)
{
    Result<std::vector<InvoiceRecord>> found = select(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, NX_ERR("There is no invoice %1"), { id }, QStringLiteral("invoice_id"));
    return std::move(found->front());
}

Result<std::vector<InvoiceRecord>> InvoicingService::invoicesOfTicket(const QString &folio)
{
    return select(QStringLiteral("WHERE id IN (SELECT invoice_id FROM invoice_tickets WHERE folio = ?) "
                                 "ORDER BY created_at"),
        { folio.trimmed().toUpper() });
}

Result<QStringList> InvoicingService::uninvoicedTickets(const QString &customerId, int limit)
{
    // The same rules invoiceTickets() checks: completed, no returns, not in an active invoice.
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT s.folio FROM sales s WHERE s.customer_id = ? AND s.status = 'completed' AND NOT EXISTS "
                       "(SELECT 1 FROM returns r WHERE r.sale_id = s.id) AND ")
            + kSaleNotInvoiced + QStringLiteral(" ORDER BY s.sold_at, s.folio LIMIT ?"),
        { customerId, limit });
    if (!query)
        return std::unexpected(query.error());
    QStringList folios;
    while (query->next())
        folios << query->value(0).toString();
    return folios;
}

Result<std::vector<InvoiceRecord>> InvoicingService::toSend()
{
    return select(QStringLiteral("WHERE state = 'pendiente_de_timbrar' OR (state = 'timbrada' AND "
                                 "(cancel_requested_at IS NOT NULL OR email_requested_at IS NOT NULL)) "
                                 "ORDER BY created_at, id"),
        {});
}

Result<std::vector<InvoiceRecord>> InvoicingService::all(int limit)
{
    return select(QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ?"), { limit });
}

Result<std::vector<InvoiceRecord>> InvoicingService::relatedTo(const QString &invoiceId)
{
    return select(QStringLiteral("WHERE related_invoice_id = ? ORDER BY created_at, id"), { invoiceId });
}

Status InvoicingService::requestEmail(const QString &invoiceId, const QStringList &emails)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$"));
    QStringList clean;
    for (const QString &email : emails) {
        const QString trimmed = email.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!address.match(trimmed).hasMatch())
            return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not an e-mail address"), { trimmed },
                QStringLiteral("email"));
        clean.append(trimmed);
    }
    if (clean.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type the e-mail address to send the invoice to"), {},
            QStringLiteral("email"));
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<InvoiceRecord> record = invoice(invoiceId);
    if (!record)
        return std::unexpected(record.error());
    if (record->state != InvoiceState::Stamped)
        return fail(ErrorCode::Conflict, NX_ERR("Only a stamped invoice can be sent by e-mail"), {},
            QStringLiteral("state"));
    if (Status done = update(invoiceId, QStringLiteral("email_to = ?, email_requested_at = ?"),
            { clean.join(QStringLiteral(", ")), nowText(m_clock) });
        !done)
        return done;
    return transaction.commit();
}

Status InvoicingService::recordEmail(const QString &id, bool sent, const QString &why)
{
    if (sent)
        return update(id, QStringLiteral("email_requested_at = NULL, emailed_at = ?, last_error = ''"),
            { nowText(m_clock) });
    return update(id, QStringLiteral("email_requested_at = NULL, last_error = ?"), { notNull(why) });
}

QString InvoiceRecord::listState() const
{
    if (state == InvoiceState::Stamped && cancellationQueued)
        return QStringLiteral("cancelacion_pendiente");
    return invoiceStateCode(state);
}

Status InvoicingService::update(const QString &id, const QString &assignments, QVariantList values)
{
    values << nowText(m_clock) << id;
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE invoices SET ") + assignments + QStringLiteral(", updated_at = ? WHERE id = ?"), values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, NX_ERR("There is no invoice %1"), { id }, QStringLiteral("invoice_id"));
    return {};
}

Result<bool> InvoicingService::recordAttempt(const QString &id)
{
    // One statement against requestCancellation's transaction: either the counter withdrew the invoice first (no row:
    // never sent), or the attempt is counted first and the counter can no longer withdraw it.
    const QString now = nowText(m_clock);
    Result<QSqlQuery> counted = m_db.exec(
        QStringLiteral("UPDATE invoices SET attempts = attempts + 1, last_attempt_at = ?, updated_at = ? WHERE id = ? "
                       "AND state = 'pendiente_de_timbrar'"),
        { now, now, id });
    if (!counted)
        return std::unexpected(counted.error());
    return counted->numRowsAffected() == 1;
}

Status InvoicingService::recordWaiting(const QString &id, const Error &reason)
{
    return update(id, QStringLiteral("last_error = ?, error_field = ?"), { reason.message(), notNull(reason.field()) });
}

Status InvoicingService::recordPacAnswer(const QString &id, const QString &pacId, const QString &pacStatus)
{
    return update(id, QStringLiteral("pac_id = ?, pac_status = ?"), { pacId, pacStatus });
}

Status InvoicingService::recordStamped(const QString &id, const QString &pacId, const QString &uuid,
    const QString &series, qint64 folioNumber, const QString &stampedAt, const QByteArray &xml)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status done = update(id,
            QStringLiteral("state = 'timbrada', pac_id = ?, pac_status = 'valid', uuid = ?, series = ?, "
                           "folio_number = ?, stamped_at = ?, xml = ?, last_error = '', error_field = ''"),
            { pacId, uuid.toUpper(), series.isEmpty() ? QVariant() : QVariant(series),
                folioNumber > 0 ? QVariant(folioNumber) : QVariant(), stampedAt, QString::fromUtf8(xml) });
        !done)
        return done;
    // Head office learns of the folio fiscal and the tickets it covers with the same commit.
    if (Status told = appendCfdiFact(m_db, m_clock, id); !told)
        return told;
    return transaction.commit();
}

Status InvoicingService::recordRefused(const QString &id, const Error &error)
{
    qCWarning(lcStore).noquote() << "invoice" << id << "refused by the PAC:" << error.logMessage();
    return update(id, QStringLiteral("state = 'error', last_error = ?, error_field = ?"),
        { error.message(), notNull(error.field()) });
}

Status InvoicingService::recordCancellation(
    const QString &id, const QString &cancellationStatus, bool cancelled, const QString &why)
{
    if (cancelled) {
        Transaction transaction(m_db);
        if (Status begun = transaction.begin(); !begun)
            return begun;
        if (Status done = update(id,
                QStringLiteral("state = 'cancelada', cancellation_status = ?, cancelled_at = ?, "
                               "pac_status = 'canceled', last_error = ''"),
                { cancellationStatus, nowText(m_clock) });
            !done)
            return done;
        if (Status told = appendCfdiFact(m_db, m_clock, id); !told) // head office: the folio fiscal is cancelled
            return told;
        return transaction.commit();
    }
    const QString reason = notNull(why);
    if (cancellationStatus == QLatin1String("pending"))
        return update(id, QStringLiteral("cancellation_status = ?, last_error = ?"), { cancellationStatus, reason });
    return update(id, QStringLiteral("cancellation_status = ?, cancel_requested_at = NULL, last_error = ?"),
        { cancellationStatus, reason });
}

Status InvoicingService::recordPdf(const QString &id, const QString &path)
{
    return update(id, QStringLiteral("pdf_path = ?"), { path });
}

namespace {

// A nota de crédito or recibo de pago as the cashier finds it on the Facturas screen: its return's or abono's folio and
// its folio fiscal.
QString cfdiLabel(const InvoiceRecord &record)
{
    if (record.sourceFolio.isEmpty())
        return record.uuid.isEmpty() ? record.id : record.uuid;
    return record.uuid.isEmpty() ? record.sourceFolio : QStringLiteral("%1 (%2)").arg(record.sourceFolio, record.uuid);
}

// The SAT refuses to cancel a CFDI while CFDIs related to it are valid (stamped, or pending and about to be): its
// notas de crédito and recibos de pago are cancelled first. The refusal names each of them; nothing otherwise.
Status checkNoValidRelated(const std::vector<InvoiceRecord> &related)
{
    QStringList notes;
    QStringList receipts;
    for (const InvoiceRecord &cfdi : related) {
        if (cfdi.state != InvoiceState::Stamped && cfdi.state != InvoiceState::PendingStamp)
            continue;
        if (cfdi.type == CfdiType::Egreso)
            notes << cfdiLabel(cfdi);
        else if (cfdi.type == CfdiType::Pago)
            receipts << cfdiLabel(cfdi);
    }
    const QString separator = QStringLiteral("; ");
    if (!notes.isEmpty() && !receipts.isEmpty())
        return fail(ErrorCode::Conflict,
            NX_ERR("This invoice has credit notes (%1) and payment receipts (%2) that are still valid. The SAT "
                   "requires cancelling them first; then cancel the invoice."),
            { notes.join(separator), receipts.join(separator) }, QStringLiteral("related_cfdi"));
    if (!notes.isEmpty())
        return fail(ErrorCode::Conflict,
            NX_ERR("This invoice has credit notes that are still valid: %1. The SAT requires cancelling them "
                   "first; then cancel the invoice."),
            { notes.join(separator) }, QStringLiteral("credit_notes"));
    if (!receipts.isEmpty())
        return fail(ErrorCode::Conflict,
            NX_ERR("This invoice has payment receipts that are still valid: %1. The SAT requires cancelling them "
                   "first; then cancel the invoice."),
            { receipts.join(separator) }, QStringLiteral("payment_receipts"));
    return {};
}

} // namespace

Status InvoicingService::requestCancellation(
    const QString &invoiceId, const QString &motive, const QString &substitution)
{
    if (Status checked = checkCancellationMotive(motive, substitution); !checked)
        return checked;
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<InvoiceRecord> record = invoice(invoiceId);
    if (!record)
        return std::unexpected(record.error());
    Status done;
    switch (record->state) {
    case InvoiceState::Cancelled:
        return fail(
            ErrorCode::Conflict, NX_ERR("The invoice %1 is already cancelled"), { invoiceId }, QStringLiteral("state"));
    case InvoiceState::Error:
        return fail(ErrorCode::Conflict, NX_ERR("The invoice %1 was refused by the PAC: there is nothing to cancel"),
            { invoiceId }, QStringLiteral("state"));
    case InvoiceState::PendingStamp:
        if (!record->pacId.isEmpty() || record->attempts > 0)
            return fail(ErrorCode::Conflict,
                NX_ERR("The invoice %1 may already be at the PAC; cancel it once it is stamped"), { invoiceId },
                QStringLiteral("state"));
        // Never sent: withdrawn here, nothing exists at the SAT.
        done = update(invoiceId, QStringLiteral("state = 'cancelada', cancel_motive = ?, cancelled_at = ?"),
            { motive, nowText(m_clock) });
        break;
    case InvoiceState::Stamped: {
        if (record->cancellationQueued)
            return fail(ErrorCode::Conflict, NX_ERR("The cancellation of the invoice %1 is already requested"),
                { invoiceId }, QStringLiteral("state"));
        Result<std::vector<InvoiceRecord>> related = relatedTo(invoiceId);
        if (!related)
            return std::unexpected(related.error());
        if (Status alone = checkNoValidRelated(*related); !alone)
            return alone;
        done = update(invoiceId,
            QStringLiteral("cancel_motive = ?, cancel_substitution = ?, cancel_requested_at = ?, "
                           "cancellation_status = 'queued'"),
            { motive, substitution.isEmpty() ? QVariant() : QVariant(substitution.toUpper()), nowText(m_clock) });
        break;
    }
    }
    if (!done)
        return done;
    return transaction.commit();
}

} // namespace nexus
