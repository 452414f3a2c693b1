// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl from the Debian package on a free loopback port.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "common/error.h"

namespace nexus::test {

class PostgresCluster final
{
public:
    Q_DISABLE_COPY_MOVE(PostgresCluster)
    ~PostgresCluster();

    // Creates and starts a cluster in a fresh temporary folder with a database "nexus" owned by the trust-
    // authenticated superuser "nexus". PostgreSQL refuses to run as root, so as root (CI) the server runs as the
    // `postgres` user through runuser; otherwise as the current user.
    [[nodiscard]] static Result<std::unique_ptr<PostgresCluster>> start();
    // CI (CI=true or NEXUS_REQUIRE_POSTGRES=1) must run the PostgreSQL suite: there a missing server is a failure.
    [[nodiscard]] static bool required();

    // postgresql://nexus@127.0.0.1:PORT/nexus
    [[nodiscard]] QString url() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString log() const;

private:
    PostgresCluster() = default;
    void stop();

    QTemporaryDir m_dir { QStringLiteral("/tmp/nexus-pg-XXXXXX") };
    QString m_binDir;
    quint16 m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace nexus::test
