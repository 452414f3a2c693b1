// SaleCompletedHandler: validation (shape, branch, warehouses) first, then the inserts and the stock ledger.
#include "server/salecompletedhandler.h"

#include "protocol/jsonreader.h"
#include "server/salecredit.h"
#include "store/database.h"

#include <QJsonArray>

#include <vector>

namespace nexus {

namespace {

struct Line
{
    qint64 partId = 0;
    QString sku;
    QString warehouseId;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    qint64 base = 0;
    qint64 tax = 0;
    QString taxCode;
    QString description;
    QString satProductKey;
    QString satUnitKey;
    qint64 cost = 0;
    qint64 retailPrice = 0;
    qint64 priceVersion = 0;
};

struct Payment
{
    QString method;
    qint64 amount = 0;
    qint64 tendered = 0;
    QVariant exchangeRatePpm;
    QString reference;
};

// A missing optional text is bound as "" (NOT NULL columns), not as SQL NULL.
QString text(QString value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Error invalid(const char *message, QStringList args, const QString &field)
{
    return Error(ErrorCode::InvalidInput, message, std::move(args), field);
}

} // namespace

Result<QJsonObject> SaleCompletedHandler::apply(
    const MutationContext &context, int schemaVersion, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString folio = reader.string(QLatin1String("folio"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString cashSessionId = text(reader.optionalString(QLatin1String("cash_session_id")));
    const QString cashierId = reader.string(QLatin1String("cashier_id"));
    const QString customerId = reader.optionalString(QLatin1String("customer_id"));
    const QString priceList = reader.string(QLatin1String("price_list"));
    QString currency = reader.optionalString(QLatin1String("currency"));
    const QString soldAt = reader.string(QLatin1String("sold_at"));
    const qint64 subtotal = reader.integer(QLatin1String("subtotal_cents"));
    const qint64 tax = reader.integer(QLatin1String("tax_cents"));
    const qint64 total = reader.integer(QLatin1String("total_cents"));
    const qint64 discount = payload.contains(QStringLiteral("discount_cents"))
        ? reader.integer(QLatin1String("discount_cents")) : 0;
    const qint64 change = payload.contains(QStringLiteral("change_cents"))
        ? reader.integer(QLatin1String("change_cents")) : 0;
    const QJsonArray lineArray = reader.array(QLatin1String("lines"));
    const QJsonArray paymentArray = reader.array(QLatin1String("payments"));
    if (reader.error())
        return std::unexpected(*reader.error());
    if (currency.isEmpty())
        currency = QStringLiteral("MXN");
    // A device posts facts for its own branch only (DESIGN.md "Server").
    if (branchId != context.device.branchId)
        return std::unexpected(invalid(NX_ERR("The sale belongs to branch %1, not to this device's branch"),
            { branchId }, QStringLiteral("payload.branch_id")));
    if (lineArray.isEmpty())
        return std::unexpected(invalid(NX_ERR("The sale has no lines"), {}, QStringLiteral("payload.lines")));

    std::vector<Line> lines;
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        if (!lineArray.at(i).isObject())
            return std::unexpected(invalid(NX_ERR("A sale line is not a JSON object"), {},
                reader.pathOf(QLatin1String("lines"), i)));
        const QJsonObject object = lineArray.at(i).toObject();
        wire::JsonReader item(object, reader.pathOf(QLatin1String("lines"), i));
        Line line;
        line.partId = item.integer(QLatin1String("part_id"));
        line.sku = text(item.optionalString(QLatin1String("sku")));
        line.warehouseId = item.string(QLatin1String("warehouse_id"));
        line.quantity = item.integer(QLatin1String("quantity"));
        line.unitPrice = item.integer(QLatin1String("unit_price_cents"));
        line.discount = item.integer(QLatin1String("discount_cents"));
        line.base = item.integer(QLatin1String("base_cents"));
        line.tax = item.integer(QLatin1String("tax_cents"));
        // Schema 1 payloads do not carry the tax code nor the SAT keys; the columns are NOT NULL, so "" means
        // "not sent". Schema 2 must carry them: head office invoices from them.
        if (schemaVersion >= 2) {
            line.taxCode = item.string(QLatin1String("tax_code"));
            line.satProductKey = item.string(QLatin1String("sat_product_key"));
            line.satUnitKey = item.string(QLatin1String("sat_unit_key"));
            line.description = item.string(QLatin1String("description"));
        } else {
            line.taxCode = text(item.optionalString(QLatin1String("tax_code")));
        }
        line.cost = item.integer(QLatin1String("cost_cents"));
        line.retailPrice = item.integer(QLatin1String("retail_price_cents"));
        line.priceVersion = item.integer(QLatin1String("price_version"));
        if (item.error())
            return std::unexpected(*item.error());
        if (line.quantity <= 0)
            return std::unexpected(invalid(NX_ERR("The quantity must be positive"), {},
                item.pathOf(QLatin1String("quantity"))));
        lines.push_back(line);
    }
    std::vector<Payment> payments;
    for (qsizetype i = 0; i < paymentArray.size(); ++i) {
        const QJsonObject object = paymentArray.at(i).toObject();
        wire::JsonReader item(object, reader.pathOf(QLatin1String("payments"), i));
        Payment payment;
        payment.method = item.string(QLatin1String("method"));
        payment.amount = item.integer(QLatin1String("amount_cents"));
        payment.tendered = object.contains(QStringLiteral("tendered_cents"))
            ? item.integer(QLatin1String("tendered_cents")) : payment.amount;
        const QJsonValue rate = object.value(QStringLiteral("exchange_rate_ppm"));
        if (rate.isDouble() && rate.toInteger() > 0)
            payment.exchangeRatePpm = rate.toInteger();
        payment.reference = text(item.optionalString(QLatin1String("reference")));
        if (item.error())
            return std::unexpected(*item.error());
        payments.push_back(payment);
    }

    // Every warehouse must be one of this branch's: a stock movement never lands in another branch.
    for (const Line &line : lines) {
        Result<QVariant> owner = context.db.scalar(
            QStringLiteral("SELECT branch_id FROM warehouses WHERE id = ?"), { line.warehouseId });
        if (!owner)
            return std::unexpected(owner.error());
        if (!owner->isValid() || owner->toString() != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("The warehouse %1 is not a warehouse of this device's branch"),
                { line.warehouseId }, QStringLiteral("payload.lines.warehouse_id")));
    }
    Result<QVariant> existing = context.db.scalar(QStringLiteral("SELECT 1 FROM sales WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return std::unexpected(invalid(NX_ERR("The sale %1 exists already under another mutation"), { id },
            QStringLiteral("payload.id")));

    Result<QSqlQuery> sale = context.db.exec(
        QStringLiteral("INSERT INTO sales(id, branch_id, device_id, folio, cashier_id, customer_id, price_list, "
                       "currency, subtotal_cents, tax_cents, total_cents, sold_at, cash_session_id, discount_cents, "
                       "change_cents, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, branchId, context.device.deviceId, folio, cashierId,
            customerId.isEmpty() ? QVariant() : QVariant(customerId), priceList, currency, subtotal, tax, total,
            soldAt, cashSessionId, discount, change, context.nowUtc });
    if (!sale)
        return std::unexpected(sale.error());

    QJsonArray exceptions;
    int lineNo = 0;
    for (const Line &line : lines) {
        ++lineNo;
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO sale_lines(sale_id, line_no, part_id, warehouse_id, quantity, "
                           "unit_price_cents, discount_cents, base_cents, tax_cents, tax_code, cost_cents, "
                           "retail_price_cents, price_version, sku, description, sat_product_key, sat_unit_key) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, lineNo, line.partId, line.warehouseId, line.quantity, line.unitPrice, line.discount, line.base,
                line.tax, line.taxCode, line.cost, line.retailPrice, line.priceVersion, line.sku,
                text(line.description), text(line.satProductKey), text(line.satUnitKey) });
        if (!inserted)
            return std::unexpected(inserted.error());
        Result<QSqlQuery> movement = context.db.exec(
            QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, quantity, "
                           "ref_type, ref_id, device_id, user_id, at) VALUES (?, ?, ?, ?, 'sale', ?, 'sale', ?, ?, ?, ?)"),
            { QString(id + QLatin1Char(':') + QString::number(lineNo)), line.partId, line.warehouseId, branchId,
                -line.quantity, id, context.device.deviceId, cashierId, soldAt });
        if (!movement)
            return std::unexpected(movement.error());
        Result<QVariant> balance = context.db.scalar(
            QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?) "
                           "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET "
                           "quantity = stock_levels.quantity + excluded.quantity RETURNING quantity"),
            { line.partId, line.warehouseId, -line.quantity });
        if (!balance)
            return std::unexpected(balance.error());
        if (balance->toLongLong() < 0) {
            const QJsonObject details { { QStringLiteral("part_id"), line.partId },
                { QStringLiteral("warehouse_id"), line.warehouseId },
                { QStringLiteral("quantity"), balance->toLongLong() }, { QStringLiteral("line_no"), lineNo } };
            if (Status opened = openException(context.db, QStringLiteral("negative_stock"), id, details,
                    context.nowUtc); !opened)
                return std::unexpected(opened.error());
            exceptions.append(QStringLiteral("negative_stock"));
        }
        if (context.currentPriceVersion) {
            const std::optional<qint64> current = context.currentPriceVersion(line.partId);
            if (current && line.priceVersion < *current) {
                const QJsonObject details { { QStringLiteral("part_id"), line.partId },
                    { QStringLiteral("sold_price_version"), line.priceVersion },
                    { QStringLiteral("current_price_version"), *current }, { QStringLiteral("line_no"), lineNo } };
                if (Status opened = openException(context.db, QStringLiteral("old_price"), id, details,
                        context.nowUtc); !opened)
                    return std::unexpected(opened.error());
                exceptions.append(QStringLiteral("old_price"));
            }
        }
    }
    int paymentNo = 0;
    for (const Payment &payment : payments) {
        ++paymentNo;
        Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO sale_payments(sale_id, method, amount_cents, reference, tendered_cents, "
                           "exchange_rate_ppm) VALUES (?, ?, ?, ?, ?, ?)"),
            { id, payment.method, payment.amount, payment.reference, payment.tendered, payment.exchangeRatePpm });
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    Result<QStringList> credit = recordSaleCredit(context, schemaVersion, payload);
    if (!credit)
        return std::unexpected(credit.error());
    for (const QString &kind : *credit)
        exceptions.append(kind);
    QJsonObject result { { QStringLiteral("sale_id"), id }, { QStringLiteral("folio"), folio } };
    if (!exceptions.isEmpty())
        result.insert(QStringLiteral("exceptions"), exceptions);
    return result;
}

} // namespace nexus
