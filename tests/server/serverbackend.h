// The storage backend a server test runs against: SQLite files in DATA (default) or, with
// NEXUS_TEST_BACKEND=postgresql, a throwaway PostgreSQL cluster shared by nexus-server, nexus-admin and the checks.
#pragma once

#include "postgrescluster.h"
#include "serverprocess.h"

#include "server/pgserverstorage.h"
#include "store/database.h"
#include "store/schemadatabase.h"

#include <memory>

namespace nexus::test {

class ServerBackend final
{
public:
    Q_DISABLE_COPY_MOVE(ServerBackend)
    explicit ServerBackend(QString dataDir) : m_dataDir(std::move(dataDir)) { }

    [[nodiscard]] static bool postgresRequested()
    {
        return qEnvironmentVariable("NEXUS_TEST_BACKEND") == QLatin1String("postgresql");
    }

    // Starts the cluster when PostgreSQL is asked for; an error when it cannot (the caller skips or fails).
    [[nodiscard]] Status start()
    {
        if (!postgresRequested() || m_cluster)
            return {};
        Result<std::unique_ptr<PostgresCluster>> cluster = PostgresCluster::start();
        if (!cluster)
            return std::unexpected(cluster.error());
        m_cluster = std::move(*cluster);
        return {};
    }

    [[nodiscard]] bool postgres() const { return m_cluster != nullptr; }
    [[nodiscard]] QString databaseUrl() const { return m_cluster ? m_cluster->url() : QString(); }
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }

    // What nexus-admin needs to reach the same storage as the server: --data DIR [--database URL].
    [[nodiscard]] QStringList adminArgs() const
    {
        QStringList args { QStringLiteral("--data"), m_dataDir };
        if (m_cluster)
            args << QStringLiteral("--database") << m_cluster->url();
        return args;
    }

    [[nodiscard]] std::unique_ptr<ServerProcess> server() const
    {
        return std::make_unique<ServerProcess>(m_dataDir, databaseUrl());
    }

    // A connection of the test's own to a tenant's business data (tenant.db or the tenant's schema).
    [[nodiscard]] Result<std::unique_ptr<Database>> openTenant(const QString &slug, const QString &connectionName = {})
    {
        if (m_cluster)
            return Database::openPostgres(m_cluster->url(), PgServerStorage::schemaFor(slug), connectionName);
        return openWithSchema(m_dataDir + QStringLiteral("/tenants/") + slug + QStringLiteral("/tenant.db"),
            Durability::Full, QStringLiteral("server/tenant"), connectionName);
    }

    [[nodiscard]] Result<std::unique_ptr<Database>> openMaster(const QString &connectionName = {})
    {
        if (m_cluster)
            return Database::openPostgres(m_cluster->url(), QStringLiteral("nexus_master"), connectionName);
        return openWithSchema(m_dataDir + QStringLiteral("/master.db"), Durability::Full,
            QStringLiteral("server/master"), connectionName);
    }

private:
    QString m_dataDir;
    std::unique_ptr<PostgresCluster> m_cluster;
};

} // namespace nexus::test
