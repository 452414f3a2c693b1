// A sale.completed payload as the server read and checked it (shape, branch, warehouses), before anything is written.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <vector>

namespace nexus {

struct CompletedSaleLine
{
    bool service = false; // schema 4: a workshop's labor, no part, no warehouse, no stock movement
    qint64 partId = 0;
    QString sku;
    QString warehouseId;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    qint64 base = 0;
    qint64 tax = 0;
    QString taxCode;
    QString description;
    QString satProductKey;
    QString satUnitKey;
    qint64 cost = 0;
    qint64 retailPrice = 0;
    qint64 priceVersion = 0;
};

struct CompletedSalePayment
{
    QString method;
    qint64 amount = 0;
    qint64 tendered = 0;
    QVariant exchangeRatePpm;
    QString reference;
};

struct CompletedSale
{
    int schemaVersion = 0;
    QJsonObject payload; // what the credit side (salecredit.h) reads
    QString id;
    QString folio;
    QString branchId;
    QString cashSessionId;
    QString cashierId;
    QString customerId; // empty: none (NULL)
    QString vehicleId; // the customer's vehicle the sale was for (schema 5); empty: none (NULL)
    QString priceList;
    QString currency;
    QString soldAt;
    qint64 subtotal = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 discount = 0;
    qint64 change = 0;
    bool storeCredit = false; // a store_credit tender: the customer's ledgers are written too
    std::vector<CompletedSaleLine> lines;
    std::vector<CompletedSalePayment> payments;
};

} // namespace nexus
