// Checkout: one durable transaction writes the sale, its lines and payments, the stock movements and the outbox row.
#pragma once

#include <functional>
#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "sales/cart.h"
#include "sales/tender.h"

namespace nexus {

class Clock;
class Database;

struct CheckoutContext
{
    QString deviceId;
    QString branchId;
    QString folioSeries;   // e.g. "MTZ1": branch code + device number
    QString cashierId;
    Role cashierRole = Role::Cashier;
    bool discountAuthorized = false; // a manager authorised a discount above the cashier's limit (AuthService)
    // The manager (username) who authorised charging the customer's account above their available credit.
    QString creditAuthorizedBy = {};
    // A step of another module written by the sale's own transaction, after the sale and before the commit: a
    // service order marked charged by this sale (workshop). Its error undoes the whole sale. Required when the cart
    // charges a service order.
    std::function<Status(const QString &saleId, const QString &folio)> inSale = {};
};

struct SaleReceipt
{
    QString saleId;
    QString folio;
    LineAmounts totals;
    Money change;
    qint64 outboxSeq = 0;
    std::vector<qint64> negativeStockParts; // parts left below zero: reported as stock exceptions, never blocking
};

// The next number of a folio counter (folio_counters, one per series: "MTZ1", "MTZ1-A"…) in one statement, inside
// the caller's transaction: 1, 2, 3… never repeated on this device.
[[nodiscard]] Result<qint64> nextFolioNumber(Database &db, const QString &counter);

class CheckoutService final
{
public:
    CheckoutService(Database &db, const Clock &clock);

    // Validates everything first (cart, discount permission, tenders, open till, the customer's available credit for
    // a store-credit tender, the customer's points for a points tender); on any error nothing is written. A store-credit tender takes the customer's saldo a
    // favor first and charges the rest to their account, in the same transaction. After it returns a receipt, the
    // sale survives a power cut (WAL, synchronous=FULL).
    [[nodiscard]] Result<SaleReceipt> checkout(const Cart &cart, const std::vector<Tender> &tenders,
                                               const CheckoutContext &context);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
