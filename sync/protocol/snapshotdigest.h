// SHA-256 of a (large) file, shared by the server that publishes a snapshot and the device that verifies it.
#pragma once

#include <QString>

#include <atomic>

#include "common/error.h"

namespace nexus::wire {

// Lower-case hex. Streams the file in 4 MiB blocks through OpenSSL (SHA extensions when the CPU has them): a 1 GB
// catalogue hashes in about a second. `cancel` (optional) aborts between blocks with ErrorCode::Network.
[[nodiscard]] Result<QString> sha256OfFile(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace nexus::wire
