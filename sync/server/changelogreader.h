// Reads pages of a tenant's per-bucket change log (tenant.db change_log, filled by triggers in the same
// transaction as each change) and the checkpoint a device's copy must add up to.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include "common/error.h"
#include "protocol/pullmessages.h"

namespace nexus {

class Database;
class ServerStorage;
struct TenantRecord;

class ChangeLogReader final
{
public:
    Q_DISABLE_COPY_MOVE(ChangeLogReader)
    ~ChangeLogReader();

    // Its own read connection to tenant.db (already migrated by the storage): reads never wait for writers (WAL).
    [[nodiscard]] static Result<std::unique_ptr<ChangeLogReader>> open(const QString &tenantDbPath);
    // The same on a connection of the storage's backend (SQLite file or PostgreSQL schema).
    [[nodiscard]] static Result<std::unique_ptr<ChangeLogReader>> open(
        ServerStorage &storage, const TenantRecord &tenant);

    // Entries of `bucket` visible to `scopes` after `cursor`, at most `limit`, with the checkpoint, all read in one
    // transaction. A cursor of another log, below the pruned tombstones or beyond the newest entry → reset.
    [[nodiscard]] Result<wire::PullResponse> page(
        const QString &bucket, const QStringList &scopes, const QString &cursor, int limit);

    // "<log id>:<seq>": the log id names this database's log, so a cursor from a restored copy is recognised.
    [[nodiscard]] QString cursorFor(qint64 seq) const;
    [[nodiscard]] const QString &logId() const { return m_logId; }

private:
    ChangeLogReader(std::unique_ptr<Database> db, QString logId);
    [[nodiscard]] static Result<std::unique_ptr<ChangeLogReader>> fromConnection(std::unique_ptr<Database> db);
    [[nodiscard]] Result<wire::PullResponse> pageInTransaction(
        const QString &bucket, const QStringList &scopes, const QString &cursor, int limit);

    std::unique_ptr<Database> m_db;
    QString m_logId;
};

} // namespace nexus
