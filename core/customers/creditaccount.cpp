// Credit account rules: available amount, tender split, over-limit authorisation, due dates, abono application.
#include "customers/creditaccount.h"

#include "auth/permission.h"

#include <algorithm>

namespace nexus {

CreditCharge splitCreditTender(const CreditPosition &position, Money amount)
{
    const Money favour = position.storeCredit.isNegative() ? Money() : position.storeCredit;
    const Money fromStoreCredit = amount < favour ? amount : favour;
    return { fromStoreCredit, amount - fromStoreCredit };
}

Status checkCreditCharge(const CreditPosition &position, Money amount, Role cashierRole, const QString &authorizedBy)
{
    if (amount <= position.available() || roleHas(cashierRole, Permission::CreditAboveLimit)
        || !authorizedBy.trimmed().isEmpty())
        return {};
    const Money available = position.available().isNegative() ? Money() : position.available();
    return fail(ErrorCode::PermissionDenied,
        NX_ERR("The customer has %1 of credit available and this sale charges %2: a manager must authorise it"),
        { available.format(), amount.format() }, QStringLiteral("store_credit"));
}

QDate creditDueDate(const QDate &soldOn, int creditDays)
{
    return soldOn.addDays(std::max(0, creditDays));
}

AppliedPayment applyOldestFirst(std::vector<OpenDocument> documents, Money amount)
{
    std::stable_sort(documents.begin(), documents.end(), [](const OpenDocument &a, const OpenDocument &b) {
        return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.id < b.id;
    });
    AppliedPayment result;
    Money left = amount;
    for (const OpenDocument &document : documents) {
        if (left.isZero() || left.isNegative())
            break;
        if (document.remaining.isZero() || document.remaining.isNegative())
            continue;
        const Money paid = left < document.remaining ? left : document.remaining;
        result.applications.push_back({ document.id, document.folio, paid });
        left -= paid;
    }
    result.unapplied = left.isNegative() ? Money() : left;
    return result;
}

std::array<Money, kAgingBuckets> ageDocuments(const std::vector<OpenDocument> &documents, QDate asOf)
{
    std::array<Money, kAgingBuckets> buckets {};
    for (const OpenDocument &document : documents) {
        const QDate due = QDate::fromString(document.dueOn, Qt::ISODate);
        const qint64 late = due.isValid() ? due.daysTo(asOf) : 0;
        const std::size_t bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
        buckets[bucket] += document.remaining;
    }
    return buckets;
}

} // namespace nexus
