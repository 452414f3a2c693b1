// Tender order, currencies and the difference tolerance of the till figures.
#include "cash/tillfigures.h"

#include "sales/tender.h"

#include <QStringList>

namespace nexus {

const QStringList &tillTenderMethods()
{
    static const QStringList methods { tenderCode(TenderMethod::Cash), tenderCode(TenderMethod::CashUsd),
        tenderCode(TenderMethod::CardCredit), tenderCode(TenderMethod::CardDebit), tenderCode(TenderMethod::Transfer),
        tenderCode(TenderMethod::StoreCredit), tenderCode(TenderMethod::LoyaltyPoints) };
    return methods;
}

Currency tenderCurrency(const QString &method)
{
    return method == tenderCode(TenderMethod::CashUsd) ? Currency::USD : Currency::MXN;
}

bool isCountedTender(const QString &method)
{
    return method != tenderCode(TenderMethod::StoreCredit) && method != tenderCode(TenderMethod::LoyaltyPoints);
}

Money cashDifferenceTolerance(const QString &method)
{
    // Loose coins and a miscounted bill are everyday at a counter; a card or transfer total is read off the terminal
    // or the bank, so any difference there is worth a look.
    if (method == tenderCode(TenderMethod::Cash))
        return Money(2000);
    if (method == tenderCode(TenderMethod::CashUsd))
        return Money(100, Currency::USD);
    return Money(0, tenderCurrency(method));
}

Money TillFigures::expected(const QString &method) const
{
    for (const TenderFigure &figure : tenders)
        if (figure.method == method)
            return figure.expected;
    return Money(0, tenderCurrency(method));
}

Money TillFigures::expectedCash() const
{
    return session.openingFloat + cashSales + cashIn - cashOut - cashRefunds;
}

} // namespace nexus
