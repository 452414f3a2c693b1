// The payment dialog's live figures: how much was handed over in pesos, what is still owed or the change, and the
// planPayment error (with the field it names) while the tenders do not add up yet.
#pragma once

#include <optional>
#include <vector>

#include "common/error.h"
#include "common/money.h"
#include "sales/tender.h"

namespace nexus {

struct PaymentPreview
{
    Money total;
    Money tenderedMxn; // every tender in pesos (USD at its rate)
    Money remaining; // still owed; zero once covered
    Money change; // cash handed back; only when the plan holds
    std::optional<PaymentPlan> plan; // set when checkout would accept these tenders
    std::optional<Error> error; // planPayment's refusal otherwise
};

[[nodiscard]] PaymentPreview previewPayment(Money total, const std::vector<Tender> &tenders, bool hasCustomer);

// Which tender (index into `tenders`) a planPayment error is about, when it names one: reference, amount or rate of
// a given method. -1 when the error concerns the payment as a whole ("still owed", "add a payment").
[[nodiscard]] int tenderOfError(const Error &error, const std::vector<Tender> &tenders);

} // namespace nexus
