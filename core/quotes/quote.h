// A quote (cotización): the lines and prices as quoted for a customer, valid through a date, and what became of it.
#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"

namespace nexus {

// What is stored: a quote is open until it becomes a sale or is cancelled.
enum class QuoteState { Open, Converted, Cancelled };

// What the counter shows: an open quote is vigente through its valid-until day and vencida after it.
enum class QuoteStatus { Valid, Expired, Converted, Cancelled };

[[nodiscard]] QString quoteStateCode(QuoteState state); // "open", "converted", "cancelled"
[[nodiscard]] std::optional<QuoteState> quoteStateFromCode(const QString &code);
[[nodiscard]] QString quoteStatusCode(QuoteStatus status); // "valid", "expired", "converted", "cancelled"
[[nodiscard]] QString quoteStatusTitle(QuoteStatus status); // translated: "Valid", "Expired"…

struct QuoteCustomer
{
    QString customerId; // '' for a walk-in named on the quote
    QString name;
    QString phone;
    QString email;
};

struct QuoteLine
{
    int lineNo = 0;
    qint64 partId = 0;
    QString sku;
    QString description;
    QString warehouseId;
    bool service = false;
    Quantity quantity;
    Money unitPrice; // tax included, as quoted
    qint64 discountPpm = 0; // the line's own discount
    Money discount; // line discount + its share of the ticket discount, tax included
    LineAmounts amounts; // gross (what the customer pays), base, tax
    QString taxCode;
    Money cost;
    Money retailPrice;
    int priceVersion = 1;
    QString satProductKey;
    QString satUnitKey;
    QString sourceLineId; // the service order's part or labor line it quotes ('' for a counter line)
};

struct Quote
{
    QString id;
    QString folio;
    QString branchId;
    QString deviceId;
    QuoteCustomer customer;
    QString vehicle;
    // The service order it was made from ('' for a counter quote): converting it charges that order.
    QString serviceOrderId;
    QString serviceOrderFolio;
    QString priceList;
    qint64 ticketDiscountPpm = 0;
    std::vector<QuoteLine> lines;
    LineAmounts totals;
    Money discount;
    QDate validUntil;
    QuoteState state = QuoteState::Open;
    QString createdBy;
    QString createdByName;
    QString createdAt;
    QString saleId;
    QString saleFolio;
    QString convertedAt;
    QString cancelledAt;

    // Vigente through validUntil (the branch's local date), vencida from the day after; converted and cancelled as
    // stored.
    [[nodiscard]] QuoteStatus statusOn(const QDate &today) const;
    // The quoted prices hold: still open and not past its valid-until day.
    [[nodiscard]] bool pricesHoldOn(const QDate &today) const { return statusOn(today) == QuoteStatus::Valid; }
};

} // namespace nexus
