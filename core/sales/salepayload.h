// The JSON a completed sale travels as in the outbox (mutation "sale.completed"). Schema 2 adds to every line what
// head office needs to invoice it later (tax code, SAT product and unit keys, description); schema 3 adds, when the
// customer paid with store credit, how it was taken ("customer_credit": saldo a favor used, charge on account, due
// date, the manager who authorised it above the available credit); schema 4 adds service lines (a workshop's labor:
// "kind" "service", part_id 0, warehouse_id "", no stock movement) and, when the ticket charges a service order,
// "service_order_id" / "service_order_folio" with each line's "source_line_id"; schema 5 adds "vehicle_id" when the
// sale is for one of its customer's vehicles (a fleet's parts bought over the counter). The server takes the previous
// schemas too.
#pragma once

#include <QJsonObject>

#include <optional>
#include <vector>

#include "sales/cart.h"
#include "sales/tender.h"

namespace nexus {

// A store-credit tender as checkout took it (core/customers/creditaccount.h splitCreditTender).
struct SaleCredit
{
    Money fromStoreCredit; // saldo a favor used
    Money onAccount; // charged to the credit account
    QString dueOn; // YYYY-MM-DD of the charge
    QString authorizedBy; // the manager who let it go above the available credit ('' when within it)
};

struct SaleHeader
{
    QString id;
    QString folio;
    QString branchId;
    QString deviceId;
    QString cashSessionId;
    QString cashierId;
    QString customerId;
    QString vehicleId; // '' for none
    QString priceList;
    QString soldAtUtc;
    LineAmounts totals;
    Money discount;
    Money change;
    std::optional<SaleCredit> credit = {};
};

// sale.completed line kinds (schema 4).
inline constexpr const char *kSaleLinePart = "part";
inline constexpr const char *kSaleLineService = "service";

inline constexpr int kSalePayloadSchema = 5;

// `cart` gives each line's effective tax (the border region charges 8 %).
[[nodiscard]] QJsonObject salePayload(const SaleHeader &header, const Cart &cart, const std::vector<PricedLine> &lines,
                                      const PaymentPlan &payment);

} // namespace nexus
