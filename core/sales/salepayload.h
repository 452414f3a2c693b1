// The JSON a completed sale travels as in the outbox (mutation "sale.completed", schema 1).
#pragma once

#include <QJsonObject>

#include <vector>

#include "sales/cart.h"
#include "sales/tender.h"

namespace nexus {

struct SaleHeader
{
    QString id;
    QString folio;
    QString branchId;
    QString deviceId;
    QString cashSessionId;
    QString cashierId;
    QString customerId;
    QString priceList;
    QString soldAtUtc;
    LineAmounts totals;
    Money discount;
    Money change;
};

[[nodiscard]] QJsonObject salePayload(const SaleHeader &header, const std::vector<PricedLine> &lines,
                                      const PaymentPlan &payment);

} // namespace nexus
