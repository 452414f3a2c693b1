// Where the tests find the installed vPIC database (installer/fetch-vpic.sh): $NEXUS_VPIC_DB, else
// <source>/.cache/vpic/vpic.db ($NEXUS_SOURCE_DIR, the current folder without it). Tests that decode VINs skip without
// it, except under CI=true, where a missing database fails them.
#pragma once

#include <QDir>
#include <QString>

namespace nexus::test {

[[nodiscard]] inline QString vpicDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("NEXUS_VPIC_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(qEnvironmentVariable("NEXUS_SOURCE_DIR", QStringLiteral(".")))
        .filePath(QStringLiteral(".cache/vpic/vpic.db"));
}

} // namespace nexus::test
