// Stock adjustments (merma, daño, robo, corrección): one transaction writes the adjustment, its 'adjustment' movements
// in the ledger, the audit entry and the stock.adjusted fact. Needs AdjustStock (own or a manager's authorisation).
#pragma once

#include <vector>

#include "common/error.h"
#include "common/quantity.h"
#include "inventory/stockactor.h"

namespace nexus {

class Clock;
class Database;

enum class AdjustmentReason { Shrinkage, Damage, Theft, Correction };

[[nodiscard]] QString adjustmentReasonCode(AdjustmentReason reason);
[[nodiscard]] std::optional<AdjustmentReason> adjustmentReasonFromCode(const QString &code);

struct StockAdjustmentLine
{
    qint64 partId = 0;
    QString sku;
    QString description;
    Quantity quantity; // signed: -2 takes two pieces out, +1 adds one
};

struct StockAdjustmentRequest
{
    QString warehouseId;
    AdjustmentReason reason = AdjustmentReason::Correction;
    QString note; // required for theft and correction: who counted, what was found
    std::vector<StockAdjustmentLine> lines;
};

struct StockAdjustment
{
    QString id;
    QString folio;
    QString warehouseId;
    AdjustmentReason reason = AdjustmentReason::Correction;
    QString note;
    QString userId;
    QString userName;
    QString authorizedBy;
    QString atUtc;
    std::vector<StockAdjustmentLine> lines;
};

class StockAdjustmentService final
{
public:
    StockAdjustmentService(Database &db, const Clock &clock, StockContext context);

    [[nodiscard]] Result<StockAdjustment> adjust(const StockAdjustmentRequest &request, const StockActor &actor);
    // The newest adjustments of this device, with their lines.
    [[nodiscard]] Result<std::vector<StockAdjustment>> recent(int limit = 100) const;

private:
    Database &m_db;
    const Clock &m_clock;
    StockContext m_context;
};

} // namespace nexus
