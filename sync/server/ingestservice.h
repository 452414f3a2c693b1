// Applies pushed mutation batches to one tenant database exactly once and computes the contiguous ack.
#pragma once

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

#include "common/error.h"
#include "protocol/pushmessages.h"
#include "server/completedsale.h"
#include "server/devicecontext.h"
#include "server/mutationhandler.h"
#include "server/mutationhandlers.h"
#include "server/preparedstatements.h"

namespace nexus {

class Clock;
class Database;

// Rules (DESIGN.md "Up (push)"):
// - the statements run for every mutation stay prepared on the connection (PreparedStatements), and what cannot
//   change while the batch holds the write lock (which ids are applied, whose warehouse is which) is read once;
// - each mutation is applied inside a SAVEPOINT together with its applied_mutations row, and the batch commits
//   once with the device cursor: a crash at any point loses the whole uncommitted batch and its ack together, so
//   the client's retry applies it once;
// - consecutive fresh, well-formed sales (most of a push) are read and checked one by one and written together, in
//   one SAVEPOINT with their applied_mutations and device_seqs rows, by multi-row statements: a few round trips for
//   the run instead of ten per sale on PostgreSQL. The run is written before the next other mutation is applied,
//   and its rows, balances and exceptions are those the one-by-one path gives; anything unusual (a sale or seq
//   stored already, a constraint) rolls the run back and applies its mutations one by one;
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
    // What applied_mutations holds for a mutation id: its hash and status.
    struct Applied
    {
        QString hash;
        QString status;
    };

    // Consecutive sales waiting to be written together by flushSales(), each read and checked.
    struct PendingSales
    {
        std::vector<const wire::PushMutation *> mutations;
        std::vector<CompletedSale> sales;
        QSet<QString> mutationIds;
        QSet<qint64> seqs;
    };

    [[nodiscard]] MutationContext contextFor(const DeviceContext &device, const QString &now, const QString &mutationId);
    [[nodiscard]] Status readApplied(const wire::PushRequest &request);
    // True when the mutation is a fresh, well-formed sale now waiting in m_pending; false: apply it with ingestOne()
    // after flushSales().
    [[nodiscard]] bool takeSale(const DeviceContext &device, const wire::PushMutation &mutation, const QString &now);
    // Writes the waiting sales (together, or one by one when that fails) and appends their results.
    [[nodiscard]] Status flushSales(const DeviceContext &device, const QString &now, wire::PushResponse &response);
    // Inside the run's savepoint: false when one of its seqs is stored already (the one-by-one path opens seq_reuse).
    [[nodiscard]] Result<bool> writeSales(
        const DeviceContext &device, const QString &now, const PendingSales &pending, const QStringList &hashes);
    [[nodiscard]] Result<wire::PushResult> ingestOne(
        const DeviceContext &device, const wire::PushMutation &mutation, const QString &now);
    [[nodiscard]] Status recordApplied(const DeviceContext &device, const wire::PushMutation &mutation,
        const QString &hash, const QString &status, const QJsonObject &result, const QString &now);
    [[nodiscard]] Status quarantine(const DeviceContext &device, const wire::PushMutation &mutation,
        const QString &reason, const QString &now, bool recordAsApplied);
    [[nodiscard]] Status markSeq(const DeviceContext &device, const wire::PushMutation &mutation, const QString &now);
    [[nodiscard]] Result<qint64> advanceCursor(const QString &deviceId, const QString &now);
    [[nodiscard]] std::optional<qint64> priceVersion(qint64 partId);
    [[nodiscard]] Result<QString> warehouseBranch(const QString &warehouseId);
    void forgetBatch();

    Database &m_db;
    const Clock &m_clock;
    MutationHandlers m_handlers;
    PreparedStatements m_statements;
    std::unique_ptr<Database> m_catalog;
    std::unique_ptr<PreparedStatements> m_catalogStatements;
    // Read once per batch, inside its transaction (the tenant's write lock), forgotten when it ends:
    QHash<QString, Applied> m_applied; // the batch's mutation ids already in applied_mutations, and those it adds
    QHash<QString, QString> m_warehouseBranches; // warehouses found, and their branch
    QHash<qint64, std::optional<qint64>> m_priceVersions; // the catalogue's price_version by part
    PendingSales m_pending;
};

} // namespace nexus
