// What a till (cash session) should hold per tender and what it sold: the one set of figures the X report, the Z
// report and the close dialog all show. Integer centavos; USD cash in US centavos.
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

#include "cash/cashmovement.h"
#include "common/money.h"

namespace nexus {

struct TillSession
{
    QString id;
    QString branchId;
    QString deviceId;
    QString openedBy;
    QString openedAtUtc;
    Money openingFloat;
    bool closed = false;
    QString closedBy;
    QString closedAtUtc;
    std::optional<int> zNumber;
    std::optional<Money> countedCash;
    QString closeNote;
};

// Expected amount of one tender method (sales.h tenderCode: cash, cash_usd, card_credit, card_debit, transfer,
// store_credit); cash_usd is in USD, everything else in MXN.
struct TenderFigure
{
    QString method;
    Money expected;
};

struct TillFigures
{
    TillSession session;

    // The MXN drawer: float + cash kept from sales (tendered in pesos minus the change, which is always given in
    // pesos, even for a dollar payment) + cash in − cash out − cash refunds of returns.
    Money cashSales;
    Money cashIn;
    Money cashOut;
    Money cashRefunds;
    // Every tender method in a fixed order (cash first), each with its expected amount; zero ones included. Card and
    // transfer abonos on customers' accounts are expected under their tender too (cash abonos are cash-ins).
    std::vector<TenderFigure> tenders;
    // Abonos taken at this till, per tender (report order), only the tenders that took some.
    std::vector<TenderFigure> accountPayments;

    int salesCount = 0; // completed sales
    int cancelledCount = 0; // cancelled sales (their money is not in the figures)
    int returnsCount = 0;
    Money gross; // completed sales' totals, tax included
    Money discounts; // tax included
    Money subtotal; // bases
    Money tax; // IVA
    Money refunds; // every return of this till, any refund method
    Money averageTicket;
    Money usdSalesMxn; // what the dollar payments paid of the sales, in pesos

    QList<CashMovement> movements;

    [[nodiscard]] Money expected(const QString &method) const;
    [[nodiscard]] Money expectedCash() const;
};

// The tender methods a till reports, in report order.
[[nodiscard]] const QStringList &tillTenderMethods();
[[nodiscard]] Currency tenderCurrency(const QString &method);
// Store credit is an entry in the customer's account: nothing to count, counted is the expected amount.
[[nodiscard]] bool isCountedTender(const QString &method);

// A difference (counted − expected) beyond this, per tender and in its currency, is allowed but flagged: the Z
// report marks it and the server opens a "cash_difference" exception for head office.
[[nodiscard]] Money cashDifferenceTolerance(const QString &method);

} // namespace nexus
