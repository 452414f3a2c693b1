// writeCompletedSales: the rows of many sales in multi-row statements, then each line's balance and exceptions in order.
#include "server/salewriter.h"

#include "server/mutationhandler.h"
#include "server/preparedstatements.h"
#include "server/salecredit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <map>

namespace nexus {

namespace {

using StockKey = std::pair<qint64, QString>; // (part, warehouse)

// Which earlier sale each sale's folio repeats (empty: none), as "SELECT id FROM sales WHERE folio = ? AND id <> ?
// ORDER BY sold_at LIMIT 1" run just before each sale's insert would say: a counter restored from an old backup
// prints again the ticket numbers it had used until its first sync moves its counters past the server's
// (deviceepochs.cpp); both sales are kept, and HQ is told which tickets share a number.
Result<QStringList> repeatedFolios(PreparedStatements &sql, const std::vector<CompletedSale> &sales)
{
    QVariantList folios;
    QSet<QString> asked;
    for (const CompletedSale &sale : sales)
        if (!asked.contains(sale.folio)) {
            asked.insert(sale.folio);
            folios.append(sale.folio);
        }
    Result<QList<QVariantList>> stored
        = sql.rowsWhereIn(QStringLiteral("SELECT folio, id, sold_at FROM sales WHERE folio IN"), {}, folios);
    if (!stored)
        return std::unexpected(stored.error());
    struct Holder
    {
        QString id;
        QString soldAt;
    };
    std::map<QString, std::vector<Holder>> holders; // folio → the sales that have it, stored and written so far
    for (const QVariantList &row : std::as_const(*stored))
        holders[row.at(0).toString()].push_back(Holder { row.at(1).toString(), row.at(2).toString() });
    QStringList takenBy;
    for (const CompletedSale &sale : sales) {
        std::vector<Holder> &same = holders[sale.folio];
        const Holder *first = nullptr;
        for (const Holder &holder : same)
            if (holder.id != sale.id && (!first || holder.soldAt < first->soldAt))
                first = &holder;
        takenBy.append(first ? first->id : QString());
        same.push_back(Holder { sale.id, sale.soldAt });
    }
    return takenBy;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<QJsonObject>> writeCompletedSales(const MutationContext &context, const std::vector<CompletedSale> &sales)
{
    if (sales.size() > 1)
        for (const CompletedSale &sale : sales)
            if (sale.storeCredit)
                return fail(ErrorCode::Internal, NX_ERR("The sale %1 takes store credit and must be written alone"),
                    { sale.id });
    PreparedStatements &sql = context.statements;
    Result<QStringList> folioTakenBy = repeatedFolios(sql, sales);
    if (!folioTakenBy)
        return std::unexpected(folioTakenBy.error());

    // The sale's id is its key: a second mutation carrying the same sale inserts nothing and is quarantined.
    QVariantList saleRows;
    for (const CompletedSale &sale : sales)
        saleRows << sale.id << sale.branchId << context.device.deviceId << sale.folio << sale.cashierId
                 << (sale.customerId.isEmpty() ? QVariant() : QVariant(sale.customerId))
                 << (sale.vehicleId.isEmpty() ? QVariant() : QVariant(sale.vehicleId)) << sale.priceList
                 << sale.currency << sale.subtotal << sale.tax << sale.total << sale.soldAt << sale.cashSessionId
                 << sale.discount << sale.change << context.nowUtc;
    static const QStringList saleColumns { QStringLiteral("id"), QStringLiteral("branch_id"),
        QStringLiteral("device_id"), QStringLiteral("folio"), QStringLiteral("cashier_id"),
        QStringLiteral("customer_id"), QStringLiteral("vehicle_id"), QStringLiteral("price_list"), QStringLiteral("currency"),
        QStringLiteral("subtotal_cents"), QStringLiteral("tax_cents"), QStringLiteral("total_cents"),
        QStringLiteral("sold_at"), QStringLiteral("cash_session_id"), QStringLiteral("discount_cents"),
        QStringLiteral("change_cents"), QStringLiteral("received_at") };
    Result<QList<QVariantList>> inserted = sql.insertRows(
        QStringLiteral("sales"), saleColumns, saleRows, QStringLiteral("ON CONFLICT(id) DO NOTHING RETURNING id"));
    if (!inserted)
        return std::unexpected(inserted.error());
    if (inserted->size() != static_cast<qsizetype>(sales.size())) {
        QSet<QString> fresh;
        for (const QVariantList &row : std::as_const(*inserted))
            fresh.insert(row.at(0).toString());
        for (const CompletedSale &sale : sales) {
            if (!fresh.remove(sale.id)) // stored before, or a second time in `sales`
                return std::unexpected(Error(ErrorCode::InvalidInput,
                    NX_ERR("The sale %1 exists already under another mutation"), { sale.id },
                    QStringLiteral("payload.id")));
        }
    }

    // Lines, movements and payments go in as multi-row inserts; the balances as one upsert per (part, warehouse).
    QVariantList lineRows;
    QVariantList movementRows;
    std::map<StockKey, qint64> deltas; // what these sales move
    for (const CompletedSale &sale : sales) {
        for (std::size_t i = 0; i < sale.lines.size(); ++i) {
            const CompletedSaleLine &line = sale.lines[i];
            const qint64 lineNo = static_cast<qint64>(i) + 1;
            lineRows << sale.id << lineNo << line.partId << line.warehouseId << line.quantity << line.unitPrice
                     << line.discount << line.base << line.tax << line.taxCode << line.cost << line.retailPrice
                     << line.priceVersion << line.sku << line.description << line.satProductKey << line.satUnitKey;
            if (line.service) // moves no stock
                continue;
            movementRows << QString(sale.id + QLatin1Char(':') + QString::number(lineNo)) << line.partId
                         << line.warehouseId << sale.branchId << QStringLiteral("sale") << -line.quantity
                         << QStringLiteral("sale") << sale.id << context.device.deviceId << sale.cashierId
                         << sale.soldAt;
            deltas[{ line.partId, line.warehouseId }] -= line.quantity;
        }
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
    if (Result<QList<QVariantList>> lines = sql.insertRows(QStringLiteral("sale_lines"), lineColumns, lineRows);
        !lines)
        return std::unexpected(lines.error());
    if (Result<QList<QVariantList>> movements
        = sql.insertRows(QStringLiteral("stock_movements"), movementColumns, movementRows);
        !movements)
        return std::unexpected(movements.error());

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
    // The balance before these sales; walking their lines in order gives each line's balance after it, exactly as
    // if every line had been upserted on its own.
    std::map<StockKey, qint64> running;
    for (const QVariantList &row : std::as_const(*balances)) {
        const StockKey key { row.at(0).toLongLong(), row.at(1).toString() };
        running[key] = row.at(2).toLongLong() - deltas[key];
    }

    QList<QJsonObject> results;
    QVariantList exceptionRows;
    const auto open = [&](const QString &kind, const QString &saleId, const QJsonObject &details, QJsonArray &kinds) {
        exceptionRows << kind << saleId << compact(details) << context.nowUtc;
        kinds.append(kind);
    };
    for (std::size_t s = 0; s < sales.size(); ++s) {
        const CompletedSale &sale = sales[s];
        QJsonArray kinds;
        if (const QString &other = folioTakenBy->at(static_cast<qsizetype>(s)); !other.isEmpty())
            open(QStringLiteral("duplicate_folio"), sale.id,
                QJsonObject { { QStringLiteral("folio"), sale.folio }, { QStringLiteral("other_sale_id"), other },
                    { QStringLiteral("device_id"), context.device.deviceId } },
                kinds);
        for (std::size_t i = 0; i < sale.lines.size(); ++i) {
            const CompletedSaleLine &line = sale.lines[i];
            const qint64 lineNo = static_cast<qint64>(i) + 1;
            if (line.service)
                continue;
            qint64 &balance = running[{ line.partId, line.warehouseId }];
            balance -= line.quantity;
            if (balance < 0)
                open(QStringLiteral("negative_stock"), sale.id,
                    QJsonObject { { QStringLiteral("part_id"), line.partId },
                        { QStringLiteral("warehouse_id"), line.warehouseId }, { QStringLiteral("quantity"), balance },
                        { QStringLiteral("line_no"), lineNo } },
                    kinds);
            if (context.currentPriceVersion) {
                const std::optional<qint64> current = context.currentPriceVersion(line.partId);
                if (current && line.priceVersion < *current)
                    open(QStringLiteral("old_price"), sale.id,
                        QJsonObject { { QStringLiteral("part_id"), line.partId },
                            { QStringLiteral("sold_price_version"), line.priceVersion },
                            { QStringLiteral("current_price_version"), *current },
                            { QStringLiteral("line_no"), lineNo } },
                        kinds);
            }
        }
        QJsonObject result { { QStringLiteral("sale_id"), sale.id }, { QStringLiteral("folio"), sale.folio } };
        if (!kinds.isEmpty())
            result.insert(QStringLiteral("exceptions"), kinds);
        results.append(result);
    }
    static const QStringList exceptionColumns { QStringLiteral("kind"), QStringLiteral("ref"),
        QStringLiteral("details"), QStringLiteral("created_at") };
    if (Result<QList<QVariantList>> opened = sql.insertRows(QStringLiteral("exceptions"), exceptionColumns,
            exceptionRows);
        !opened)
        return std::unexpected(opened.error());

    QVariantList paymentRows;
    for (const CompletedSale &sale : sales)
        for (const CompletedSalePayment &payment : sale.payments)
            paymentRows << sale.id << payment.method << payment.amount << payment.reference << payment.tendered
                        << payment.exchangeRatePpm;
    static const QStringList paymentColumns { QStringLiteral("sale_id"), QStringLiteral("method"),
        QStringLiteral("amount_cents"), QStringLiteral("reference"), QStringLiteral("tendered_cents"),
        QStringLiteral("exchange_rate_ppm") };
    if (Result<QList<QVariantList>> payments = sql.insertRows(QStringLiteral("sale_payments"), paymentColumns,
            paymentRows);
        !payments)
        return std::unexpected(payments.error());

    for (std::size_t s = 0; s < sales.size(); ++s) {
        if (!sales[s].storeCredit)
            continue;
        Result<QStringList> credit = recordSaleCredit(context, sales[s].schemaVersion, sales[s].payload);
        if (!credit)
            return std::unexpected(credit.error());
        if (credit->isEmpty())
            continue;
        QJsonArray kinds = results[static_cast<qsizetype>(s)].value(QStringLiteral("exceptions")).toArray();
        for (const QString &kind : std::as_const(*credit))
            kinds.append(kind);
        results[static_cast<qsizetype>(s)].insert(QStringLiteral("exceptions"), kinds);
    }
    return results;
}

} // namespace nexus
