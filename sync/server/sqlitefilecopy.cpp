// copySqliteDatabase: sqlite3_backup from a read-only source connection.
#include "server/sqlitefilecopy.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace nexus {

namespace {
struct Connection
{
    sqlite3 *handle = nullptr;
    ~Connection() { sqlite3_close_v2(handle); }
};
} // namespace

Status copySqliteDatabase(const QString &source, const QString &destination, const QString &field)
{
    if (!QFileInfo(source).isFile())
        return fail(ErrorCode::NotFound, NX_ERR("The file %1 does not exist"), { source }, field);
    if (QFileInfo::exists(destination))
        return fail(ErrorCode::Conflict, NX_ERR("The file %1 exists already"), { destination }, field);

    Connection from;
    Connection to;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.handle, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        return fail(ErrorCode::Io, NX_ERR("Cannot open %1: %2"),
            { source, QString::fromUtf8(sqlite3_errmsg(from.handle)) }, field);
    if (sqlite3_open_v2(
            QFile::encodeName(destination).constData(), &to.handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return fail(ErrorCode::Io, NX_ERR("Cannot create %1: %2"),
            { destination, QString::fromUtf8(sqlite3_errmsg(to.handle)) }, field);

    sqlite3_backup *backup = sqlite3_backup_init(to.handle, "main", from.handle, "main");
    if (!backup)
        return fail(ErrorCode::Io, NX_ERR("Cannot copy %1: %2"),
            { source, QString::fromUtf8(sqlite3_errmsg(to.handle)) }, field);
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        const QString reason = QString::fromUtf8(sqlite3_errstr(stepped));
        sqlite3_close_v2(to.handle);
        to.handle = nullptr;
        QFile::remove(destination);
        if (stepped == SQLITE_NOTADB)
            return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a SQLite database"), { source }, field);
        return fail(ErrorCode::Io, NX_ERR("Cannot copy %1: %2"), { source, reason }, field);
    }
    return {};
}

} // namespace nexus
