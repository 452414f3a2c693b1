// Payment preview over planPayment (the only place that decides whether tenders pay a total).
#include "sales/paymentpreview.h"

#include "sales/exchangerate.h"

namespace nexus {

PaymentPreview previewPayment(Money total, const std::vector<Tender> &tenders, bool hasCustomer)
{
    PaymentPreview preview;
    preview.total = total;
    for (const Tender &tender : tenders)
        preview.tenderedMxn += tender.method == TenderMethod::CashUsd
            ? usdToMxn(tender.tendered, tender.exchangeRatePpm)
            : tender.tendered;
    const Money owed = total - preview.tenderedMxn;
    preview.remaining = owed.isNegative() ? Money() : owed;
    Result<PaymentPlan> plan = planPayment(total, tenders, hasCustomer);
    if (plan) {
        preview.change = plan->change;
        preview.plan = std::move(*plan);
    } else {
        preview.error = plan.error();
    }
    return preview;
}

int tenderOfError(const Error &error, const std::vector<Tender> &tenders)
{
    // planPayment names the method as its first argument in per-tender messages; the rate only concerns USD.
    if (error.field() == QLatin1String("exchange_rate")) {
        for (std::size_t i = 0; i < tenders.size(); ++i)
            if (tenders[i].method == TenderMethod::CashUsd && tenders[i].exchangeRatePpm <= 0)
                return static_cast<int>(i);
        return -1;
    }
    if (error.args().isEmpty())
        return -1;
    const QString method = error.args().first();
    for (std::size_t i = 0; i < tenders.size(); ++i) {
        if (tenderCode(tenders[i].method) != method)
            continue;
        if (error.field() == QLatin1String("reference") && !tenders[i].reference.trimmed().isEmpty())
            continue;
        if (error.field() == QLatin1String("amount") && tenders[i].tendered.centavos() > 0 && error.args().size() == 1)
            continue; // "must be greater than zero" is about a tender without an amount
        return static_cast<int>(i);
    }
    return -1;
}

} // namespace nexus
