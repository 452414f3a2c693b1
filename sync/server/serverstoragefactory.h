// Opens the storage backend the server's options name: embedded SQLite files in --data, or PostgreSQL (--database).
#pragma once

#include <memory>

#include "common/error.h"
#include "server/serverstorage.h"

namespace nexus {

struct ServerOptions;

[[nodiscard]] Result<std::unique_ptr<ServerStorage>> openServerStorage(const ServerOptions &options);
// The same for tools that take --data DIR [--database URL] (nexus-admin); an empty URL is SQLite.
[[nodiscard]] Result<std::unique_ptr<ServerStorage>> openServerStorage(
    const QString &dataDir, const QString &databaseUrl);

} // namespace nexus
