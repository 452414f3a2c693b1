// A service order as the "service_orders" pull bucket carries it (server tenant migration 0029): the JSON row read
// into the device's ServiceOrder, plus what only the server's copy says (the opening device, the charge time, the
// labor lines removed, each checklist item's stamp). Reading only: ServiceOrderReplica writes it.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "common/error.h"
#include "workshop/serviceorder.h"

namespace nexus {

struct PulledServiceOrder
{
    ServiceOrder order; // labor holds the live lines only
    QString deviceId; // the device that opened it
    QString chargedAt; // '' not charged
    QStringList removedLaborIds;
    QHash<int, QString> checklistUpdatedAt; // item_no → UTC ISO-8601
};

// Protocol (field named) when a required value is missing or a code is unknown.
[[nodiscard]] Result<PulledServiceOrder> pulledServiceOrder(const QJsonObject &row);

} // namespace nexus
