// SaleCompletedHandler: validation (shape, branch, warehouses) first, then the inserts and the stock ledger.
#include "server/salecompletedhandler.h"

#include "protocol/jsonreader.h"
#include "sales/salepayload.h"
#include "server/preparedstatements.h"
#include "server/salecredit.h"
#include "store/database.h"

#include <QJsonArray>

#include <map>
#include <vector>

namespace nexus {

namespace {

struct Line
{
    bool service = false; // schema 4: a workshop's labor, no part, no warehouse, no stock movement
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
        // Schema 4 names each line's kind; before it every line was a part.
        if (schemaVersion >= 4) {
            const QString kind = item.string(QLatin1String("kind"));
            if (kind == QLatin1String(kSaleLineService))
                line.service = true;
            else if (kind != QLatin1String(kSaleLinePart) && !item.error())
                return std::unexpected(invalid(NX_ERR("Unknown sale line kind %1"), { kind },
                    item.pathOf(QLatin1String("kind"))));
        }
        line.partId = item.integer(QLatin1String("part_id"));
        line.sku = text(item.optionalString(QLatin1String("sku")));
        line.warehouseId = line.service ? text(item.optionalString(QLatin1String("warehouse_id")))
                                        : item.string(QLatin1String("warehouse_id"));
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
        if (line.service && (line.partId != 0 || !line.warehouseId.isEmpty()))
            return std::unexpected(invalid(NX_ERR("A service line has no part and no warehouse"), {},
                item.pathOf(QLatin1String("part_id"))));
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
        if (line.service)
            continue;
        Result<QString> owner = context.warehouseBranch(line.warehouseId);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner != context.device.branchId)
            return std::unexpected(invalid(NX_ERR("The warehouse %1 is not a warehouse of this device's branch"),
                { line.warehouseId }, QStringLiteral("payload.lines.warehouse_id")));
    }

    PreparedStatements &sql = context.statements;
    // A counter restored from an old backup prints again the ticket numbers it had already used until its first
    // sync moves its counters past the server's (deviceepochs.cpp): both sales are kept, and HQ is told which
    // tickets share a number.
    Result<QVariant> sameFolio = sql.scalar(
        QStringLiteral("SELECT id FROM sales WHERE folio = ? AND id <> ? ORDER BY sold_at LIMIT 1"), { folio, id });
    if (!sameFolio)
        return std::unexpected(sameFolio.error());
    const QString folioTakenBy = sameFolio->isValid() ? sameFolio->toString() : QString();
    // The sale's id is its key: a second mutation carrying the same sale inserts nothing and is quarantined.
    Result<qint64> sale = sql.run(
        QStringLiteral("INSERT INTO sales(id, branch_id, device_id, folio, cashier_id, customer_id, price_list, "
                       "currency, subtotal_cents, tax_cents, total_cents, sold_at, cash_session_id, discount_cents, "
                       "change_cents, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO NOTHING"),
        { id, branchId, context.device.deviceId, folio, cashierId,
            customerId.isEmpty() ? QVariant() : QVariant(customerId), priceList, currency, subtotal, tax, total,
            soldAt, cashSessionId, discount, change, context.nowUtc });
    if (!sale)
        return std::unexpected(sale.error());
    if (*sale == 0)
        return std::unexpected(invalid(NX_ERR("The sale %1 exists already under another mutation"), { id },
            QStringLiteral("payload.id")));

