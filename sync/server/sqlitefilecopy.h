// Copies a SQLite database file consistently (online backup API), WAL contents included.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

// A plain file copy could miss pages still in the -wal file or catch a half-written state; the backup
// API reads one consistent snapshot. `destination` must not exist. Fails (field `field`) on a non-database.
[[nodiscard]] Status copySqliteDatabase(const QString &source, const QString &destination, const QString &field);

} // namespace nexus
