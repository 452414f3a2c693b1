// JSON (de)serialisation of the catalogue snapshot manifest.
#include "protocol/snapshotmanifest.h"

#include "protocol/jsonreader.h"

#include <QRegularExpression>

namespace nexus::wire {

QJsonObject SnapshotManifest::toJson() const
{
    return QJsonObject { { QStringLiteral("generation"), generation }, { QStringLiteral("server_seq"), serverSeq },
        { QStringLiteral("sha256"), sha256 }, { QStringLiteral("size"), size },
        { QStringLiteral("created_at"), createdAt }, { QStringLiteral("parts"), parts } };
}

Result<SnapshotManifest> SnapshotManifest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    SnapshotManifest manifest;
    manifest.generation = reader.integer(QLatin1String("generation"));
    manifest.serverSeq = reader.integer(QLatin1String("server_seq"));
    manifest.sha256 = reader.string(QLatin1String("sha256"));
    manifest.size = reader.integer(QLatin1String("size"));
    manifest.createdAt = reader.optionalString(QLatin1String("created_at"));
    manifest.parts = json.contains(QLatin1String("parts")) ? reader.integer(QLatin1String("parts")) : 0;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (reader.ok() && !hex.match(manifest.sha256).hasMatch())
        reader.setError(Error(ErrorCode::Protocol, NX_ERR("The field %1 is not a SHA-256 in hex"),
            { QStringLiteral("sha256") }, QStringLiteral("sha256")));
    if (reader.ok() && (manifest.generation < 1 || manifest.size < 1))
        reader.setError(Error(ErrorCode::Protocol, NX_ERR("The snapshot manifest has no generation or size"), {},
            QStringLiteral("generation")));
    if (reader.error())
        return std::unexpected(*reader.error());
    return manifest;
}

} // namespace nexus::wire
