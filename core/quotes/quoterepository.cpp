// Quotes in nexus.db: one row per quote, its lines in quote_lines, the state moved by conditional UPDATEs.
#include "quotes/quoterepository.h"

#include "store/database.h"
#include "store/multirowinsert.h"

#include <QSqlQuery>

namespace nexus {

namespace {

const QString kQuoteColumns = QStringLiteral(
    "id, folio, branch_id, device_id, customer_id, customer_name, customer_phone, customer_email, vehicle, "
    "price_list, ticket_discount_ppm, subtotal_cents, tax_cents, total_cents, discount_cents, valid_until, state, "
    "created_by, created_by_name, created_at, sale_id, sale_folio, converted_at, cancelled_at, service_order_id, "
    "service_order_folio");

Quote quoteFrom(const QSqlQuery &q)
{
    Quote quote;
    quote.id = q.value(0).toString();
    quote.folio = q.value(1).toString();
    quote.branchId = q.value(2).toString();
    quote.deviceId = q.value(3).toString();
    quote.customer = { q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString() };
    quote.vehicle = q.value(8).toString();
    quote.priceList = q.value(9).toString();
    quote.ticketDiscountPpm = q.value(10).toLongLong();
    quote.totals = { Money(q.value(13).toLongLong()), Money(q.value(11).toLongLong()), Money(q.value(12).toLongLong()) };
    quote.discount = Money(q.value(14).toLongLong());
    quote.validUntil = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    quote.state = quoteStateFromCode(q.value(16).toString()).value_or(QuoteState::Open);
    quote.createdBy = q.value(17).toString();
    quote.createdByName = q.value(18).toString();
    quote.createdAt = q.value(19).toString();
    quote.saleId = q.value(20).toString();
    quote.saleFolio = q.value(21).toString();
    quote.convertedAt = q.value(22).toString();
    quote.cancelledAt = q.value(23).toString();
    quote.serviceOrderId = q.value(24).toString();
    quote.serviceOrderFolio = q.value(25).toString();
    return quote;
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text; // a null QString binds NULL
}

} // namespace

Result<QString> QuoteRepository::nextFolio(const QString &branchId)
{
    Result<QVariant> number = m_db.scalar(
        QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, 2) ON CONFLICT(series) "
                       "DO UPDATE SET next_number = next_number + 1 RETURNING next_number - 1"),
        { QString(QStringLiteral("COT:") + branchId) });
    if (!number)
        return std::unexpected(number.error());
    return QStringLiteral("COT-%1").arg(number->toLongLong(), 6, 10, QLatin1Char('0'));
}

Status QuoteRepository::insert(const Quote &quote)
{
    Result<QSqlQuery> inserted = m_db.exec(QStringLiteral("INSERT INTO quotes(") + kQuoteColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { quote.id, quote.folio, quote.branchId, quote.deviceId, orEmpty(quote.customer.customerId),
            quote.customer.name, orEmpty(quote.customer.phone), orEmpty(quote.customer.email), orEmpty(quote.vehicle),
            quote.priceList, quote.ticketDiscountPpm, quote.totals.base.centavos(), quote.totals.tax.centavos(),
            quote.totals.gross.centavos(), quote.discount.centavos(), quote.validUntil.toString(Qt::ISODate),
            quoteStateCode(quote.state), quote.createdBy, orEmpty(quote.createdByName), quote.createdAt, QVariant(),
            QVariant(), QVariant(), QVariant(), orEmpty(quote.serviceOrderId), orEmpty(quote.serviceOrderFolio) });
    if (!inserted)
        return std::unexpected(inserted.error());
    QVariantList values;
    for (const QuoteLine &line : quote.lines)
        values << quote.id << line.lineNo << line.partId << line.sku << line.description << orEmpty(line.warehouseId)
               << (line.service ? 1 : 0) << line.quantity.thousandths() << line.unitPrice.centavos() << line.discountPpm
               << line.discount.centavos() << line.amounts.base.centavos() << line.amounts.tax.centavos()
               << line.taxCode << line.cost.centavos() << line.retailPrice.centavos() << line.priceVersion
               << orEmpty(line.satProductKey) << orEmpty(line.satUnitKey) << orEmpty(line.sourceLineId);
    return insertRows(m_db, QStringLiteral("quote_lines"),
        { QStringLiteral("quote_id"), QStringLiteral("line_no"), QStringLiteral("part_id"), QStringLiteral("sku"),
            QStringLiteral("description"), QStringLiteral("warehouse_id"), QStringLiteral("service"),
            QStringLiteral("quantity"), QStringLiteral("unit_price_cents"), QStringLiteral("discount_ppm"),
            QStringLiteral("discount_cents"), QStringLiteral("base_cents"), QStringLiteral("tax_cents"),
            QStringLiteral("tax_code"), QStringLiteral("cost_cents"), QStringLiteral("retail_price_cents"),
            QStringLiteral("price_version"), QStringLiteral("sat_product_key"), QStringLiteral("sat_unit_key"),
            QStringLiteral("source_line_id") },
        values);
}

