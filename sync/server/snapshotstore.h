// A tenant's published catalogue snapshots: DIR/tenants/<slug>/snapshots/<generation>.db + .json, current.json.
#pragma once

#include <QString>

#include <optional>

#include "common/error.h"
#include "protocol/snapshotmanifest.h"

namespace nexus {

class SnapshotStore final
{
public:
    explicit SnapshotStore(const QString &tenantDir);

    [[nodiscard]] const QString &dir() const { return m_dir; }
    [[nodiscard]] QString filePath(qint64 generation) const;
    [[nodiscard]] QString manifestPath(qint64 generation) const;
    [[nodiscard]] QString currentPath() const;

    // The manifest devices should download; nullopt when no snapshot was built yet.
    [[nodiscard]] Result<std::optional<wire::SnapshotManifest>> current() const;
    // The manifest of one generation still on disk (older ones are kept a while for devices mid-download).
    [[nodiscard]] Result<std::optional<wire::SnapshotManifest>> manifest(qint64 generation) const;

    // Writes <generation>.json and then points current.json at it (each by rename, durably).
    [[nodiscard]] Status publish(const wire::SnapshotManifest &manifest);
    // Deletes generations older than `keepFrom` (their files and manifests).
    void pruneBefore(qint64 keepFrom) const;

private:
    [[nodiscard]] Result<std::optional<wire::SnapshotManifest>> read(const QString &path) const;
    QString m_dir;
};

} // namespace nexus
