// One stock movement of a device's fact on the server: the ledger row and its balance in the same transaction; a
// balance taken below zero opens a negative_stock exception for HQ, never a refusal.
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "server/mutationhandler.h"

namespace nexus {

struct ServerStockMovement
{
    QString id; // "<fact id>:<line no>": the primary key makes a second copy of the fact fail, never move twice
    qint64 partId = 0;
    QString warehouseId;
    QString kind;
    qint64 quantity = 0; // signed thousandths
    QString refType;
    QString refId;
    QString userId;
    QString atUtc;
};

// `details` go into the exception (with part, warehouse and the balance); its kind is appended to `exceptions`.
[[nodiscard]] Status postServerMovement(const MutationContext &context, const ServerStockMovement &movement,
    QJsonObject details, QJsonArray &exceptions);

} // namespace nexus
