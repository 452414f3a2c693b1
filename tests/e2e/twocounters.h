// Two counters of the tenant "acme", one at MTY and one at GDL, enrolled with a real nexus-server on the SQLite files
// or, with NEXUS_TEST_BACKEND=postgresql, on a throwaway PostgreSQL cluster: where the e2e tests of what one branch
// tells the others start from.
#pragma once

#include "../server/serverbackend.h"
#include "../server/tenantfixture.h"
#include "enrolledcounter.h"
#include "tenantstack.h"

#include <functional>
#include <memory>

namespace nexus::test {

class TwoCounters final
{
public:
    Q_DISABLE_COPY_MOVE(TwoCounters)
    explicit TwoCounters(QString root) : m_root(std::move(root)), m_backend(m_root + QStringLiteral("/server")) { }
    ~TwoCounters() { (void)stop(); }

    // PostgreSQL when it is asked for: an error when it cannot start (skip, or fail when PostgresCluster::required()).
    [[nodiscard]] Status startBackend() { return m_backend.start(); }

    // The tenant with `fixture` (and `seed` on its database), the server, both counters enrolled: '' or what failed.
    [[nodiscard]] QString start(const TenantFixture &fixture, const std::function<bool(Database &)> &seed = {})
    {
        const TenantStack stack = createTenantStack(
            m_root, m_backend.databaseUrl(), fixture, { QStringLiteral("MTY"), QStringLiteral("GDL") }, seed);
        if (!stack.error.isEmpty())
            return stack.error;
        m_server = m_backend.server();
        if (!m_server->start())
            return m_server->log();
        mty = enrollCounter(*m_server, stack.codes.at(0), m_root + QStringLiteral("/mty"), QStringLiteral("mty"));
        gdl = enrollCounter(*m_server, stack.codes.at(1), m_root + QStringLiteral("/gdl"), QStringLiteral("gdl"));
        return mty.store && gdl.store ? QString() : QStringLiteral("a counter could not enroll");
    }

    // Closes both counters, then stops the server: its exit code (0 when it stopped cleanly).
    [[nodiscard]] int stop()
    {
        mty = {};
        gdl = {};
        const int code = m_server ? m_server->stop() : 0;
        m_server.reset();
        return code;
    }

    [[nodiscard]] ServerBackend &backend() { return m_backend; }
    [[nodiscard]] ServerProcess &server() { return *m_server; }

    EnrolledCounter mty;
    EnrolledCounter gdl;

private:
    QString m_root;
    ServerBackend m_backend;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace nexus::test
