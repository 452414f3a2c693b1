// The catalogue snapshot a new device downloads: its manifest and the routes that serve it (resumable with Range).
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include "common/error.h"

namespace nexus::wire {

inline constexpr QLatin1String kSnapshotManifestPath { "/v1/snapshot/catalog/manifest" }; // GET → SnapshotManifest
// GET kSnapshotFilePrefix + generation → the file; "Range: bytes=a-b" answers 206 with at most kSnapshotMaxChunk.
inline constexpr QLatin1String kSnapshotFilePrefix { "/v1/snapshot/catalog/" };
// The most one answer carries: QHttpServer 6.4 builds each answer in memory, so a 1 GB file goes in slices.
inline constexpr qint64 kSnapshotMaxChunk = 16 * 1024 * 1024;

namespace errorcode {
inline constexpr QLatin1String kNoSnapshot { "no_snapshot" }; // 404: HQ has not built a snapshot for this tenant
inline constexpr QLatin1String kRangeRequired { "range_required" }; // 400: a large file is only served in ranges
inline constexpr QLatin1String kRangeNotSatisfiable { "range_not_satisfiable" }; // 416
} // namespace errorcode

// {"generation": 3, "server_seq": 0, "sha256": "…", "size": 1099255808, "created_at": "…", "parts": 1546976}
struct SnapshotManifest
{
    qint64 generation = 0; // grows with every build; a device with an older catalogue downloads the new one
    qint64 serverSeq = 0; // catalogue change seq the snapshot includes (deltas continue from here)
    QString sha256; // lower-case hex of the whole file
    qint64 size = 0; // bytes
    QString createdAt; // UTC ISO-8601
    qint64 parts = 0; // for people and progress texts

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SnapshotManifest> fromJson(const QJsonObject &json);
    friend bool operator==(const SnapshotManifest &, const SnapshotManifest &) = default;
};

} // namespace nexus::wire
