// Applies pushed mutation batches to one tenant database exactly once and computes the contiguous ack.
#pragma once

#include <QHash>

#include <memory>

#include "common/error.h"
#include "protocol/pushmessages.h"
#include "server/devicecontext.h"
#include "server/mutationhandlers.h"

namespace nexus {

class Clock;
class Database;

// Rules (DESIGN.md "Up (push)"):
// - each mutation is applied inside a SAVEPOINT together with its applied_mutations row, and the batch commits
//   once with the device cursor: a crash at any point loses the whole uncommitted batch and its ack together, so
//   the client's retry applies it once;
// - same mutation_id + same hash → "replayed" with the stored result; other hash → exception hash_mismatch, the
//   body kept in quarantine, "rejected";
// - malformed envelope, unknown type or schema, wrong branch → quarantine, counted as processed;
// - ack = highest seq such that every seq from 1 to it was processed for this device.
class IngestService final
{
public:
    Q_DISABLE_COPY_MOVE(IngestService)
    // catalogPath: the tenant's catalog.db for old-price checks; empty or missing: no old-price check.
    IngestService(Database &tenantDb, const Clock &clock, const QString &catalogPath = {});
    ~IngestService();

    // The device's identity comes from its token; the request must name the same device and epoch (the caller
    // maps those mismatches to 403/409 before calling).
    [[nodiscard]] Result<wire::PushResponse> push(const DeviceContext &device, const wire::PushRequest &request);

    [[nodiscard]] Result<qint64> ackedSeq(const QString &deviceId);

private:
    [[nodiscard]] Result<wire::PushResult> ingestOne(
        const DeviceContext &device, const wire::PushMutation &mutation, const QString &now);
    [[nodiscard]] Status quarantine(const DeviceContext &device, const wire::PushMutation &mutation,
        const QString &reason, const QString &now, bool recordAsApplied);
    [[nodiscard]] Status markSeq(const DeviceContext &device, const wire::PushMutation &mutation, const QString &now);
    [[nodiscard]] Result<qint64> advanceCursor(const QString &deviceId, const QString &now);
    [[nodiscard]] std::optional<qint64> priceVersion(qint64 partId);

    Database &m_db;
    const Clock &m_clock;
    MutationHandlers m_handlers;
    std::unique_ptr<Database> m_catalog;
};

} // namespace nexus