Result<std::vector<QuoteLine>> QuoteRepository::lines(const QString &quoteId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT line_no, part_id, sku, description, warehouse_id, service, quantity, unit_price_cents, "
            "discount_ppm, discount_cents, base_cents, tax_cents, tax_code, cost_cents, retail_price_cents, "
            "price_version, sat_product_key, sat_unit_key, source_line_id FROM quote_lines WHERE quote_id = ? "
            "ORDER BY line_no"),
        { quoteId });
    if (!q)
        return std::unexpected(q.error());
    std::vector<QuoteLine> result;
    while (q->next()) {
        QuoteLine line;
        line.lineNo = q->value(0).toInt();
        line.partId = q->value(1).toLongLong();
        line.sku = q->value(2).toString();
        line.description = q->value(3).toString();
        line.warehouseId = q->value(4).toString();
        line.service = q->value(5).toInt() != 0;
        line.quantity = Quantity(q->value(6).toLongLong());
        line.unitPrice = Money(q->value(7).toLongLong());
        line.discountPpm = q->value(8).toLongLong();
        line.discount = Money(q->value(9).toLongLong());
        line.amounts.base = Money(q->value(10).toLongLong());
        line.amounts.tax = Money(q->value(11).toLongLong());
        line.amounts.gross = line.amounts.base + line.amounts.tax;
        line.taxCode = q->value(12).toString();
        line.cost = Money(q->value(13).toLongLong());
        line.retailPrice = Money(q->value(14).toLongLong());
        line.priceVersion = q->value(15).toInt();
        line.satProductKey = q->value(16).toString();
        line.satUnitKey = q->value(17).toString();
        line.sourceLineId = q->value(18).toString();
        result.push_back(std::move(line));
    }
    return result;
}

Result<Quote> QuoteRepository::load(const QString &id) const
{
    Result<QSqlQuery> q
        = m_db.exec(QStringLiteral("SELECT ") + kQuoteColumns + QStringLiteral(" FROM quotes WHERE id = ?"), { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no quote %1 on this computer"), { id }, QStringLiteral("quote"));
    Quote quote = quoteFrom(*q);
    Result<std::vector<QuoteLine>> quoteLines = lines(id);
    if (!quoteLines)
        return std::unexpected(quoteLines.error());
    quote.lines = std::move(*quoteLines);
    return quote;
}

Result<std::optional<Quote>> QuoteRepository::findByFolio(const QString &folio) const
{
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM quotes WHERE folio = ?"), { folio });
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return std::optional<Quote>();
    Result<Quote> quote = load(id->toString());
    if (!quote)
        return std::unexpected(quote.error());
    return std::optional<Quote>(std::move(*quote));
}

Result<std::vector<Quote>> QuoteRepository::list(const QuoteFilter &filter, const QDate &today) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        where += QStringLiteral(" AND (folio LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\' "
                                "OR customer_phone LIKE ? ESCAPE '\\' OR service_order_folio LIKE ? ESCAPE '\\')");
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        values << pattern << pattern << pattern << pattern;
    }
    const QString day = today.toString(Qt::ISODate);
    if (filter.status) {
        switch (*filter.status) {
        case QuoteStatus::Valid:
            where += QStringLiteral(" AND state = 'open' AND valid_until >= ?");
            values << day;
            break;
        case QuoteStatus::Expired:
            where += QStringLiteral(" AND state = 'open' AND valid_until < ?");
            values << day;
            break;
        case QuoteStatus::Converted:
            where += QStringLiteral(" AND state = 'converted'");
            break;
        case QuoteStatus::Cancelled:
            where += QStringLiteral(" AND state = 'cancelled'");
            break;
        }
    }
    values << std::max(1, filter.limit);
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kQuoteColumns + QStringLiteral(" FROM quotes") + where
            + QStringLiteral(" ORDER BY created_at DESC, folio DESC LIMIT ?"),
        values);
    if (!q)
        return std::unexpected(q.error());
    std::vector<Quote> result;
    while (q->next())
        result.push_back(quoteFrom(*q));
    return result;
}

Result<bool> QuoteRepository::markConverted(
    const QString &id, const QString &saleId, const QString &saleFolio, const QString &nowUtc)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE quotes SET state = 'converted', sale_id = ?, sale_folio = ?, "
                                                   "converted_at = ? WHERE id = ? AND state = 'open'"),
        { saleId, saleFolio, nowUtc, id });
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() == 1;
}

Result<bool> QuoteRepository::markCancelled(const QString &id, const QString &nowUtc)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE quotes SET state = 'cancelled', cancelled_at = ? WHERE id = ? AND state = 'open'"),
        { nowUtc, id });
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() == 1;
}

Status QuoteRepository::setSaleQuote(const QString &saleId, const QString &quoteFolio)
{
    Result<QSqlQuery> q
        = m_db.exec(QStringLiteral("UPDATE sales SET quote_folio = ? WHERE id = ?"), { quoteFolio, saleId });
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Internal, NX_ERR("The sale %1 is not there to record its quote"), { saleId },
            QStringLiteral("sale"));
    return {};
}

} // namespace nexus
