// Builds a catalogue snapshot of one tenant: a consistent copy of catalog.db with the search index built in,
// published under snapshots/<generation>.db with its manifest. Used by `nexus-admin snapshot build`.
#pragma once

#include <QString>

#include <functional>

#include "common/error.h"
#include "protocol/snapshotmanifest.h"

namespace nexus {

class Clock;

class SnapshotBuilder final
{
public:
    using Progress = std::function<void(const QString &stage)>;

    // tenantDir: DIR/tenants/<slug>. The tenant's catalog.db is read through SQLite's backup API, so the
    // server may keep serving (and HQ keep editing) meanwhile. The new generation is the current one + 1.
    // Keeps the previous generation on disk (devices may be half-way through it) and prunes older ones. Conflict
    // while another build of the tenant runs (a lock file in snapshots/, held by a live process).
    SnapshotBuilder(QString tenantDir, const Clock &clock) : m_tenantDir(std::move(tenantDir)), m_clock(clock) { }

    [[nodiscard]] Result<wire::SnapshotManifest> build(const Progress &progress = {});

private:
    QString m_tenantDir;
    const Clock &m_clock;
};

} // namespace nexus
