// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl from the Debian package on a free loopback port.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "common/error.h"
#include "why.h"

#include <QTest>

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
    // Starts one into `cluster` unless it already holds one (a data-driven test's PostgreSQL rows share it).
    [[nodiscard]] static Status startOnce(std::unique_ptr<PostgresCluster> &cluster);
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

// Ends the current test function when PostgreSQL could not be had (`outcome`, a Result or Status, failed): a failure
// where the suite must run on it (PostgresCluster::required()), a skip elsewhere.
#define NEXUS_REQUIRE_POSTGRES(outcome)                                                                                \
    do {                                                                                                               \
        if (!(outcome)) {                                                                                              \
            if (::nexus::test::PostgresCluster::required())                                                            \
                QFAIL(::nexus::test::why(outcome).constData());                                                        \
            QSKIP(::nexus::test::why(outcome).constData());                                                            \
        }                                                                                                              \
    } while (false)

// The same for a test whose SQLite rows still run without PostgreSQL: a failure where it is required, a warning
// elsewhere (the PostgreSQL rows then skip themselves).
#define NEXUS_WARN_WITHOUT_POSTGRES(outcome)                                                                           \
    do {                                                                                                               \
        if (!(outcome)) {                                                                                              \
            if (::nexus::test::PostgresCluster::required())                                                            \
                QFAIL(::nexus::test::why(outcome).constData());                                                        \
            qWarning("PostgreSQL rows skipped: %s", ::nexus::test::why(outcome).constData());                          \
        }                                                                                                              \
    } while (false)
