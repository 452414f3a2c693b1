// Durability helpers for swapping whole files in by rename: fsync a file, fsync the folder that names it.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus::wire {

// rename() is atomic but only durable once the data and then the directory entry are on disk.
[[nodiscard]] Status fsyncFile(const QString &path);
[[nodiscard]] Status fsyncDirectory(const QString &dir);
// Renames `from` over `to` (replacing it), then fsyncs the folder of `to`.
[[nodiscard]] Status renameDurably(const QString &from, const QString &to);

} // namespace nexus::wire
