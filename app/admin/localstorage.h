// The local commands' way to the server's data: --data DIR [--database URL] [--tenant SLUG], opened as the server does.
#pragma once

#include "commandline.h"

#include "server/serverrecords.h"
#include "server/serverstorage.h"

#include <memory>
#include <optional>

namespace nexus::admin {

// Run on the server host (or wherever the data folder and the PostgreSQL URL reach): tenant create, admin-key and
// operator-key, snapshot build, catalog import, enroll-code without --server.
class LocalStorage final
{
public:
    enum class Tenant {
        None, // the command works on the whole server
        Required, // --tenant SLUG names one tenant
    };
    // Adds --data, --database (and --tenant) to `line`.
    LocalStorage(CommandLine &line, Tenant tenant);
    Q_DISABLE_COPY_MOVE(LocalStorage)

    // After line.parse(): checks --data (and --tenant), opens the storage, finds the tenant. nullopt when ready,
    // else the exit code (the message is printed).
    [[nodiscard]] std::optional<int> open();
    // Any of --data, --database, --tenant given: a command with a remote form refuses to mix them with --server.
    [[nodiscard]] bool anyGiven() const;

    [[nodiscard]] ServerStorage &storage() { return **m_storage; }
    [[nodiscard]] const TenantRecord &tenant() const { return m_tenant; }
    [[nodiscard]] QString dataDir() const { return m_line.value(m_data); }
    [[nodiscard]] QString databaseUrl() const { return m_line.value(m_database); }

private:
    CommandLine &m_line;
    Tenant m_tenantMode;
    QCommandLineOption m_data = valueOption("data", "DIR");
    // PostgreSQL storage of a server started with --database (the same URL).
    QCommandLineOption m_database = valueOption("database", "URL");
    QCommandLineOption m_tenantOption = valueOption("tenant", "SLUG");
    std::optional<std::unique_ptr<ServerStorage>> m_storage;
    TenantRecord m_tenant;
};

} // namespace nexus::admin
