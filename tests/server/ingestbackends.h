// Tenant databases for the in-process ingest tests on both storage backends: an SQLite tenant file, or a tenant schema
// in a throwaway PostgreSQL cluster (started once per test executable), with the change-log reader of either.
#pragma once

#include "postgrescluster.h"
#include "tempdir.h"

#include "common/clock.h"
#include "server/changelogreader.h"
#include "server/serveroptions.h"
#include "server/serverstorage.h"
#include "server/serverstoragefactory.h"
#include "server/sqlitetenantstore.h"
#include "server/tenantservice.h"
#include "store/schemadatabase.h"

#include <memory>
#include <optional>

namespace nexus::test {

struct IngestTenant
{
    TenantStore *store = nullptr;
    std::unique_ptr<SqliteTenantStore> sqlite; // owns the SQLite tenant; the PostgreSQL one is the storage's
    QString path; // SQLite file
    std::optional<TenantRecord> record; // PostgreSQL tenant

    [[nodiscard]] Database &db() { return store->db(); }
};

class IngestBackends final
{
public:
    explicit IngestBackends(const TempDir &dir) : m_dir(dir) { }

    // The PostgreSQL cluster and its storage; an error when this machine has none (skip, or fail when required()).
    [[nodiscard]] Status startPostgres()
    {
        Result<std::unique_ptr<PostgresCluster>> cluster = PostgresCluster::start();
        if (!cluster)
            return std::unexpected(cluster.error());
        m_cluster = std::move(*cluster);
        ServerOptions options;
        options.dataDir = m_dir.file(QStringLiteral("pg-server"));
        options.databaseUrl = m_cluster->url();
        Result<std::unique_ptr<ServerStorage>> storage = openServerStorage(options);
        if (!storage)
            return std::unexpected(storage.error());
        m_pgStorage = std::move(*storage);
        return {};
    }
    [[nodiscard]] bool hasPostgres() const { return m_pgStorage != nullptr; }

    // A fresh tenant: schema "<slug>" on PostgreSQL, file "<slug>.db" on SQLite.
    [[nodiscard]] Result<IngestTenant> create(bool postgres, const QString &slug)
    {
        IngestTenant tenant;
        if (postgres) {
            Result<TenantRecord> record
                = TenantService(*m_pgStorage, Clock::system()).create(slug, QStringLiteral("Tenant ") + slug);
            if (!record)
                return std::unexpected(record.error());
            Result<TenantStore *> store = m_pgStorage->tenant(*record);
            if (!store)
                return std::unexpected(store.error());
            tenant.store = *store;
            tenant.record = *record;
            return tenant;
        }
        tenant.path = m_dir.file(slug + QStringLiteral(".db"));
        Result<std::unique_ptr<Database>> db
            = openWithSchema(tenant.path, Durability::Full, QStringLiteral("server/tenant"), slug);
        if (!db)
            return std::unexpected(db.error());
        tenant.sqlite = SqliteTenantStore::adopt(std::move(*db));
        tenant.store = tenant.sqlite.get();
        return tenant;
    }

    // Its own read connection to the tenant's change log, as the pull route has.
    [[nodiscard]] Result<std::unique_ptr<ChangeLogReader>> changeLog(const IngestTenant &tenant)
    {
        return tenant.record ? ChangeLogReader::open(*m_pgStorage, *tenant.record) : ChangeLogReader::open(tenant.path);
    }

private:
    const TempDir &m_dir;
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<ServerStorage> m_pgStorage;
};

} // namespace nexus::test
