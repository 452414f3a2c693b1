// A committed sale as its ticket shows it: header, lines, payments, branch and cashier, read from nexus.db.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

struct SaleTicketLine
{
    QString sku;
    QString description;
    Quantity quantity;
    Money unitPrice; // tax included
    Money listAmount; // unit price × quantity, before discount (base + tax + discount as stored)
    Money discount; // tax included
    QString taxCode; // iva16, iva8, iva0, exento
    int lineNo = 0;
    QDate warrantyUntil; // the warranty's last day (policies, catalogue, overrides); invalid: the line has none
};

struct SaleTicketPayment
{
    QString method; // sale_payments.method: cash, cash_usd, card_credit, card_debit, transfer, store_credit,
    // loyalty_points
    Money amount; // MXN applied to the sale
    Money tendered; // in the tender's currency (USD for cash_usd)
    qint64 exchangeRatePpm = 0;
    QString reference;
};

struct SaleTicketBranch
{
    QString name;
    QString fiscalName;
    QString rfc;
    QString address;
    QString phone;
};

struct SaleTicketData
{
    QString saleId;
    QString folio;
    QString status; // completed, cancelled
    QDateTime soldAtUtc;
    QString cashierName; // users.display_name, the id when the user is unknown on this device
    // The customer's vehicle the sale was for (sales.vehicle_id), when it has one on this device.
    QString vehicle; // "Nissan Versa 2018" ('' when neither make, model nor year is on file)
    QString vehiclePlates; // formatted "NLF-123-A"
    QString vehicleVin; // when there are no plates
    SaleTicketBranch branch;
    Money subtotal;
    Money tax;
    Money total;
    Money discount;
    Money change;
    std::vector<SaleTicketLine> lines;
    std::vector<SaleTicketPayment> payments;

    [[nodiscard]] bool paidWithCash() const
    {
        for (const SaleTicketPayment &payment : payments) {
            if (payment.method == QLatin1String("cash") || payment.method == QLatin1String("cash_usd"))
                return true;
        }
        return false;
    }
};

} // namespace nexus
