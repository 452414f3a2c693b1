// SQL of the pull: one read transaction per page so rows, has_more and checkpoint describe the same moment.
#include "server/changelogreader.h"

#include "server/serverstorage.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace nexus {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

ChangeLogReader::ChangeLogReader(std::unique_ptr<Database> db, QString logId)
    : m_db(std::move(db)), m_logId(std::move(logId))
{
}

ChangeLogReader::~ChangeLogReader() = default;

Result<std::unique_ptr<ChangeLogReader>> ChangeLogReader::open(const QString &tenantDbPath)
{
    if (!QFileInfo::exists(tenantDbPath))
        return fail(ErrorCode::NotFound, NX_ERR("The tenant database %1 does not exist"), { tenantDbPath });
    Result<std::unique_ptr<Database>> db = Database::open(tenantDbPath, Durability::Full);
    if (!db)
        return std::unexpected(db.error());
    return fromConnection(std::move(*db));
}

Result<std::unique_ptr<ChangeLogReader>> ChangeLogReader::open(ServerStorage &storage, const TenantRecord &tenant)
{
    Result<std::unique_ptr<Database>> db = storage.openTenantConnection(tenant);
    if (!db)
        return std::unexpected(db.error());
    return fromConnection(std::move(*db));
}

Result<std::unique_ptr<ChangeLogReader>> ChangeLogReader::fromConnection(std::unique_ptr<Database> db)
{
    // Named on first use (not in the migration, which must keep generated databases deterministic); the random
    // id is made here so the statement is the same on every backend.
    const QString fresh = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    Result<QSqlQuery> named = db->exec(QStringLiteral("INSERT INTO tenant_meta(key, value) VALUES "
                                                      "('change_log_id', ?) ON CONFLICT(key) DO NOTHING"),
        { fresh });
    if (!named)
        return std::unexpected(named.error());
    named->finish();
    Result<QVariant> logId = db->scalar(QStringLiteral("SELECT value FROM tenant_meta WHERE key = 'change_log_id'"));
    if (!logId)
        return std::unexpected(logId.error());
    if (!logId->isValid())
        return fail(ErrorCode::Storage, NX_ERR("The tenant database %1 has no change log"), { db->path() });
    return std::unique_ptr<ChangeLogReader>(new ChangeLogReader(std::move(db), logId->toString()));
}

QString ChangeLogReader::cursorFor(qint64 seq) const
{
    return m_logId + QLatin1Char(':') + QString::number(seq);
}

Result<wire::PullResponse> ChangeLogReader::page(
    const QString &bucket, const QStringList &scopes, const QString &cursor, int limit)
{
    // A read snapshot without taking the write lock (Database::begin is IMMEDIATE).
    if (Status begun = m_db->beginRead(); !begun)
        return std::unexpected(begun.error());
    Result<wire::PullResponse> response = pageInTransaction(bucket, scopes, cursor, limit);
    if (Status ended = m_db->commit(); !ended)
        return std::unexpected(ended.error());
    return response;
}

Result<wire::PullResponse> ChangeLogReader::pageInTransaction(
    const QString &bucket, const QStringList &scopes, const QString &cursor, int limit)
{
    wire::PullResponse response;
    response.bucket = bucket;
    QVariantList scopeArgs { bucket };
    for (const QString &scope : scopes)
        scopeArgs.append(scope);
    const QString where
        = QStringLiteral(" FROM change_log WHERE bucket = ? AND scope IN (%1)").arg(placeholders(scopes.size()));

    // Sums CAST to BIGINT: PostgreSQL sums bigints as numeric, which QPSQL would hand over as a lossy double.
    Result<QSqlQuery> summary = m_db->exec(QStringLiteral("SELECT coalesce(max(seq), 0), "
                                                          "CAST(coalesce(sum(CASE WHEN deleted = 0 THEN 1 ELSE 0 END), "
                                                          "0) AS BIGINT), "
                                                          "CAST(coalesce(sum(CASE WHEN deleted = 0 THEN (seq * "
                                                          "2654435761) % 4294967296 ELSE 0 END), 0) AS BIGINT)")
            + where,
        scopeArgs);
    if (!summary)
        return std::unexpected(summary.error());
    if (summary->next()) {
        response.checkpoint.seq = summary->value(0).toLongLong();
        response.checkpoint.count = summary->value(1).toLongLong();
        response.checkpoint.checksum = summary->value(2).toLongLong();
    }
    summary->finish();

    // The cursor: empty = from the start; otherwise it must be ours and inside what the log still holds.
    qint64 after = 0;
    bool reset = false;
    if (!cursor.isEmpty()) {
        const qsizetype colon = cursor.lastIndexOf(QLatin1Char(':'));
        bool numeric = false;
        after = colon > 0 ? cursor.mid(colon + 1).toLongLong(&numeric) : 0;
        Result<QVariant> newest = m_db->scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
        Result<QVariant> floor
            = m_db->scalar(QStringLiteral("SELECT floor_seq FROM change_log_floor WHERE bucket = ?"), { bucket });
        if (!newest)
            return std::unexpected(newest.error());
        if (!floor)
            return std::unexpected(floor.error());
        // sqlite_sequence would be more exact for "beyond the newest", but max(seq) is enough: seqs only grow.
        reset = !numeric || after < 0 || cursor.left(colon) != m_logId || after > newest->toLongLong()
            || (floor->isValid() && after < floor->toLongLong());
    }
    if (reset) {
        response.reset = true;
        response.hasMore = true;
        response.nextCursor.clear();
        return response;
    }

    Result<QSqlQuery> rows = m_db->exec(
        QStringLiteral("SELECT seq, key, row, deleted") + where + QStringLiteral(" AND seq > ? ORDER BY seq LIMIT ?"),
        scopeArgs + QVariantList { after, limit + 1 });
    if (!rows)
        return std::unexpected(rows.error());
    qint64 last = after;
    while (rows->next()) {
        if (response.rows.size() == limit) {
            response.hasMore = true;
            break;
        }
        wire::PullRow row;
        row.seq = rows->value(0).toLongLong();
        row.key = rows->value(1).toString();
        row.deleted = rows->value(3).toInt() != 0;
        if (!row.deleted)
            row.row = QJsonDocument::fromJson(rows->value(2).toByteArray()).object();
        last = row.seq;
        response.rows.append(std::move(row));
    }
    rows->finish();
    // Caught up: continue later from the checkpoint (entries of other scopes in between are none of ours).
    response.nextCursor = cursorFor(response.hasMore ? last : std::max(last, response.checkpoint.seq));
    return response;
}

} // namespace nexus
