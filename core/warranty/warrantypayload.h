// The facts warranties send up through the outbox (schema 1): a claim opened, resolved and closed, an RMA sent to
// the supplier and settled. Every payload carries event_id (unique per fact), branch_id, user_id and at (UTC); the
// stock a fact moved is listed in "movements" ({id, part_id, warehouse_id, kind, quantity}).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

#include "inventory/stockledger.h"
#include "warranty/rma.h"
#include "warranty/warrantyclaim.h"
#include "warranty/warrantypolicy.h"

namespace nexus {

inline constexpr int kWarrantySchema = 1;

namespace warrantymutation {
inline constexpr const char *kClaimOpened = "warranty_claim.opened";
inline constexpr const char *kClaimResolved = "warranty_claim.resolved";
inline constexpr const char *kClaimClosed = "warranty_claim.closed";
inline constexpr const char *kRmaSent = "rma.sent";
inline constexpr const char *kRmaSettled = "rma.settled";
[[nodiscard]] QStringList all(); // the claim and RMA facts (WarrantyHandler on the server)
// A manager's warranty policy saved or removed: {scope, brand_id, category_id, [days, label, updated_by], at}.
inline constexpr const char *kPolicySaved = "warranty_policy.saved";
inline constexpr const char *kPolicyRemoved = "warranty_policy.removed";
} // namespace warrantymutation

class Database;

// Appends one warranty fact (kWarrantySchema) to the outbox: call inside the step's transaction.
[[nodiscard]] Status appendWarrantyFact(Database &db, const char *type, const QJsonObject &payload, const QString &atUtc);

// {scope, brand_id, category_id}: which policy a warranty_policy fact is about.
[[nodiscard]] QJsonObject warrantyPolicyKeyJson(WarrantyScope scope, qint64 brandId, qint64 categoryId);
[[nodiscard]] QJsonArray movementsJson(const std::vector<StockMovement> &movements);
[[nodiscard]] QJsonObject claimOpenedPayload(const WarrantyClaim &claim, const QString &eventId);
[[nodiscard]] QJsonObject claimResolvedPayload(
    const WarrantyClaim &claim, const QString &eventId, const std::vector<StockMovement> &movements);
[[nodiscard]] QJsonObject claimClosedPayload(const WarrantyClaim &claim, const QString &eventId);
[[nodiscard]] QJsonObject rmaSentPayload(const Rma &rma, const QString &eventId, const StockMovement &movement);
[[nodiscard]] QJsonObject rmaSettledPayload(const Rma &rma, const QString &eventId);

} // namespace nexus
