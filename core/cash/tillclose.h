// The till's close (corte Z): what was counted, and the frozen expected-against-counted result per tender.
#pragma once

#include <QString>

#include <map>
#include <vector>

#include "auth/role.h"
#include "cash/cashdenomination.h"
#include "cash/tillfigures.h"
#include "common/money.h"

namespace nexus {

struct TillCloseRequest
{
    QString cashSessionId;
    QString userId;
    Role role = Role::Cashier;
    // MXN cash, bill by bill and coin by coin; denominations not listed were not there (0 pieces).
    std::vector<DenominationCount> pieces;
    // Counted totals of the other tenders by method (cash_usd in USD, the rest in MXN). Every counted tender with an
    // expected amount must be here; store credit is not counted (it is taken as expected).
    std::map<QString, Money> counted;
    QString note;
};

// One tender at the close.
struct TenderCount
{
    QString method;
    Money expected;
    Money counted;

    [[nodiscard]] Money difference() const { return counted - expected; } // + over, − short
    // Beyond cashDifferenceTolerance(method): allowed, but head office hears of it.
    [[nodiscard]] bool flagged() const;
};

struct TillClose
{
    TillFigures figures; // as of the close (session fields updated: closed, z number…)
    int zNumber = 0;
    QString closedAtUtc;
    Money countedCash;
    std::vector<TenderCount> tenders; // cash first; every tender that had an amount expected or counted
    std::vector<DenominationCount> pieces; // every MXN denomination, largest first (0 pieces included)

    [[nodiscard]] bool flagged() const;
};

} // namespace nexus
