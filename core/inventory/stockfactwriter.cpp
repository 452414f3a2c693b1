// Ledger, audit and outbox of one stock fact: the part every manual stock change shares.
#include "inventory/stockfactwriter.h"

#include "auth/auditlog.h"
#include "common/idgenerator.h"
#include "inventory/stockledger.h"
#include "store/outbox.h"

namespace nexus {

Status writeStockFact(Database &db, const Clock &clock, const QString &deviceId, const StockFact &fact)
{
    std::vector<StockMovement> movements;
    for (const StockFactLine &line : fact.lines)
        movements.push_back({ stockMovementId(fact.id, line.lineNo), line.partId, fact.warehouseId, fact.kind,
            line.quantity, fact.kind, fact.id, fact.userId, fact.atUtc });
    if (Status posted = StockLedger(db).post(movements); !posted)
        return posted;
    QJsonObject details { { QStringLiteral("id"), fact.id }, { QStringLiteral("warehouse_id"), fact.warehouseId },
        { QStringLiteral("reason"), fact.reason }, { QStringLiteral("lines"), int(fact.lines.size()) } };
    if (!fact.authorizedBy.isEmpty())
        details.insert(QStringLiteral("authorized_by"), fact.authorizedBy);
    const QString action
        = fact.kind == QLatin1String(kStockFactCount) ? QStringLiteral("stock_count_posted") : QStringLiteral("stock_adjusted");
    if (Status audited = AuditLog(db, clock, deviceId).append(fact.userId, action, fact.folio, details); !audited)
        return audited;
    Result<qint64> seq = Outbox(db).append(IdGenerator::instance().nextString(), QLatin1String(kStockAdjusted),
        kStockAdjustedSchema, stockFactPayload(fact), fact.atUtc);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

} // namespace nexus
