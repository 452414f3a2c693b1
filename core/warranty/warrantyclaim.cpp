// Claim words and transition rules.
#include "warranty/warrantyclaim.h"

#include <QCoreApplication>
#include <QLocale>

namespace nexus {

QString claimStatusCode(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Open: return QStringLiteral("open");
    case ClaimStatus::Resolved: return QStringLiteral("resolved");
    case ClaimStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

Result<ClaimStatus> claimStatusFromCode(const QString &code)
{
    for (ClaimStatus status : { ClaimStatus::Open, ClaimStatus::Resolved, ClaimStatus::Closed })
        if (claimStatusCode(status) == code)
            return status;
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown claim status \"%1\""), { code }, QStringLiteral("status"));
}

QString claimStatusTitle(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Open: return QCoreApplication::translate("nexus::Warranty", "Open");
    case ClaimStatus::Resolved: return QCoreApplication::translate("nexus::Warranty", "Resolved");
    case ClaimStatus::Closed: return QCoreApplication::translate("nexus::Warranty", "Closed");
    }
    return {};
}

QString claimResolutionCode(ClaimResolution resolution)
{
    switch (resolution) {
    case ClaimResolution::Replace: return QStringLiteral("replace");
    case ClaimResolution::Refund: return QStringLiteral("refund");
    case ClaimResolution::Repair: return QStringLiteral("repair");
    case ClaimResolution::Reject: return QStringLiteral("reject");
    }
    return {};
}

Result<ClaimResolution> claimResolutionFromCode(const QString &code)
{
    for (ClaimResolution resolution :
        { ClaimResolution::Replace, ClaimResolution::Refund, ClaimResolution::Repair, ClaimResolution::Reject })
        if (claimResolutionCode(resolution) == code)
            return resolution;
    return fail(
        ErrorCode::InvalidInput, NX_ERR("Unknown claim resolution \"%1\""), { code }, QStringLiteral("resolution"));
}

QString claimResolutionTitle(ClaimResolution resolution)
{
    switch (resolution) {
    case ClaimResolution::Replace: return QCoreApplication::translate("nexus::Warranty", "Replace");
    case ClaimResolution::Refund: return QCoreApplication::translate("nexus::Warranty", "Refund");
    case ClaimResolution::Repair: return QCoreApplication::translate("nexus::Warranty", "Repair");
    case ClaimResolution::Reject: return QCoreApplication::translate("nexus::Warranty", "Reject");
    }
    return {};
}

Status checkCanOpen(int periodDays, const QDate &expiresOn, const QDate &today, Quantity claimable, Quantity wanted)
{
    if (periodDays <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("This line has no warranty"), {}, QStringLiteral("line_no"));
    if (today > expiresOn)
        return fail(ErrorCode::InvalidInput, NX_ERR("The warranty expired on %1: it cannot be claimed"),
            { QLocale().toString(expiresOn, QLocale::ShortFormat) }, QStringLiteral("expires_on"));
    if (wanted <= Quantity())
        return fail(ErrorCode::InvalidInput, NX_ERR("The quantity must be greater than zero"), {},
            QStringLiteral("quantity"));
    if (wanted > claimable)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Only %1 of this line can be claimed (returned or already in an open claim)"),
            { claimable.toString() }, QStringLiteral("quantity"));
    return {};
}

Status checkCanResolve(const WarrantyClaim &claim, ClaimResolution resolution, const QString &note)
{
    if (claim.status == ClaimStatus::Closed)
        return fail(ErrorCode::Conflict, NX_ERR("The claim %1 is closed: nothing can change"), { claim.folio },
            QStringLiteral("status"));
    if (claim.status != ClaimStatus::Open)
        return fail(ErrorCode::Conflict, NX_ERR("The claim %1 is resolved already"), { claim.folio },
            QStringLiteral("status"));
    if (resolution == ClaimResolution::Reject && note.simplified().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say why the claim is rejected"), {},
            QStringLiteral("resolution_note"));
    if (resolution == ClaimResolution::Replace && claim.labor())
        return fail(ErrorCode::InvalidInput,
            NX_ERR("A service is not replaced by a piece: repair it again, refund it or reject the claim"), {},
            QStringLiteral("resolution"));
    if ((resolution == ClaimResolution::Replace || resolution == ClaimResolution::Refund) && !claim.labor()
        && !claim.partReceived)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Receive the defective piece first: the store keeps it when it replaces or refunds"), {},
            QStringLiteral("part_received"));
    return {};
}

Status checkCanClose(const WarrantyClaim &claim)
{
    if (claim.status == ClaimStatus::Closed)
        return fail(ErrorCode::Conflict, NX_ERR("The claim %1 is closed: nothing can change"), { claim.folio },
            QStringLiteral("status"));
    if (claim.status == ClaimStatus::Open)
        return fail(ErrorCode::Conflict, NX_ERR("Resolve the claim %1 before closing it"), { claim.folio },
            QStringLiteral("status"));
    return {};
}

} // namespace nexus
