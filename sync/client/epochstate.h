// The device's sync identity in nexus.db: its epoch, the offset that turns outbox seqs into that epoch's wire seqs,
// an epoch change asked for and not yet applied, and the block of a copy the server refused as a clone.
#pragma once

#include <QString>
#include <QStringList>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;

namespace wire {
struct EpochResponse;
}

struct SyncIdentity
{
    int epoch = 1;
    // wire seq = outbox seq + seqOffset. Outbox seqs themselves never change (ledgers point at them); a new epoch only
    // moves where they land on the wire.
    qint64 seqOffset = 0;
    QString changeId; // an epoch change asked for and not applied yet (its answer may have been lost): ask again
    QString changeReason;
    int changeFromEpoch = 0;
    bool cloned = false; // refused as a copy: nothing is sent until the device is enrolled again
    // nexus.db opened behind its folio witness (an old copy put back, see FolioWitness): change epoch before pushing
    bool restored = false;
};

// SQL of the sync identity (settings keys epoch, sync_seq_offset, sync_epoch_change, sync_cloned) and of the outbox
// bookkeeping the engine needs beyond Outbox. Every write is one transaction; each step can crash and be repeated.
class EpochState final
{
public:
    EpochState(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // defaultEpoch: when nexus.db keeps no epoch (tests, databases enrolled before it was kept).
    [[nodiscard]] Result<SyncIdentity> load(int defaultEpoch) const;
    // The highest seq the outbox ever handed out (0 for none), acked or not.
    [[nodiscard]] Result<qint64> lastSeq() const;
    // The ticket series this device numbers (folio_counters): the server says how far it has each of them.
    [[nodiscard]] Result<QStringList> folioSeries() const;

    // Stores the intent before the request goes out, so a crash or a lost answer asks again with the same id.
    [[nodiscard]] Status beginChange(const QString &changeId, int fromEpoch, const QString &reason);
    // In one transaction: the new epoch, the offset that puts the first pending row right above the server's floor,
    // folio counters past what the server holds, an audit_log row, the intent cleared. Returns the offset.
    [[nodiscard]] Result<qint64> applyChange(const wire::EpochResponse &answer, const QString &deviceId);
    // The server refused this database as a copy: remembered (and audited) until the device is enrolled again.
    [[nodiscard]] Status markCloned(const QString &deviceId, const QString &detail);
    // Marks the pending rows with these mutation ids acknowledged; returns how many changed.
    [[nodiscard]] Result<qint64> markAcked(const QStringList &mutationIds);
    // After enrolling under a new identity, inside the caller's transaction: epoch 1, the pending rows go out as
    // seqs 1, 2, …, no intent and no block.
    [[nodiscard]] Status startNewIdentity();

private:
    [[nodiscard]] Status put(const QString &key, const QString &value);
    [[nodiscard]] Status remove(const QString &key);
    // The first outbox seq the next epoch sends: the oldest pending one, or the next one to be handed out.
    [[nodiscard]] Result<qint64> firstUnsentSeq() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nexus
