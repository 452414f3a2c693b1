// The quote handlers: core's payload reader, then portable SQL (SQLite and PostgreSQL).
#include "server/quotehandlers.h"

#include "quotes/quotepayload.h"
#include "store/database.h"

#include <QSqlQuery>

namespace nexus {

namespace {

Error invalid(const char *text, const QStringList &args, const QString &field)
{
    return Error(ErrorCode::InvalidInput, text, args, field);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

class QuoteHandler : public MutationHandler
{
public:
    [[nodiscard]] bool supportsSchema(int schemaVersion) const override
    {
        return schemaVersion == quotemutation::kSchema;
    }

protected:
    // The stored quote's branch and state; NotFound-as-invalid when the server never got it, or it is another
    // branch's.
    static Result<std::pair<QString, QString>> stored(const MutationContext &context, const QString &quoteId)
    {
        Result<QSqlQuery> q = context.db.exec(
            QStringLiteral("SELECT state, coalesce(sale_id, '') FROM quotes WHERE id = ? AND branch_id = ?"),
            { quoteId, context.device.branchId });
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::unexpected(invalid(NX_ERR("The quote %1 is not a quote of this device's branch"), { quoteId },
                QStringLiteral("payload.quote_id")));
        return std::pair { q->value(0).toString(), q->value(1).toString() };
    }
};

class QuoteSavedHandler final : public QuoteHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(quotemutation::kSaved); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        Result<Quote> parsed = quotemutation::quoteFromPayload(payload);
        if (!parsed)
            return std::unexpected(invalid(parsed.error().sourceText(), parsed.error().args(),
                QStringLiteral("payload.") + parsed.error().field()));
        const Quote &q = *parsed;
        if (q.branchId != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("The fact belongs to branch %1, not to this device's branch"),
                { q.branchId }, QStringLiteral("payload.branch_id")));
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO quotes(id, folio, branch_id, device_id, customer_id, customer_name, "
                           "customer_phone, customer_email, vehicle, price_list, ticket_discount_ppm, subtotal_cents, "
                           "tax_cents, total_cents, discount_cents, valid_until, state, created_by, created_by_name, "
                           "created_at, received_at, service_order_id, service_order_folio) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
            { q.id, q.folio, q.branchId, context.device.deviceId, text(q.customer.customerId), q.customer.name,
                text(q.customer.phone), text(q.customer.email), text(q.vehicle), text(q.priceList), q.ticketDiscountPpm,
                q.totals.base.centavos(), q.totals.tax.centavos(), q.totals.gross.centavos(), q.discount.centavos(),
                q.validUntil.toString(Qt::ISODate), text(q.createdBy), text(q.createdByName), q.createdAt,
                context.nowUtc, text(q.serviceOrderId), text(q.serviceOrderFolio) });
        if (!inserted)
            return std::unexpected(inserted.error());
        const bool applied = inserted->numRowsAffected() == 1;
        if (applied) {
            for (const QuoteLine &line : q.lines) {
                Result<QSqlQuery> row = context.db.exec(
                    QStringLiteral(
                        "INSERT INTO quote_lines(quote_id, line_no, part_id, sku, description, warehouse_id, "
                        "service, quantity, unit_price_cents, discount_ppm, discount_cents, base_cents, "
                        "tax_cents, tax_code, price_version, source_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { q.id, line.lineNo, line.partId, text(line.sku), line.description, text(line.warehouseId),
                        line.service ? 1 : 0, line.quantity.thousandths(), line.unitPrice.centavos(), line.discountPpm,
                        line.discount.centavos(), line.amounts.base.centavos(), line.amounts.tax.centavos(),
                        text(line.taxCode), line.priceVersion, text(line.sourceLineId) });
                if (!row)
                    return std::unexpected(row.error());
            }
        }
        return QJsonObject { { QStringLiteral("quote_id"), q.id }, { QStringLiteral("applied"), applied } };
    }
};

