// The sync outbox in nexus.db: facts appended inside the business transaction that produced them.
#pragma once

#include <QJsonObject>
#include <QString>

#include "common/error.h"

namespace nexus {

class Database;

struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString type;
    int schemaVersion = 1;
    QJsonObject payload;
    QString createdAt;
};

class Outbox final
{
public:
    explicit Outbox(Database &db) : m_db(db) {}

    // Appends one mutation; call inside the caller's transaction so the fact and its outbox row commit together.
    [[nodiscard]] Result<qint64> append(const QString &mutationId, const QString &type, int schemaVersion,
                                        const QJsonObject &payload, const QString &createdAtUtc);
    [[nodiscard]] Result<qint64> pendingCount() const;
    // Pending entries in seq order, at most `limit`.
    [[nodiscard]] Result<QList<OutboxEntry>> pending(int limit) const;
    // Marks every pending row with seq <= upToSeq acknowledged (the server's contiguous ack); returns how many.
    [[nodiscard]] Result<qint64> markAcked(qint64 upToSeq, const QString &ackedAtUtc);

private:
    Database &m_db;
};

} // namespace nexus
