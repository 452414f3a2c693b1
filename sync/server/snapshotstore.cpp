// Snapshot manifests as small JSON files next to the snapshot files.
#include "server/snapshotstore.h"

#include "protocol/jsonreader.h"
#include "protocol/snapshotfilesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nexus {

SnapshotStore::SnapshotStore(const QString &tenantDir) : m_dir(tenantDir + QStringLiteral("/snapshots"))
{
}

QString SnapshotStore::filePath(qint64 generation) const
{
    return m_dir + QLatin1Char('/') + QString::number(generation) + QStringLiteral(".db");
}

QString SnapshotStore::manifestPath(qint64 generation) const
{
    return m_dir + QLatin1Char('/') + QString::number(generation) + QStringLiteral(".json");
}

QString SnapshotStore::currentPath() const
{
    return m_dir + QStringLiteral("/current.json");
}

Result<std::optional<wire::SnapshotManifest>> SnapshotStore::read(const QString &path) const
{
    QFile file(path);
    if (!file.exists())
        return std::optional<wire::SnapshotManifest>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() });
    Result<QJsonObject> json = wire::parseJsonObject(file.readAll(), path);
    if (!json)
        return std::unexpected(json.error());
    Result<wire::SnapshotManifest> manifest = wire::SnapshotManifest::fromJson(*json);
    if (!manifest)
        return std::unexpected(manifest.error());
    return std::optional<wire::SnapshotManifest>(*manifest);
}

Result<std::optional<wire::SnapshotManifest>> SnapshotStore::current() const
{
    return read(currentPath());
}

Result<std::optional<wire::SnapshotManifest>> SnapshotStore::manifest(qint64 generation) const
{
    Result<std::optional<wire::SnapshotManifest>> found = read(manifestPath(generation));
    if (!found || !*found)
        return found;
    // A manifest whose file is gone (pruned meanwhile) is no snapshot.
    if (!QFileInfo::exists(filePath(generation)))
        return std::optional<wire::SnapshotManifest>();
    return found;
}

Status SnapshotStore::publish(const wire::SnapshotManifest &manifest)
{
    const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    for (const QString &target : { manifestPath(manifest.generation), currentPath() }) {
        const QString temp = target + QStringLiteral(".tmp");
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size() || !file.flush())
            return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { temp, file.errorString() });
        file.close();
        if (Status synced = wire::fsyncFile(temp); !synced)
            return synced;
        if (Status moved = wire::renameDurably(temp, target); !moved)
            return moved;
    }
    return {};
}

void SnapshotStore::pruneBefore(qint64 keepFrom) const
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)\\.(db|json)$"));
    const QStringList names = QDir(m_dir).entryList(QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = numbered.match(name);
        if (match.hasMatch() && match.captured(1).toLongLong() < keepFrom)
            QFile::remove(m_dir + QLatin1Char('/') + name);
    }
}

} // namespace nexus