class QuoteConvertedHandler final : public QuoteHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(quotemutation::kConverted); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        const QString quoteId = payload.value(QStringLiteral("quote_id")).toString();
        const QString saleId = payload.value(QStringLiteral("sale_id")).toString();
        const QString saleFolio = payload.value(QStringLiteral("sale_folio")).toString();
        const QString at = payload.value(QStringLiteral("at")).toString();
        if (quoteId.isEmpty() || saleId.isEmpty() || saleFolio.isEmpty() || at.isEmpty())
            return std::unexpected(invalid(NX_ERR("The quote's %1 is missing or wrong"),
                { QStringLiteral("quote_id, sale_id, sale_folio, at") }, QStringLiteral("payload")));
        Result<std::pair<QString, QString>> now = stored(context, quoteId);
        if (!now)
            return std::unexpected(now.error());
        const auto &[state, storedSale] = *now;
        if (state == QLatin1String("converted") && storedSale != saleId) {
            // Two sales for one quote: the first stands, HQ looks at the second.
            if (Status opened = openException(context.db, QStringLiteral("quote_converted_twice"), quoteId,
                    { { QStringLiteral("folio"), payload.value(QStringLiteral("folio")) },
                        { QStringLiteral("first_sale_id"), storedSale }, { QStringLiteral("sale_id"), saleId },
                        { QStringLiteral("sale_folio"), saleFolio } },
                    context.nowUtc);
                !opened)
                return std::unexpected(opened.error());
            return QJsonObject { { QStringLiteral("quote_id"), quoteId }, { QStringLiteral("applied"), false } };
        }
        Result<QSqlQuery> updated = context.db.exec(
            QStringLiteral("UPDATE quotes SET state = 'converted', sale_id = ?, sale_folio = ?, converted_at = ? "
                           "WHERE id = ? AND state <> 'converted'"),
            { saleId, saleFolio, at, quoteId });
        if (!updated)
            return std::unexpected(updated.error());
        return QJsonObject { { QStringLiteral("quote_id"), quoteId },
            { QStringLiteral("applied"), updated->numRowsAffected() == 1 } };
    }
};

class QuoteCancelledHandler final : public QuoteHandler
{
public:
    [[nodiscard]] QString type() const override { return QLatin1String(quotemutation::kCancelled); }

    [[nodiscard]] Result<QJsonObject> apply(const MutationContext &context, int, const QJsonObject &payload) override
    {
        const QString quoteId = payload.value(QStringLiteral("quote_id")).toString();
        const QString at = payload.value(QStringLiteral("at")).toString();
        if (quoteId.isEmpty() || at.isEmpty())
            return std::unexpected(invalid(NX_ERR("The quote's %1 is missing or wrong"),
                { QStringLiteral("quote_id, at") }, QStringLiteral("payload")));
        if (Result<std::pair<QString, QString>> now = stored(context, quoteId); !now)
            return std::unexpected(now.error());
        // A converted quote stays converted: its sale happened.
        Result<QSqlQuery> updated = context.db.exec(
            QStringLiteral("UPDATE quotes SET state = 'cancelled', cancelled_at = ? WHERE id = ? AND state = 'open'"),
            { at, quoteId });
        if (!updated)
            return std::unexpected(updated.error());
        return QJsonObject { { QStringLiteral("quote_id"), quoteId },
            { QStringLiteral("applied"), updated->numRowsAffected() == 1 } };
    }
};

} // namespace

std::vector<std::unique_ptr<MutationHandler>> makeQuoteHandlers()
{
    std::vector<std::unique_ptr<MutationHandler>> handlers;
    handlers.push_back(std::make_unique<QuoteSavedHandler>());
    handlers.push_back(std::make_unique<QuoteConvertedHandler>());
    handlers.push_back(std::make_unique<QuoteCancelledHandler>());
    return handlers;
}

} // namespace nexus
