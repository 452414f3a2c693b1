// Claims against warranties: open (reason, evidence files copied under the data directory, the defective piece
// received into custody), resolve (replace: the replacement leaves the shelf and the defective piece enters the
// warehouse's defective location; refund: a part through the return path (ReturnService, piece to the defective
// location), a service as cash out of the till; repair; reject with its reason), close. Each step is one
// transaction with its fact in the outbox ("warranty_claim.*"); on any error nothing is written.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

#include "auth/role.h"
#include "common/error.h"
#include "common/quantity.h"
#include "inventory/stockledger.h"
#include "returns/returnrequest.h"
#include "warranty/warrantyclaim.h"

namespace nexus {

class Clock;
class Database;

// Who acts, on which counter.
struct WarrantyActor
{
    QString deviceId;
    QString branchId;
    QString folioSeries; // the device's ticket series: claims are "<series>-G000001", RMAs "<series>-R000001"
    QString userId;
    QString userName;
    Role role = Role::Cashier;
    // A refund needs ProcessReturn (a service refund CashWithdrawal): the manager whose PIN allowed it, when the
    // user's own role does not.
    QString approvedBy;
};

struct OpenClaimRequest
{
    QString saleId;
    int lineNo = 0;
    Quantity quantity = Quantity::units(1);
    QString reason;
    bool partReceived = true; // the customer left the defective piece
    QStringList evidenceFiles; // photos, documents: copied, the originals stay where they are
};

struct ResolveClaimRequest
{
    ClaimResolution resolution = ClaimResolution::Repair;
    QString note; // mandatory for reject
    QString replacementWarehouseId; // replace: where the new piece comes from ('' the line's warehouse)
    RefundMethod refundMethod = RefundMethod::Cash; // refund of a part (a service is refunded in cash)
    QString refundReference;
};

class WarrantyClaimService final
{
public:
    static constexpr qsizetype kMaxTextLength = 500;

    // `evidenceDir`: where attached files are copied (one folder per claim); `catalogPath` as WarrantyLookup.
    WarrantyClaimService(Database &db, const Clock &clock, QString catalogPath, QString evidenceDir);

    [[nodiscard]] Result<WarrantyClaim> open(const OpenClaimRequest &request, const WarrantyActor &actor);
    [[nodiscard]] Result<WarrantyClaim> resolve(
        const QString &claimId, const ResolveClaimRequest &request, const WarrantyActor &actor);
    [[nodiscard]] Result<WarrantyClaim> close(const QString &claimId, const WarrantyActor &actor);

    [[nodiscard]] Result<WarrantyClaim> claim(const QString &claimId) const;
    // Newest first; `statuses` empty: all.
    [[nodiscard]] Result<QList<WarrantyClaim>> claims(const QList<ClaimStatus> &statuses = {}, int limit = 500) const;
    [[nodiscard]] Result<QList<WarrantyClaim>> claimsOfSale(const QString &saleId) const;

private:
    [[nodiscard]] Result<QList<WarrantyClaim>> selectClaims(
        const QString &where, const QVariantList &values, int limit) const;
    [[nodiscard]] Status writeResolution(const WarrantyClaim &claim, const std::vector<StockMovement> &movements);
    [[nodiscard]] Result<QStringList> copyEvidence(const QString &claimId, const QStringList &files) const;

    Database &m_db;
    const Clock &m_clock;
    QString m_catalogPath;
    QString m_evidenceDir;
};

// "<series><tag>000001" from the device's own counter of that series (folio_counters).
[[nodiscard]] Result<QString> nextSeriesFolio(Database &db, const QString &series);

} // namespace nexus
