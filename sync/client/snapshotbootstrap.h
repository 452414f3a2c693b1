// First start of a device (or a newer catalogue at HQ): download the catalogue snapshot into DATA/catalog.db.part in
// Range slices, resume after an interruption or a restart, verify SHA-256 and schema, swap it in by rename.
#pragma once

#include <QString>

#include <atomic>
#include <functional>

#include "common/error.h"
#include "protocol/snapshotmanifest.h"

namespace nexus {

struct SnapshotBootstrapOptions
{
    QString dataDir; // DATA: catalog.db lives here, next to nexus.db
    QString serverUrl;
    QString caFile;
    QString deviceId;
    QByteArray deviceSecret;
    qint64 chunkBytes = wire::kSnapshotMaxChunk; // per Range request
    int attempts = 5; // tries per slice before giving up (the .part stays for the next run)
    const std::atomic_bool *cancel = nullptr;
};

struct SnapshotBootstrapResult
{
    bool installed = false; // false: the catalogue here was already current
    bool staged = false; // a newer catalogue is verified beside the current one and goes in at the next start
    qint64 generation = 0;
    qint64 bytes = 0; // size of the snapshot
    qint64 downloaded = 0; // bytes fetched by this run (less than `bytes` after a resume)
    qint64 parts = 0;
    int restarts = 0; // whole downloads thrown away (corrupt .part, snapshot replaced at the server)
};

class SnapshotBootstrap final
{
public:
    // (bytes on disk so far, total bytes): called from the calling (worker) thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SnapshotBootstrap(SnapshotBootstrapOptions options) : m_options(std::move(options)) { }

    [[nodiscard]] static QString catalogPath(const QString &dataDir);
    [[nodiscard]] static QString partPath(const QString &dataDir); // catalog.db.part
    [[nodiscard]] static QString partManifestPath(const QString &dataDir); // catalog.db.part.json: what the .part is
    [[nodiscard]] static QString stagedPath(const QString &dataDir); // catalog.db.next: verified, waiting

    // The generation recorded in DATA/catalog.db (catalog_meta.generation); 0 when there is none.
    [[nodiscard]] static Result<qint64> installedGeneration(const QString &dataDir);
    // Moves a verified catalog.db.next over catalog.db. Call before anything opens catalog.db (app start).
    [[nodiscard]] static Result<bool> installStaged(const QString &dataDir);

    // Does everything when catalog.db is missing or older than the server's manifest; a no-op otherwise. When an
    // older catalog.db exists (other connections may have it open) the new one is only staged. Blocking: run it
    // on a worker thread.
    [[nodiscard]] Result<SnapshotBootstrapResult> run(const Progress &progress = {});

private:
    [[nodiscard]] Result<QString> token(bool refresh);
    [[nodiscard]] Result<wire::SnapshotManifest> fetchManifest();
    [[nodiscard]] Status download(
        const wire::SnapshotManifest &manifest, const Progress &progress, SnapshotBootstrapResult &result);
    [[nodiscard]] Status verify(const wire::SnapshotManifest &manifest, SnapshotBootstrapResult &result);

    SnapshotBootstrapOptions m_options;
    QString m_token;
};

} // namespace nexus
