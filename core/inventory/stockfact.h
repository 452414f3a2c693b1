// The stock.adjusted fact: an adjustment or a posted physical count of one warehouse, as it goes up through the outbox
// and as the server applies it (movement ids "<id>:<line no>", the same on both sides, so it moves stock once).
#pragma once

#include <QJsonObject>

#include <vector>

#include "common/quantity.h"

namespace nexus {

inline constexpr char kStockAdjusted[] = "stock.adjusted";
inline constexpr int kStockAdjustedSchema = 1;
inline constexpr char kStockFactAdjustment[] = "adjustment"; // also the movement kind and ref_type
inline constexpr char kStockFactCount[] = "count";

struct StockFactLine
{
    int lineNo = 0;
    qint64 partId = 0;
    QString sku;
    Quantity quantity; // signed: what the ledger moves
    Quantity counted; // counts only: what was on the shelf
    Quantity expected; // counts only: the ledger balance when it was counted
};

struct StockFact
{
    QString id; // the adjustment's or count's id
    QString folio;
    QString kind; // kStockFactAdjustment or kStockFactCount
    QString branchId;
    QString warehouseId;
    QString reason; // adjustments: shrinkage, damage, theft, correction; counts: "count"
    QString note;
    QString userId;
    QString authorizedBy; // '' when the user could do it alone
    QString atUtc;
    std::vector<StockFactLine> lines; // only lines that move stock
};

[[nodiscard]] QString stockMovementId(const QString &factId, int lineNo);
[[nodiscard]] QJsonObject stockFactPayload(const StockFact &fact);

} // namespace nexus