    // Lines, movements and payments go in as multi-row inserts; the balances as one upsert per (part, warehouse).
    QVariantList lineRows;
    QVariantList movementRows;
    std::map<std::pair<qint64, QString>, qint64> deltas; // (part, warehouse) → what this sale moves
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        const qint64 lineNo = static_cast<qint64>(i) + 1;
        lineRows << id << lineNo << line.partId << line.warehouseId << line.quantity << line.unitPrice
                 << line.discount << line.base << line.tax << line.taxCode << line.cost << line.retailPrice
                 << line.priceVersion << line.sku << text(line.description) << text(line.satProductKey)
                 << text(line.satUnitKey);
        if (line.service) // moves no stock
            continue;
        movementRows << QString(id + QLatin1Char(':') + QString::number(lineNo)) << line.partId << line.warehouseId
                     << branchId << QStringLiteral("sale") << -line.quantity << QStringLiteral("sale") << id
                     << context.device.deviceId << cashierId << soldAt;
        deltas[{ line.partId, line.warehouseId }] -= line.quantity;
    }
    static const QStringList lineColumns { QStringLiteral("sale_id"), QStringLiteral("line_no"),
        QStringLiteral("part_id"), QStringLiteral("warehouse_id"), QStringLiteral("quantity"),
        QStringLiteral("unit_price_cents"), QStringLiteral("discount_cents"), QStringLiteral("base_cents"),
        QStringLiteral("tax_cents"), QStringLiteral("tax_code"), QStringLiteral("cost_cents"),
        QStringLiteral("retail_price_cents"), QStringLiteral("price_version"), QStringLiteral("sku"),
        QStringLiteral("description"), QStringLiteral("sat_product_key"), QStringLiteral("sat_unit_key") };
    static const QStringList movementColumns { QStringLiteral("id"), QStringLiteral("part_id"),
        QStringLiteral("warehouse_id"), QStringLiteral("branch_id"), QStringLiteral("kind"), QStringLiteral("quantity"),
        QStringLiteral("ref_type"), QStringLiteral("ref_id"), QStringLiteral("device_id"), QStringLiteral("user_id"),
        QStringLiteral("at") };
    if (Result<QList<QVariantList>> inserted = sql.insertRows(QStringLiteral("sale_lines"), lineColumns, lineRows);
        !inserted)
        return std::unexpected(inserted.error());
    if (Result<QList<QVariantList>> inserted
        = sql.insertRows(QStringLiteral("stock_movements"), movementColumns, movementRows);
        !inserted)
        return std::unexpected(inserted.error());

    // One row per (part, warehouse): PostgreSQL refuses an upsert that touches a row twice.
    QVariantList levelRows;
    for (const auto &[key, delta] : deltas)
        levelRows << key.first << key.second << delta;
    static const QStringList levelColumns { QStringLiteral("part_id"), QStringLiteral("warehouse_id"),
        QStringLiteral("quantity") };
    Result<QList<QVariantList>> balances = sql.insertRows(QStringLiteral("stock_levels"), levelColumns, levelRows,
        QStringLiteral("ON CONFLICT(part_id, warehouse_id) DO UPDATE SET "
                       "quantity = stock_levels.quantity + excluded.quantity RETURNING part_id, warehouse_id, quantity"));
    if (!balances)
        return std::unexpected(balances.error());
    // The balance before this sale; walking the lines in order gives each line's balance after it, exactly as if
    // every line had been upserted on its own.
    std::map<std::pair<qint64, QString>, qint64> running;
    for (const QVariantList &row : *balances) {
        const std::pair<qint64, QString> key { row.at(0).toLongLong(), row.at(1).toString() };
        running[key] = row.at(2).toLongLong() - deltas[key];
    }

    QJsonArray exceptions;
    if (!folioTakenBy.isEmpty()) {
        const QJsonObject details { { QStringLiteral("folio"), folio }, { QStringLiteral("other_sale_id"), folioTakenBy },
            { QStringLiteral("device_id"), context.device.deviceId } };
        if (Status opened = openException(context.db, QStringLiteral("duplicate_folio"), id, details, context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        exceptions.append(QStringLiteral("duplicate_folio"));
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        const qint64 lineNo = static_cast<qint64>(i) + 1;
        if (line.service)
            continue;
        qint64 &balance = running[{ line.partId, line.warehouseId }];
        balance -= line.quantity;
        if (balance < 0) {
            const QJsonObject details { { QStringLiteral("part_id"), line.partId },
                { QStringLiteral("warehouse_id"), line.warehouseId }, { QStringLiteral("quantity"), balance },
                { QStringLiteral("line_no"), lineNo } };
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
    QVariantList paymentRows;
    for (const Payment &payment : payments)
        paymentRows << id << payment.method << payment.amount << payment.reference << payment.tendered
                    << payment.exchangeRatePpm;
    static const QStringList paymentColumns { QStringLiteral("sale_id"), QStringLiteral("method"),
        QStringLiteral("amount_cents"), QStringLiteral("reference"), QStringLiteral("tendered_cents"),
        QStringLiteral("exchange_rate_ppm") };
    if (Result<QList<QVariantList>> inserted = sql.insertRows(QStringLiteral("sale_payments"), paymentColumns,
            paymentRows);
        !inserted)
        return std::unexpected(inserted.error());
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
