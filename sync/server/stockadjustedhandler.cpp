// StockAdjustedHandler: validation (shape, branch, warehouse, reason) first, then the header, movements, balances.
#include "server/stockadjustedhandler.h"

#include "inventory/stockfact.h"
#include "protocol/jsonreader.h"
#include "server/serverstockmovement.h"
#include "store/database.h"

#include <QJsonArray>

#include <set>
#include <vector>

namespace nexus {

namespace {

Error invalid(const char *message, QStringList args, const QString &field)
{
    return Error(ErrorCode::InvalidInput, message, std::move(args), field);
}

struct Line
{
    int lineNo = 0;
    qint64 partId = 0;
    qint64 quantity = 0;
};

} // namespace

QString StockAdjustedHandler::type() const
{
    return QLatin1String(kStockAdjusted);
}

Result<QJsonObject> StockAdjustedHandler::apply(const MutationContext &context, int, const QJsonObject &payload)
{
    wire::JsonReader reader(payload, QStringLiteral("payload"));
    const QString id = reader.string(QLatin1String("id"));
    const QString folio = reader.string(QLatin1String("folio"));
    const QString kind = reader.string(QLatin1String("kind"));
    const QString branchId = reader.string(QLatin1String("branch_id"));
    const QString warehouseId = reader.string(QLatin1String("warehouse_id"));
    const QString reason = reader.string(QLatin1String("reason"));
    const QString note = reader.optionalString(QLatin1String("note"));
    const QString userId = reader.string(QLatin1String("user_id"));
    const QString authorizedBy = reader.optionalString(QLatin1String("authorized_by"));
    const QString at = reader.string(QLatin1String("at"));
    const QJsonArray lineArray = reader.array(QLatin1String("lines"));
    if (reader.error())
        return std::unexpected(*reader.error());
    const bool count = kind == QLatin1String(kStockFactCount);
    if (!count && kind != QLatin1String(kStockFactAdjustment))
        return std::unexpected(invalid(NX_ERR("Unknown stock fact kind %1"), { kind }, QStringLiteral("payload.kind")));
    static const QStringList reasons { QStringLiteral("shrinkage"), QStringLiteral("damage"), QStringLiteral("theft"),
        QStringLiteral("correction") };
    if (count ? reason != QLatin1String(kStockFactCount) : !reasons.contains(reason))
        return std::unexpected(
            invalid(NX_ERR("Unknown adjustment reason %1"), { reason }, QStringLiteral("payload.reason")));
    if (branchId != context.device.branchId)
        return std::unexpected(invalid(NX_ERR("The adjustment belongs to branch %1, not to this device's branch"),
            { branchId }, QStringLiteral("payload.branch_id")));
    Result<QString> owner = context.warehouseBranch(warehouseId);
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner != context.device.branchId)
        return std::unexpected(invalid(NX_ERR("The warehouse %1 is not a warehouse of this device's branch"),
            { warehouseId }, QStringLiteral("payload.warehouse_id")));
    // A count that found every shelf right moves nothing; an adjustment always moves something.
    if (lineArray.isEmpty() && !count)
        return std::unexpected(invalid(NX_ERR("The adjustment has no lines"), {}, QStringLiteral("payload.lines")));
    std::vector<Line> lines;
    std::set<int> numbers;
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        wire::JsonReader item(lineArray.at(i).toObject(), reader.pathOf(QLatin1String("lines"), i));
        Line line { int(item.integer(QLatin1String("line_no"))), item.integer(QLatin1String("part_id")),
            item.integer(QLatin1String("quantity")) };
        if (item.error())
            return std::unexpected(*item.error());
        if (line.quantity == 0)
            return std::unexpected(invalid(NX_ERR("The quantity to adjust cannot be zero"), {},
                item.pathOf(QLatin1String("quantity"))));
        if (line.lineNo <= 0 || !numbers.insert(line.lineNo).second)
            return std::unexpected(invalid(NX_ERR("The line number %1 is repeated or not positive"),
                { QString::number(line.lineNo) }, item.pathOf(QLatin1String("line_no"))));
        lines.push_back(line);
    }

    // The adjustment's id is its key: the same adjustment under a second mutation id is a duplicate, applied once.
    Result<QVariant> seen = context.db.scalar(QStringLiteral("SELECT folio FROM stock_adjustments WHERE id = ?"), { id });
    if (!seen)
        return std::unexpected(seen.error());
    if (seen->isValid())
        return QJsonObject { { QStringLiteral("adjustment_id"), id }, { QStringLiteral("duplicate"), true } };
    if (Result<QSqlQuery> inserted = context.db.exec(
            QStringLiteral("INSERT INTO stock_adjustments(id, folio, kind, branch_id, device_id, warehouse_id, reason, "
                           "note, user_id, authorized_by, at, lines, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, folio, kind, branchId, context.device.deviceId, warehouseId, reason, note.isNull() ? QStringLiteral("") : note,
                userId, authorizedBy.isNull() ? QStringLiteral("") : authorizedBy, at, qint64(lines.size()),
                context.nowUtc });
        !inserted)
        return std::unexpected(inserted.error());
    QJsonArray exceptions;
    for (const Line &line : lines)
        if (Status moved = postServerMovement(context,
                { stockMovementId(id, line.lineNo), line.partId, warehouseId, kind, line.quantity, kind, id, userId,
                    at },
                { { QStringLiteral("folio"), folio }, { QStringLiteral("reason"), reason } }, exceptions);
            !moved)
            return std::unexpected(moved.error());
    QJsonObject result { { QStringLiteral("adjustment_id"), id }, { QStringLiteral("folio"), folio },
        { QStringLiteral("movements"), qint64(lines.size()) } };
    if (!exceptions.isEmpty())
        result.insert(QStringLiteral("exceptions"), exceptions);
    return result;
}

} // namespace nexus
