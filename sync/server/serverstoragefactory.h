// Opens the storage backend the server's options name: embedded SQLite files in --data, or PostgreSQL (--database).
#pragma once

#include <memory>

#include "common/error.h"
#include "server/serverstorage.h"

namespace nexus {

struct ServerOptions;

[[nodiscard]] Result<std::unique_ptr<ServerStorage>> openServerStorage(const ServerOptions &options);

} // namespace nexus
