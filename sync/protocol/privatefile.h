// Writing secrets (TLS keys, device secrets) to files only their owner can read; used by client and server.
#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"

namespace nexus {

// Writes `data` to `path` atomically (temp file + fsync + rename) with mode 0600 from the first byte on,
// so the secret is never readable by others, not even for a moment.
[[nodiscard]] Status writePrivateFile(const QString &path, const QByteArray &data);

} // namespace nexus
