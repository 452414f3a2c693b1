// A sold ticket as the return screen sees it: its lines with what was sold, what earlier returns took back and
// what is still returnable, and what the ticket's card payments can still absorb.
#pragma once

#include <QString>

#include <vector>

#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"

namespace nexus {

struct ReturnableLine
{
    int lineNo = 0;
    qint64 partId = 0;
    QString sku;
    QString description;
    QString warehouseId;
    Quantity sold;
    Quantity returned; // by earlier returns of this ticket
    Money unitPrice; // tax included, before discount
    LineAmounts amounts; // of the whole sold line, after discount
    LineAmounts refunded; // what earlier returns of this line already paid back

    [[nodiscard]] Quantity returnable() const { return sold - returned; }
};

struct ReturnableSale
{
    QString id;
    QString folio;
    QString branchId;
    QString customerId; // empty: counter sale without a customer
    QString soldAtUtc;
    bool cancelled = false;
    LineAmounts totals;
    Money paidByCard; // card_credit + card_debit tenders of the ticket
    Money reversedToCard; // earlier card reversals of the ticket
    Money refunded; // every earlier return of the ticket, all methods
    Money paidWithPoints; // the ticket's loyalty_points tenders
    Money pointsGivenBack; // what earlier returns of the ticket gave back as points
    std::vector<ReturnableLine> lines;

    [[nodiscard]] Money cardReversible() const { return paidByCard - reversedToCard; }
    [[nodiscard]] Money pointsReturnable() const { return paidWithPoints - pointsGivenBack; }
    [[nodiscard]] bool fullyReturned() const
    {
        for (const ReturnableLine &line : lines)
            if (line.returnable() > Quantity())
                return false;
        return true;
    }
    [[nodiscard]] const ReturnableLine *line(int lineNo) const
    {
        for (const ReturnableLine &l : lines)
            if (l.lineNo == lineNo)
                return &l;
        return nullptr;
    }
};

} // namespace nexus
