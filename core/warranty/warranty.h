// One warranty: a sold line (part or service) with the period that applies to it, its last day and its status.
// Derived from the sale and the policies when asked (warrantylookup.h), never written at checkout.
#pragma once

#include <QDate>
#include <QString>

#include "common/money.h"
#include "common/quantity.h"
#include "warranty/warrantypolicy.h"

namespace nexus {

// vigente: within its period and not claimed; vencida: past its last day; reclamada: a claim is open or was
// accepted (replace, refund, repair). A rejected claim leaves the warranty as it was.
enum class WarrantyStatus { Active, Expired, Claimed };

[[nodiscard]] QString warrantyStatusCode(WarrantyStatus status); // active | expired | claimed
[[nodiscard]] QString warrantyStatusTitle(WarrantyStatus status); // translated: Vigente, Vencida, Reclamada

struct Warranty
{
    QString saleId;
    QString saleFolio;
    QString branchId;
    int lineNo = 0;
    qint64 partId = 0; // 0: a service line
    QString sku;
    QString description;
    QString warehouseId; // '' for a service
    Quantity sold;
    Quantity returned; // given back through returns (a warranty refund included)
    Quantity inOpenClaims;
    Money unitPrice; // tax included
    QString customerId;
    QString customerName;
    QString soldAtUtc;
    QDate soldOn; // local date of the sale
    WarrantyPeriod period;
    QDate expiresOn; // last day covered (soldOn + days)
    bool claimed = false;
    WarrantyStatus status = WarrantyStatus::Active;

    [[nodiscard]] bool labor() const { return partId == 0; }
    [[nodiscard]] Quantity claimable() const { return sold - returned - inOpenClaims; }
    [[nodiscard]] int daysLeft(const QDate &today) const { return int(today.daysTo(expiresOn)); }
};

// The status on `today` (local date).
[[nodiscard]] WarrantyStatus warrantyStatusOn(const QDate &expiresOn, bool claimed, const QDate &today);

} // namespace nexus
