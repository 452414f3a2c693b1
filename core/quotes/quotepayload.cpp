// JSON of the quote facts: amounts in centavos, quantities in thousandths, the valid-until day as YYYY-MM-DD.
#include "quotes/quotepayload.h"

#include <QJsonArray>

namespace nexus::quotemutation {

namespace {

std::unexpected<Error> missing(const QString &field)
{
    return fail(ErrorCode::InvalidInput, NX_ERR("The quote's %1 is missing or wrong"), { field }, field);
}

} // namespace

QJsonObject savedPayload(const Quote &quote)
{
    QJsonArray lines;
    for (const QuoteLine &line : quote.lines) {
        QJsonObject object { { QStringLiteral("line_no"), line.lineNo }, { QStringLiteral("part_id"), line.partId },
            { QStringLiteral("sku"), line.sku }, { QStringLiteral("description"), line.description },
            { QStringLiteral("warehouse_id"), line.warehouseId }, { QStringLiteral("service"), line.service },
            { QStringLiteral("quantity"), line.quantity.thousandths() },
            { QStringLiteral("unit_price_cents"), line.unitPrice.centavos() },
            { QStringLiteral("discount_ppm"), line.discountPpm },
            { QStringLiteral("discount_cents"), line.discount.centavos() },
            { QStringLiteral("base_cents"), line.amounts.base.centavos() },
            { QStringLiteral("tax_cents"), line.amounts.tax.centavos() }, { QStringLiteral("tax_code"), line.taxCode },
            { QStringLiteral("price_version"), line.priceVersion } };
        if (!line.sourceLineId.isEmpty())
            object.insert(QStringLiteral("source_line_id"), line.sourceLineId);
        lines.append(object);
    }
    QJsonObject payload { { QStringLiteral("quote_id"), quote.id }, { QStringLiteral("folio"), quote.folio },
        { QStringLiteral("branch_id"), quote.branchId }, { QStringLiteral("customer_id"), quote.customer.customerId },
        { QStringLiteral("customer_name"), quote.customer.name },
        { QStringLiteral("customer_phone"), quote.customer.phone },
        { QStringLiteral("customer_email"), quote.customer.email }, { QStringLiteral("vehicle"), quote.vehicle },
        { QStringLiteral("price_list"), quote.priceList },
        { QStringLiteral("ticket_discount_ppm"), quote.ticketDiscountPpm },
        { QStringLiteral("subtotal_cents"), quote.totals.base.centavos() },
        { QStringLiteral("tax_cents"), quote.totals.tax.centavos() },
        { QStringLiteral("total_cents"), quote.totals.gross.centavos() },
        { QStringLiteral("discount_cents"), quote.discount.centavos() },
        { QStringLiteral("valid_until"), quote.validUntil.toString(Qt::ISODate) },
        { QStringLiteral("created_by"), quote.createdBy }, { QStringLiteral("created_by_name"), quote.createdByName },
        { QStringLiteral("created_at"), quote.createdAt }, { QStringLiteral("lines"), lines } };
    // Only a quote made from a service order names it (older facts and counter quotes leave it out).
    if (!quote.serviceOrderId.isEmpty()) {
        payload.insert(QStringLiteral("service_order_id"), quote.serviceOrderId);
        payload.insert(QStringLiteral("service_order_folio"), quote.serviceOrderFolio);
    }
    return payload;
}

Result<Quote> quoteFromPayload(const QJsonObject &p)
{
    Quote quote;
    quote.id = p.value(QStringLiteral("quote_id")).toString();
    if (quote.id.isEmpty())
        return missing(QStringLiteral("quote_id"));
    quote.folio = p.value(QStringLiteral("folio")).toString();
    if (quote.folio.isEmpty())
        return missing(QStringLiteral("folio"));
    quote.branchId = p.value(QStringLiteral("branch_id")).toString();
    quote.customer = { p.value(QStringLiteral("customer_id")).toString(),
        p.value(QStringLiteral("customer_name")).toString(), p.value(QStringLiteral("customer_phone")).toString(),
        p.value(QStringLiteral("customer_email")).toString() };
    if (quote.customer.name.trimmed().isEmpty())
        return missing(QStringLiteral("customer_name"));
    quote.vehicle = p.value(QStringLiteral("vehicle")).toString();
    quote.serviceOrderId = p.value(QStringLiteral("service_order_id")).toString();
    quote.serviceOrderFolio = p.value(QStringLiteral("service_order_folio")).toString();
    if (!quote.serviceOrderId.isEmpty() && quote.serviceOrderFolio.isEmpty())
        return missing(QStringLiteral("service_order_folio"));
    quote.priceList = p.value(QStringLiteral("price_list")).toString();
    quote.ticketDiscountPpm = p.value(QStringLiteral("ticket_discount_ppm")).toInteger();
    quote.totals = { Money(p.value(QStringLiteral("total_cents")).toInteger()),
        Money(p.value(QStringLiteral("subtotal_cents")).toInteger()),
        Money(p.value(QStringLiteral("tax_cents")).toInteger()) };
    quote.discount = Money(p.value(QStringLiteral("discount_cents")).toInteger());
    quote.validUntil = QDate::fromString(p.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    if (!quote.validUntil.isValid())
        return missing(QStringLiteral("valid_until"));
    quote.createdBy = p.value(QStringLiteral("created_by")).toString();
    quote.createdByName = p.value(QStringLiteral("created_by_name")).toString();
    quote.createdAt = p.value(QStringLiteral("created_at")).toString();
    if (quote.createdAt.isEmpty())
        return missing(QStringLiteral("created_at"));
    const QJsonArray lines = p.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty())
        return missing(QStringLiteral("lines"));
    for (const QJsonValue &value : lines) {
        const QJsonObject l = value.toObject();
        QuoteLine line;
        line.lineNo = l.value(QStringLiteral("line_no")).toInt();
        line.partId = l.value(QStringLiteral("part_id")).toInteger();
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.description = l.value(QStringLiteral("description")).toString();
        line.warehouseId = l.value(QStringLiteral("warehouse_id")).toString();
        line.service = l.value(QStringLiteral("service")).toBool();
        line.quantity = Quantity(l.value(QStringLiteral("quantity")).toInteger());
        line.unitPrice = Money(l.value(QStringLiteral("unit_price_cents")).toInteger());
        line.discountPpm = l.value(QStringLiteral("discount_ppm")).toInteger();
        line.discount = Money(l.value(QStringLiteral("discount_cents")).toInteger());
        line.amounts.base = Money(l.value(QStringLiteral("base_cents")).toInteger());
        line.amounts.tax = Money(l.value(QStringLiteral("tax_cents")).toInteger());
        line.amounts.gross = line.amounts.base + line.amounts.tax;
        line.taxCode = l.value(QStringLiteral("tax_code")).toString();
        line.priceVersion = l.value(QStringLiteral("price_version")).toInt(1);
        line.sourceLineId = l.value(QStringLiteral("source_line_id")).toString();
        if (line.lineNo <= 0 || line.quantity.thousandths() <= 0 || line.description.isEmpty())
            return missing(QStringLiteral("lines"));
        quote.lines.push_back(std::move(line));
    }
    return quote;
}

QJsonObject convertedPayload(const Quote &quote, const QString &saleId, const QString &saleFolio, const QString &atUtc)
{
    return QJsonObject { { QStringLiteral("quote_id"), quote.id }, { QStringLiteral("folio"), quote.folio },
        { QStringLiteral("sale_id"), saleId }, { QStringLiteral("sale_folio"), saleFolio },
        { QStringLiteral("at"), atUtc } };
}

QJsonObject cancelledPayload(const Quote &quote, const QString &atUtc)
{
    return QJsonObject { { QStringLiteral("quote_id"), quote.id }, { QStringLiteral("folio"), quote.folio },
        { QStringLiteral("at"), atUtc } };
}

} // namespace nexus::quotemutation
