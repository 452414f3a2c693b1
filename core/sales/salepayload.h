// The JSON a completed sale travels as in the outbox (mutation "sale.completed"). Schema 2 adds to every line what
// head office needs to invoice it later (tax code, SAT product and unit keys, description); the server still takes 1.
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

inline constexpr int kSalePayloadSchema = 2;

// `cart` gives each line's effective tax (the border region charges 8 %).
[[nodiscard]] QJsonObject salePayload(const SaleHeader &header, const Cart &cart, const std::vector<PricedLine> &lines,
                                      const PaymentPlan &payment);

} // namespace nexus
