// Tender validation and application (change only ever comes out of cash).
#include "sales/tender.h"

#include "customers/loyalty.h"

namespace nexus {

QString tenderCode(TenderMethod method)
{
    switch (method) {
    case TenderMethod::Cash:
        return QStringLiteral("cash");
    case TenderMethod::CashUsd:
        return QStringLiteral("cash_usd");
    case TenderMethod::CardCredit:
        return QStringLiteral("card_credit");
    case TenderMethod::CardDebit:
        return QStringLiteral("card_debit");
    case TenderMethod::Transfer:
        return QStringLiteral("transfer");
    case TenderMethod::StoreCredit:
        return QStringLiteral("store_credit");
    case TenderMethod::LoyaltyPoints:
        return QStringLiteral("loyalty_points");
    }
    return {};
}

QString satPaymentForm(TenderMethod method)
{
    switch (method) {
    case TenderMethod::Cash:
    case TenderMethod::CashUsd:
        return QStringLiteral("01"); // Efectivo
    case TenderMethod::CardCredit:
        return QStringLiteral("04"); // Tarjeta de crédito
    case TenderMethod::CardDebit:
        return QStringLiteral("28"); // Tarjeta de débito
    case TenderMethod::Transfer:
        return QStringLiteral("03"); // Transferencia electrónica de fondos
    case TenderMethod::StoreCredit:
        return QStringLiteral("99"); // Por definir: paid later (PPD)
    case TenderMethod::LoyaltyPoints:
        return QStringLiteral("05"); // Monedero electrónico
    }
    return {};
}

namespace {
Money inMxn(const Tender &tender)
{
    return tender.method == TenderMethod::CashUsd
        ? Money(divideRounded(tender.tendered.centavos() * tender.exchangeRatePpm, 1'000'000))
        : tender.tendered;
}

bool isCash(const Tender &tender)
{
    return tender.method == TenderMethod::Cash || tender.method == TenderMethod::CashUsd;
}
} // namespace

Money pointsTendered(const PaymentPlan &plan)
{
    Money total;
    for (const AppliedTender &applied : plan.tenders)
        if (applied.tender.method == TenderMethod::LoyaltyPoints)
            total += applied.applied;
    return total;
}

Result<PaymentPlan> planPayment(Money total, const std::vector<Tender> &tenders, bool hasCustomer)
{
    if (tenders.empty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Add at least one payment"), {}, QStringLiteral("tenders"));
    PaymentPlan plan;
    Money owed = total;
    Money cashTendered;
    // Non-cash first: each pays at most what is still owed.
    for (const Tender &tender : tenders) {
        if (tender.tendered.centavos() <= 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("A payment of %1 must be greater than zero"),
                        {tenderCode(tender.method)}, QStringLiteral("amount"));
        if (tender.method == TenderMethod::CashUsd && tender.exchangeRatePpm <= 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("Cash in dollars needs the day's exchange rate"), {},
                        QStringLiteral("exchange_rate"));
        const Money mxn = inMxn(tender);
        if ((tender.method == TenderMethod::CardCredit || tender.method == TenderMethod::CardDebit
             || tender.method == TenderMethod::Transfer)
            && tender.reference.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, NX_ERR("A %1 payment needs its reference (authorisation number)"),
                        {tenderCode(tender.method)}, QStringLiteral("reference"));
        if (tender.method == TenderMethod::StoreCredit && !hasCustomer)
            return fail(ErrorCode::InvalidInput, NX_ERR("Store credit needs a customer on the sale"), {},
                        QStringLiteral("customer"));
        if (tender.method == TenderMethod::LoyaltyPoints) {
            if (!hasCustomer)
                return fail(ErrorCode::InvalidInput, NX_ERR("Paying with points needs the customer on the sale"), {},
                    QStringLiteral("customer"));
            if (tender.tendered.centavos() % kLoyaltyPointValueCentavos != 0)
                return fail(ErrorCode::InvalidInput, NX_ERR("Points pay in whole points of %1 each"),
                    { loyaltyPointsWorth(1).toPlainString() }, QStringLiteral("loyalty_points"));
        }
        if (isCash(tender)) {
            cashTendered += mxn;
            continue;
        }
        if (mxn > owed)
            return fail(ErrorCode::InvalidInput,
                        NX_ERR("A %1 payment of %2 is more than the %3 still owed; only cash gives change"),
                        {tenderCode(tender.method), mxn.toPlainString(), owed.toPlainString()},
                        QStringLiteral("amount"));
        owed -= mxn;
        plan.tenders.push_back({tender, mxn, mxn});
    }
    if (cashTendered < owed)
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is still owed"), {(owed - cashTendered).toPlainString()},
                    QStringLiteral("amount"));
    plan.change = cashTendered - owed;
    // Cash tenders pay what is left in order; the last one's excess is the change.
    for (const Tender &tender : tenders) {
        if (!isCash(tender))
            continue;
        const Money mxn = inMxn(tender);
        const Money applied = mxn < owed ? mxn : owed;
        owed -= applied;
        plan.tenders.push_back({tender, mxn, applied});
    }
    return plan;
}

} // namespace nexus
