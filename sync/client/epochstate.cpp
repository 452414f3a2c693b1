// EpochState: the settings rows of the sync identity, the epoch change applied in one transaction, acks by mutation id.
#include "client/epochstate.h"

#include "auth/auditlog.h"
#include "common/clock.h"
#include "protocol/epochmessages.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nexus {

namespace {
const QString kEpoch = QStringLiteral("epoch");
const QString kSeqOffset = QStringLiteral("sync_seq_offset");
const QString kChange = QStringLiteral("sync_epoch_change"); // {"id", "from", "reason"}
const QString kCloned = QStringLiteral("sync_cloned"); // {"at", "detail"}
const QString kRestored = QStringLiteral("sync_restored"); // written by FolioWitness::reconcile

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Result<SyncIdentity> EpochState::load(int defaultEpoch) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?, ?)"),
        { kEpoch, kSeqOffset, kChange, kCloned, kRestored });
    if (!query)
        return std::unexpected(query.error());
    SyncIdentity identity;
    identity.epoch = defaultEpoch > 0 ? defaultEpoch : 1;
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QString value = query->value(1).toString();
        if (key == kEpoch && value.toInt() > 0)
            identity.epoch = value.toInt();
        else if (key == kSeqOffset)
            identity.seqOffset = value.toLongLong();
        else if (key == kCloned)
            identity.cloned = true;
        else if (key == kRestored)
            identity.restored = true;
        else if (key == kChange) {
            const QJsonObject change = QJsonDocument::fromJson(value.toUtf8()).object();
            identity.changeId = change.value(QStringLiteral("id")).toString();
            identity.changeFromEpoch = change.value(QStringLiteral("from")).toInt();
            identity.changeReason = change.value(QStringLiteral("reason")).toString();
        }
    }
    return identity;
}

Result<qint64> EpochState::lastSeq() const
{
    // sqlite_sequence remembers seqs of rows since deleted (AUTOINCREMENT); it has no row before the first insert.
    Result<QVariant> last = m_db.scalar(
        QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
                       "coalesce((SELECT max(seq) FROM outbox), 0))"));
    if (!last)
        return std::unexpected(last.error());
    return last->toLongLong();
}

Result<qint64> EpochState::firstUnsentSeq() const
{
    Result<QVariant> oldest = m_db.scalar(QStringLiteral("SELECT min(seq) FROM outbox WHERE acked_at IS NULL"));
    if (!oldest)
        return std::unexpected(oldest.error());
    if (oldest->isValid() && !oldest->isNull())
        return oldest->toLongLong();
    Result<qint64> last = lastSeq();
    if (!last)
        return last;
    return *last + 1;
}

Result<QStringList> EpochState::folioSeries() const
{
    // Ticket series only: "COT:…", "OS:…", "Z:…" counters are numbered here alone (the server answers the Z anyway).
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT series FROM folio_counters WHERE instr(series, ':') = 0 ORDER BY series LIMIT ?"),
        { static_cast<int>(wire::EpochRequest::kMaxSeries) });
    if (!query)
        return std::unexpected(query.error());
    QStringList series;
    while (query->next())
        series.append(query->value(0).toString());
    return series;
}

Status EpochState::put(const QString &key, const QString &value)
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Status EpochState::remove(const QString &key)
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), { key });
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Status EpochState::beginChange(const QString &changeId, int fromEpoch, const QString &reason)
{
    return put(kChange,
        compact(QJsonObject { { QStringLiteral("id"), changeId }, { QStringLiteral("from"), fromEpoch },
            { QStringLiteral("reason"), reason } }));
}

Result<qint64> EpochState::applyChange(const wire::EpochResponse &answer, const QString &deviceId)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // Read inside the write transaction: a sale the counter commits meanwhile is either pending here or numbered after.
    Result<qint64> first = firstUnsentSeq();
    if (!first)
        return first;
    const qint64 offset = answer.seqFloor + 1 - *first;
    if (Status status = put(kEpoch, QString::number(answer.epoch)); !status)
        return std::unexpected(status.error());
    if (Status status = put(kSeqOffset, QString::number(offset)); !status)
        return std::unexpected(status.error());
    QJsonObject folios;
    for (auto it = answer.folios.cbegin(); it != answer.folios.cend(); ++it) {
        // The next ticket of the series comes after the highest one head office has from this device.
        Result<QSqlQuery> moved = m_db.exec(
            QStringLiteral("INSERT INTO folio_counters(series, next_number) VALUES (?, ?) ON CONFLICT(series) "
                           "DO UPDATE SET next_number = max(folio_counters.next_number, excluded.next_number)"),
            { it.key(), it.value() + 1 });
        if (!moved)
            return std::unexpected(moved.error());
        folios.insert(it.key(), it.value());
    }
    if (Status status = remove(kChange); !status)
        return std::unexpected(status.error());
    if (Status status = remove(kRestored); !status)
        return std::unexpected(status.error());
    if (Status audited = AuditLog(m_db, m_clock, deviceId)
                             .append(QString(), QStringLiteral("sync_epoch_changed"),
                                 QStringLiteral("epoch %1").arg(answer.epoch),
                                 QJsonObject { { QStringLiteral("epoch"), answer.epoch },
                                     { QStringLiteral("seq_floor"), answer.seqFloor },
                                     { QStringLiteral("seq_offset"), offset }, { QStringLiteral("folios"), folios } });
        !audited)
        return std::unexpected(audited.error());
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return offset;
}

Status EpochState::markCloned(const QString &deviceId, const QString &detail)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status status = put(kCloned,
            compact(QJsonObject { { QStringLiteral("at"), m_clock.nowUtc().toString(Qt::ISODateWithMs) },
                { QStringLiteral("detail"), detail } }));
        !status)
        return status;
    if (Status status = remove(kChange); !status)
        return status;
    if (Status audited = AuditLog(m_db, m_clock, deviceId)
                             .append(QString(), QStringLiteral("sync_refused_as_copy"), deviceId,
                                 QJsonObject { { QStringLiteral("detail"), detail } });
        !audited)
        return audited;
    return transaction.commit();
}

Result<qint64> EpochState::markAcked(const QStringList &mutationIds)
{
    if (mutationIds.isEmpty())
        return 0;
    // One statement for the whole batch: the ids travel as one JSON array.
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("UPDATE outbox SET acked_at = ? WHERE acked_at IS NULL AND mutation_id IN "
                       "(SELECT value FROM json_each(?))"),
        { m_clock.nowUtc().toString(Qt::ISODateWithMs),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(mutationIds)).toJson(QJsonDocument::Compact)) });
    if (!query)
        return std::unexpected(query.error());
    return static_cast<qint64>(query->numRowsAffected());
}

Status EpochState::startNewIdentity()
{
    Result<qint64> first = firstUnsentSeq();
    if (!first)
        return std::unexpected(first.error());
    if (Status status = put(kEpoch, QStringLiteral("1")); !status)
        return status;
    if (Status status = put(kSeqOffset, QString::number(1 - *first)); !status)
        return status;
    if (Status status = remove(kChange); !status)
        return status;
    if (Status status = remove(kRestored); !status)
        return status;
    return remove(kCloned);
}

} // namespace nexus
