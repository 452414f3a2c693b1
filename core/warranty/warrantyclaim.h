// A claim against a warranty and the rules of its life: open → resolved (replace, refund, repair or reject) →
// closed. Closed is final; reject needs its reason; a service (labor) cannot be replaced by a piece.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

#include "common/error.h"
#include "common/money.h"
#include "common/quantity.h"

namespace nexus {

enum class ClaimStatus { Open, Resolved, Closed };
enum class ClaimResolution { Replace, Refund, Repair, Reject };

[[nodiscard]] QString claimStatusCode(ClaimStatus status); // open | resolved | closed
[[nodiscard]] Result<ClaimStatus> claimStatusFromCode(const QString &code);
[[nodiscard]] QString claimStatusTitle(ClaimStatus status); // translated
[[nodiscard]] QString claimResolutionCode(ClaimResolution resolution); // replace | refund | repair | reject
[[nodiscard]] Result<ClaimResolution> claimResolutionFromCode(const QString &code);
[[nodiscard]] QString claimResolutionTitle(ClaimResolution resolution); // translated

struct WarrantyClaim
{
    QString id;
    QString folio; // "MTZ1-G000001"
    QString branchId;
    QString deviceId;
    QString saleId;
    QString saleFolio;
    int lineNo = 0;
    qint64 partId = 0; // 0: a service line
    QString sku;
    QString description;
    QString warehouseId;
    Quantity quantity;
    QString customerId;
    QString customerName;
    QDate expiresOn;
    QString reason;
    bool partReceived = false;
    ClaimStatus status = ClaimStatus::Open;
    std::optional<ClaimResolution> resolution;
    QString resolutionNote;
    QString replacementWarehouseId;
    QString returnId; // refund of a part
    QString cashMovementId; // refund of a service
    Money refund;
    QString openedBy;
    QString openedAtUtc;
    QString resolvedBy;
    QString resolvedAtUtc;
    QString closedBy;
    QString closedAtUtc;
    QStringList evidence; // stored paths

    [[nodiscard]] bool labor() const { return partId == 0; }
};

// The transition rules, checked before anything is written (errors name the field).
[[nodiscard]] Status checkCanResolve(const WarrantyClaim &claim, ClaimResolution resolution, const QString &note);
[[nodiscard]] Status checkCanClose(const WarrantyClaim &claim);
// A claim may be opened against a warranty that has a period, is not past its last day and has pieces left.
[[nodiscard]] Status checkCanOpen(int periodDays, const QDate &expiresOn, const QDate &today, Quantity claimable,
    Quantity wanted);

} // namespace nexus
