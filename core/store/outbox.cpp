// Outbox rows: append, count and read pending mutations.
#include "store/outbox.h"

#include "store/database.h"

#include <QJsonDocument>

namespace nexus {

Result<qint64> Outbox::append(const QString &mutationId, const QString &type, int schemaVersion,
                              const QJsonObject &payload, const QString &createdAtUtc)
{
    Result<QSqlQuery> query =
        m_db.exec(QStringLiteral("INSERT INTO outbox(mutation_id, type, schema_v, payload, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {mutationId, type, schemaVersion,
                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), createdAtUtc});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<qint64> Outbox::pendingCount() const
{
    Result<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL"));
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<QList<OutboxEntry>> Outbox::pending(int limit) const
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT seq, mutation_id, type, schema_v, payload, created_at FROM outbox "
                       "WHERE acked_at IS NULL ORDER BY seq LIMIT ?"),
        {limit});
    if (!query)
        return std::unexpected(query.error());
    QList<OutboxEntry> entries;
    while (query->next())
        entries.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                        query->value(3).toInt(), QJsonDocument::fromJson(query->value(4).toByteArray()).object(),
                        query->value(5).toString()});
    return entries;
}

Result<qint64> Outbox::markAcked(qint64 upToSeq, const QString &ackedAtUtc)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("UPDATE outbox SET acked_at = ? WHERE acked_at IS NULL AND seq <= ?"), {ackedAtUtc, upToSeq});
    if (!query)
        return std::unexpected(query.error());
    return static_cast<qint64>(query->numRowsAffected());
}

} // namespace nexus
