// The stock.adjusted payload, built once for the outbox.
#include "inventory/stockfact.h"

#include <QJsonArray>

namespace nexus {

QString stockMovementId(const QString &factId, int lineNo)
{
    return factId + QLatin1Char(':') + QString::number(lineNo);
}

QJsonObject stockFactPayload(const StockFact &fact)
{
    QJsonArray lines;
    for (const StockFactLine &line : fact.lines) {
        QJsonObject object { { QStringLiteral("line_no"), line.lineNo }, { QStringLiteral("part_id"), line.partId },
            { QStringLiteral("sku"), line.sku }, { QStringLiteral("quantity"), line.quantity.thousandths() } };
        if (fact.kind == QLatin1String(kStockFactCount)) {
            object.insert(QStringLiteral("counted"), line.counted.thousandths());
            object.insert(QStringLiteral("expected"), line.expected.thousandths());
        }
        lines.append(object);
    }
    return { { QStringLiteral("id"), fact.id }, { QStringLiteral("folio"), fact.folio },
        { QStringLiteral("kind"), fact.kind }, { QStringLiteral("branch_id"), fact.branchId },
        { QStringLiteral("warehouse_id"), fact.warehouseId }, { QStringLiteral("reason"), fact.reason },
        { QStringLiteral("note"), fact.note }, { QStringLiteral("user_id"), fact.userId },
        { QStringLiteral("authorized_by"), fact.authorizedBy }, { QStringLiteral("at"), fact.atUtc },
        { QStringLiteral("lines"), lines } };
}

} // namespace nexus
