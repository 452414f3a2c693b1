// SaleReturnedHandler: validation (shape, branch, warehouses) first, then the inserts and the stock ledger.
#include "server/salereturnedhandler.h"

#include "protocol/jsonreader.h"
#include "server/branchlocation.h"
#include "returns/returnrequest.h"
#include "store/database.h"

#include <QJsonArray>

#include <vector>

namespace nexus {

namespace {

struct Line
{
    qint64 lineNo = 0;
    qint64 saleLineNo = 0;
    qint64 partId = 0;
    QString sku;
    qint64 quantity = 0;
    qint64 base = 0;
    qint64 tax = 0;
    qint64 total = 0;
    QString destination;
    QString saleWarehouseId;
    QString warehouseId;
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

Result<QJsonObject> SaleReturnedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString folio = reader.string(QLatin1String("folio"));
    const QString saleId = reader.string(QLatin1String("sale_id"));
    const QString saleFolio = text(reader.optionalString(QLatin1String("sale_folio")));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString cashSessionId = text(reader.optionalString(QLatin1String("cash_session_id")));
    const QString cashierId = reader.string(QLatin1String("cashier_id"));
    const QString approvedBy = reader.string(QLatin1String("approved_by"));
    const QString reason = reader.string(QLatin1String("reason"));
    const QString refundMethod = reader.string(QLatin1String("refund_method"));
    const QString refundReference = text(reader.optionalString(QLatin1String("refund_reference")));
    const QString customerId = reader.optionalString(QLatin1String("customer_id"));
    const qint64 subtotal = reader.integer(QLatin1String("subtotal_cents"));
    const qint64 tax = reader.integer(QLatin1String("tax_cents"));
    const qint64 total = reader.integer(QLatin1String("total_cents"));
    // Given back as loyalty points (the fact loyalty.points_moved carries them): the rest went by the refund method.
    const qint64 pointsCents = payload.contains(QStringLiteral("points_cents"))
        ? reader.integer(QLatin1String("points_cents")) : 0;
    const QString returnedAt = reader.string(QLatin1String("returned_at"));
    const QJsonArray lineArray = reader.array(QLatin1String("lines"));
    if (reader.error())
        return std::unexpected(*reader.error());
    // A device posts facts for its own branch only (DESIGN.md "Server").
    if (branchId != context.device.branchId)
        return std::unexpected(invalid(NX_ERR("The return belongs to branch %1, not to this device's branch"),
            { branchId }, QStringLiteral("payload.branch_id")));
    if (!refundMethodFromCode(refundMethod))
        return std::unexpected(
            invalid(NX_ERR("Unknown refund method %1"), { refundMethod }, QStringLiteral("payload.refund_method")));
    if (refundMethod == QLatin1String("store_credit") && customerId.isEmpty())
        return std::unexpected(invalid(NX_ERR("Store credit needs a customer: choose who receives it"), {},
            QStringLiteral("payload.customer_id")));
    if (lineArray.isEmpty())
        return std::unexpected(invalid(NX_ERR("The return has no lines"), {}, QStringLiteral("payload.lines")));
    if (pointsCents < 0 || pointsCents > total)
        return std::unexpected(invalid(NX_ERR("The points given back must be between zero and the refund"), {},
            QStringLiteral("payload.points_cents")));

    std::vector<Line> lines;
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        if (!lineArray.at(i).isObject())
            return std::unexpected(
                invalid(NX_ERR("A return line is not a JSON object"), {}, reader.pathOf(QLatin1String("lines"), i)));
        wire::JsonReader item(lineArray.at(i).toObject(), reader.pathOf(QLatin1String("lines"), i));
        Line line;
        line.lineNo = item.integer(QLatin1String("line_no"));
        line.saleLineNo = item.integer(QLatin1String("sale_line_no"));
        line.partId = item.integer(QLatin1String("part_id"));
        line.sku = text(item.optionalString(QLatin1String("sku")));
        line.quantity = item.integer(QLatin1String("quantity"));
        line.base = item.integer(QLatin1String("base_cents"));
        line.tax = item.integer(QLatin1String("tax_cents"));
        line.total = item.integer(QLatin1String("total_cents"));
        line.destination = item.string(QLatin1String("destination"));
        line.saleWarehouseId = text(item.optionalString(QLatin1String("sale_warehouse_id")));
        line.warehouseId = item.string(QLatin1String("warehouse_id"));
        if (item.error())
            return std::unexpected(*item.error());
        if (line.quantity <= 0)
            return std::unexpected(
                invalid(NX_ERR("The quantity must be positive"), {}, item.pathOf(QLatin1String("quantity"))));
        if (!returnDestinationFromCode(line.destination))
            return std::unexpected(invalid(NX_ERR("Unknown return destination %1"), { line.destination },
                item.pathOf(QLatin1String("destination"))));
        lines.push_back(line);
    }
    for (const Line &line : lines)
        if (Status ok = checkBranchLocation(context.db, line.warehouseId, branchId,
                line.destination == QLatin1String("defective"), QStringLiteral("payload.lines.warehouse_id"));
            !ok)
            return std::unexpected(ok.error());
    Result<QVariant> existing = context.db.scalar(QStringLiteral("SELECT 1 FROM returns WHERE id = ?"), { id });
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return std::unexpected(invalid(
            NX_ERR("The return %1 exists already under another mutation"), { id }, QStringLiteral("payload.id")));

