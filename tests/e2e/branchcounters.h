// Two counters of branch MTY ("a", "b") and one of GDL of the tenant "acme", enrolled with a real nexus-server on the
// SQLite files or, with NEXUS_TEST_BACKEND=postgresql, on a throwaway PostgreSQL cluster: where the e2e tests of what
// one device tells the other devices of its branch (and never another branch) start from.
#pragma once

#include "../server/serverbackend.h"
#include "../server/tenantfixture.h"
#include "enrolledcounter.h"
#include "tenantstack.h"

#include <memory>

namespace nexus::test {

class BranchCounters final
{
public:
    Q_DISABLE_COPY_MOVE(BranchCounters)
    explicit BranchCounters(QString root) : m_root(std::move(root)), m_backend(m_root + QStringLiteral("/server")) { }
    ~BranchCounters() { (void)stop(); }

    // PostgreSQL when it is asked for: an error when it cannot start (skip, or fail when PostgresCluster::required()).
    [[nodiscard]] Status startBackend() { return m_backend.start(); }

    // The tenant with `fixture`, the server, the three counters enrolled: '' or what failed.
    [[nodiscard]] QString start(const TenantFixture &fixture)
    {
        const TenantStack stack = createTenantStack(m_root, m_backend.databaseUrl(), fixture,
            { QStringLiteral("MTY"), QStringLiteral("MTY"), QStringLiteral("GDL") });
        if (!stack.error.isEmpty())
            return stack.error;
        m_server = m_backend.server();
        if (!m_server->start())
            return m_server->log();
        a = enrollCounter(*m_server, stack.codes.at(0), m_root + QStringLiteral("/a"), QStringLiteral("a"));
        b = enrollCounter(*m_server, stack.codes.at(1), m_root + QStringLiteral("/b"), QStringLiteral("b"));
        gdl = enrollCounter(*m_server, stack.codes.at(2), m_root + QStringLiteral("/gdl"), QStringLiteral("gdl"));
        if (!a.store || !b.store || !gdl.store)
            return QStringLiteral("a counter could not enroll");
        return a.profile.branchId == b.profile.branchId ? QString() : QStringLiteral("a and b are not of one branch");
    }

    // Closes the counters, then stops the server: its exit code (0 when it stopped cleanly).
    [[nodiscard]] int stop()
    {
        a = {};
        b = {};
        gdl = {};
        const int code = m_server ? m_server->stop() : 0;
        m_server.reset();
        return code;
    }

    [[nodiscard]] ServerBackend &backend() { return m_backend; }

    EnrolledCounter a;
    EnrolledCounter b;
    EnrolledCounter gdl;

private:
    QString m_root;
    ServerBackend m_backend;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace nexus::test
