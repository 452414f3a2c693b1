// Adjustments in the shape of the other ledgers: checks (nothing written), then one transaction.
#include "inventory/stockadjustmentservice.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "inventory/stockfactwriter.h"
#include "store/database.h"
#include "store/foliocounter.h"

#include <set>

namespace nexus {

namespace {

constexpr qsizetype kMaxNoteLength = 500;

} // namespace

QString adjustmentReasonCode(AdjustmentReason reason)
{
    switch (reason) {
    case AdjustmentReason::Shrinkage:
        return QStringLiteral("shrinkage");
    case AdjustmentReason::Damage:
        return QStringLiteral("damage");
    case AdjustmentReason::Theft:
        return QStringLiteral("theft");
    case AdjustmentReason::Correction:
        break;
    }
    return QStringLiteral("correction");
}

std::optional<AdjustmentReason> adjustmentReasonFromCode(const QString &code)
{
    for (AdjustmentReason reason : { AdjustmentReason::Shrinkage, AdjustmentReason::Damage, AdjustmentReason::Theft,
             AdjustmentReason::Correction })
        if (adjustmentReasonCode(reason) == code)
            return reason;
    return std::nullopt;
}

StockAdjustmentService::StockAdjustmentService(Database &db, const Clock &clock, StockContext context)
    : m_db(db), m_clock(clock), m_context(std::move(context))
{
}

Result<StockAdjustment> StockAdjustmentService::adjust(const StockAdjustmentRequest &request, const StockActor &actor)
{
    if (Status ok = checkStockContext(m_context); !ok)
        return std::unexpected(ok.error());
    Result<QString> authorizedBy = checkStockActor(m_db, actor);
    if (!authorizedBy)
        return std::unexpected(authorizedBy.error());
    StockAdjustment adjustment;
    adjustment.id = IdGenerator::instance().nextString();
    adjustment.warehouseId = request.warehouseId.trimmed();
    adjustment.reason = request.reason;
    adjustment.note = notNull(request.note.simplified());
    adjustment.userId = actor.userId;
    adjustment.authorizedBy = *authorizedBy;
    adjustment.atUtc = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    if (adjustment.warehouseId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the warehouse"), {}, QStringLiteral("warehouse_id"));
    if (request.lines.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Add at least one part to adjust"), {}, QStringLiteral("lines"));
    if ((request.reason == AdjustmentReason::Theft || request.reason == AdjustmentReason::Correction)
        && adjustment.note.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say what happened: theft and corrections need a note"), {},
            QStringLiteral("note"));
    if (adjustment.note.size() > kMaxNoteLength)
        return fail(ErrorCode::InvalidInput, NX_ERR("The note is too long (at most %1 characters)"),
            { QString::number(kMaxNoteLength) }, QStringLiteral("note"));
    std::set<qint64> parts;
    for (qsizetype i = 0; i < qsizetype(request.lines.size()); ++i) {
        const StockAdjustmentLine &line = request.lines[size_t(i)];
        const QString field = QStringLiteral("lines[%1]").arg(i);
        if (line.partId <= 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("Choose the part"), {}, field + QStringLiteral(".part_id"));
        if (line.quantity == Quantity())
            return fail(ErrorCode::InvalidInput, NX_ERR("The quantity to adjust cannot be zero"), {},
                field + QStringLiteral(".quantity"));
        if (!parts.insert(line.partId).second)
            return fail(ErrorCode::InvalidInput, NX_ERR("The part %1 is twice in the adjustment"), { line.sku },
                field + QStringLiteral(".part_id"));
        // Shrinkage, damage and theft only take pieces out; only a correction may add.
        if (request.reason != AdjustmentReason::Correction && line.quantity > Quantity())
            return fail(ErrorCode::InvalidInput, NX_ERR("Shrinkage, damage and theft take pieces out: use a negative "
                                                        "quantity, or a correction to add pieces"),
                {}, field + QStringLiteral(".quantity"));
        adjustment.lines.push_back(
            { line.partId, notNull(line.sku.trimmed()), notNull(line.description.trimmed()), line.quantity });
    }
    if (Status ok = checkOwnWarehouse(m_db, m_context.branchId, adjustment.warehouseId); !ok)
        return std::unexpected(ok.error());

    StockFact fact { adjustment.id, {}, QLatin1String(kStockFactAdjustment), m_context.branchId,
        adjustment.warehouseId, adjustmentReasonCode(adjustment.reason), adjustment.note, adjustment.userId,
        adjustment.authorizedBy, adjustment.atUtc, {} };
    QVariantList lineRows;
    int lineNo = 0;
    for (const StockAdjustmentLine &line : adjustment.lines) {
        ++lineNo;
        fact.lines.push_back({ lineNo, line.partId, line.sku, line.quantity, {}, {} });
        lineRows << adjustment.id << lineNo << line.partId << line.sku << line.description
                 << line.quantity.thousandths();
    }

    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QString> folio = drawFolio(m_db, m_context.folioSeries + QStringLiteral("-A"));
    if (!folio)
        return std::unexpected(folio.error());
    adjustment.folio = fact.folio = *folio;
    if (Result<QSqlQuery> inserted = m_db.exec(
            QStringLiteral("INSERT INTO stock_adjustments(id, folio, warehouse_id, reason, note, user_id, "
                           "authorized_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { adjustment.id, adjustment.folio, adjustment.warehouseId, fact.reason, fact.note, adjustment.userId,
                adjustment.authorizedBy, adjustment.atUtc });
        !inserted)
        return std::unexpected(inserted.error());
    for (qsizetype i = 0; i < lineRows.size(); i += 6)
        if (Result<QSqlQuery> inserted
            = m_db.exec(QStringLiteral("INSERT INTO stock_adjustment_lines(adjustment_id, line_no, part_id, sku, "
                                       "description, quantity) VALUES (?, ?, ?, ?, ?, ?)"),
                lineRows.mid(i, 6));
            !inserted)
            return std::unexpected(inserted.error());
    if (Status written = writeStockFact(m_db, m_clock, m_context.deviceId, fact); !written)
        return std::unexpected(written.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return adjustment;
}

Result<std::vector<StockAdjustment>> StockAdjustmentService::recent(int limit) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT a.id, a.folio, a.warehouse_id, a.reason, a.note, a.user_id, coalesce(u.display_name, ''), "
                       "a.authorized_by, a.at, l.part_id, l.sku, l.description, l.quantity FROM "
                       "(SELECT * FROM stock_adjustments ORDER BY at DESC, id DESC LIMIT ?) a "
                       "JOIN stock_adjustment_lines l ON l.adjustment_id = a.id LEFT JOIN users u ON u.id = a.user_id "
                       "ORDER BY a.at DESC, a.id DESC, l.line_no"),
        { qMax(1, limit) });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<StockAdjustment> list;
    while (rows->next()) {
        if (list.empty() || list.back().id != rows->value(0).toString()) {
            StockAdjustment a;
            a.id = rows->value(0).toString();
            a.folio = rows->value(1).toString();
            a.warehouseId = rows->value(2).toString();
            a.reason = adjustmentReasonFromCode(rows->value(3).toString()).value_or(AdjustmentReason::Correction);
            a.note = rows->value(4).toString();
            a.userId = rows->value(5).toString();
            a.userName = rows->value(6).toString();
            a.authorizedBy = rows->value(7).toString();
            a.atUtc = rows->value(8).toString();
            list.push_back(std::move(a));
        }
        list.back().lines.push_back({ rows->value(9).toLongLong(), rows->value(10).toString(),
            rows->value(11).toString(), Quantity(rows->value(12).toLongLong()) });
    }
    return list;
}

} // namespace nexus
