// How the customer pays: cash MXN (with change), cash USD at the day's rate, card, transfer, store credit, loyalty
// points (customers/loyaltyledger.h: a tender, not a discount, so the lines, their IVA and the discount permissions
// stay as they were; the CFDI reads it as forma de pago 05, monedero electrónico).
#pragma once

#include <QString>

#include <vector>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

enum class TenderMethod { Cash, CashUsd, CardCredit, CardDebit, Transfer, StoreCredit, LoyaltyPoints };

[[nodiscard]] QString tenderCode(TenderMethod method); // cash, cash_usd, card_credit…
[[nodiscard]] QString satPaymentForm(TenderMethod method); // c_FormaPago: 01, 04, 28, 03; store credit 99 (PPD), points 05

struct Tender
{
    TenderMethod method = TenderMethod::Cash;
    Money tendered;                // in the tender's currency (USD for CashUsd)
    qint64 exchangeRatePpm = 0; // MXN per USD × 1e6, CashUsd only
    QString reference;             // card authorisation / transfer tracking number
};

// A tender after it has been applied to a total.
struct AppliedTender
{
    Tender tender;
    Money tenderedMxn; // tendered converted to MXN
    Money applied;     // MXN that pays the sale (cash may be less than tendered: the rest is change)
};

struct PaymentPlan
{
    std::vector<AppliedTender> tenders;
    Money change; // MXN cash handed back
};

// Applies tenders to `total`: non-cash first (never more than what is owed), then cash, whose excess is the change.
// Errors name the tender field: too little paid, non-cash overpayment, missing reference or rate, store credit or
// points without a customer, points not in whole points. Whether the customer has the points is checkout's (the
// database's) question.
// MXN paid with loyalty points in the plan.
[[nodiscard]] Money pointsTendered(const PaymentPlan &plan);

[[nodiscard]] Result<PaymentPlan> planPayment(Money total, const std::vector<Tender> &tenders, bool hasCustomer);

} // namespace nexus