    Result<QSqlQuery> inserted = context.db.exec(
        QStringLiteral("INSERT INTO returns(id, folio, sale_id, sale_folio, branch_id, device_id, cash_session_id, "
                       "cashier_id, approved_by, reason, refund_method, refund_reference, customer_id, "
                       "subtotal_cents, tax_cents, total_cents, returned_at, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, folio, saleId, saleFolio, branchId, context.device.deviceId, cashSessionId, cashierId, approvedBy, reason,
            refundMethod, refundReference, customerId.isEmpty() ? QVariant() : QVariant(customerId), subtotal, tax,
            total, returnedAt, context.nowUtc });
    if (!inserted)
        return std::unexpected(inserted.error());

    QJsonArray exceptions;
    for (const Line &line : lines) {
        Result<QSqlQuery> row = context.db.exec(
            QStringLiteral("INSERT INTO return_lines(return_id, line_no, sale_line_no, part_id, sku, quantity, "
                           "base_cents, tax_cents, total_cents, destination, sale_warehouse_id, warehouse_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, line.lineNo, line.saleLineNo, line.partId, line.sku, line.quantity, line.base, line.tax, line.total,
                line.destination, line.saleWarehouseId, line.warehouseId });
        if (!row)
            return std::unexpected(row.error());
        Result<QSqlQuery> movement = context.db.exec(
            QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, quantity, "
                           "ref_type, ref_id, device_id, user_id, at) "
                           "VALUES (?, ?, ?, ?, 'return', ?, 'return', ?, ?, ?, ?)"),
            { QString(id + QLatin1Char(':') + QString::number(line.lineNo)), line.partId, line.warehouseId, branchId,
                line.quantity, id, context.device.deviceId, cashierId, returnedAt });
        if (!movement)
            return std::unexpected(movement.error());
        Result<QSqlQuery> balance = context.db.exec(
            QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (?, ?, ?) "
                           "ON CONFLICT(part_id, warehouse_id) DO UPDATE SET quantity = stock_levels.quantity + "
                           "excluded.quantity"),
            { line.partId, line.warehouseId, line.quantity });
        if (!balance)
            return std::unexpected(balance.error());
    }

    // The sale is known: more returned than sold on a line is an exception. Unknown: one exception for the return.
    Result<QVariant> sale = context.db.scalar(QStringLiteral("SELECT 1 FROM sales WHERE id = ?"), { saleId });
    if (!sale)
        return std::unexpected(sale.error());
    if (!sale->isValid()) {
        const QJsonObject details { { QStringLiteral("sale_id"), saleId }, { QStringLiteral("sale_folio"), saleFolio },
            { QStringLiteral("return_folio"), folio }, { QStringLiteral("total_cents"), total } };
        if (Status opened
            = openException(context.db, QStringLiteral("return_unknown_sale"), id, details, context.nowUtc);
            !opened)
            return std::unexpected(opened.error());
        exceptions.append(QStringLiteral("return_unknown_sale"));
    } else {
        for (const Line &line : lines) {
            Result<QSqlQuery> over = context.db.exec(
                QStringLiteral(
                    "SELECT l.quantity, (SELECT CAST(coalesce(sum(rl.quantity), 0) AS BIGINT) FROM return_lines rl "
                    "JOIN returns r ON r.id = rl.return_id WHERE r.sale_id = l.sale_id "
                    "AND rl.sale_line_no = l.line_no) FROM sale_lines l WHERE l.sale_id = ? AND l.line_no = ?"),
                { saleId, line.saleLineNo });
            if (!over)
                return std::unexpected(over.error());
            const bool known = over->next();
            const qint64 sold = known ? over->value(0).toLongLong() : 0;
            const qint64 returned = known ? over->value(1).toLongLong() : line.quantity;
            if (known && returned <= sold)
                continue;
            const QJsonObject details { { QStringLiteral("sale_id"), saleId },
                { QStringLiteral("sale_line_no"), line.saleLineNo }, { QStringLiteral("sold"), sold },
                { QStringLiteral("returned"), returned } };
            if (Status opened = openException(context.db, QStringLiteral("over_return"), id, details, context.nowUtc);
                !opened)
                return std::unexpected(opened.error());
            exceptions.append(QStringLiteral("over_return"));
        }
    }

    if (refundMethod == QLatin1String("store_credit") && total > pointsCents) {
        Result<QSqlQuery> credit = context.db.exec(
            QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, branch_id, amount_cents, ref_type, "
                           "ref_id, at) VALUES (?, ?, ?, ?, 'return', ?, ?)"),
            { QString(id + QStringLiteral(":credit")), customerId, branchId, total - pointsCents, id, returnedAt });
        if (!credit)
            return std::unexpected(credit.error());
    }
    QJsonObject result { { QStringLiteral("return_id"), id }, { QStringLiteral("folio"), folio } };
    if (!exceptions.isEmpty())
        result.insert(QStringLiteral("exceptions"), exceptions);
    return result;
}

} // namespace nexus
