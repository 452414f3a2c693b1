// The set-up of the in-process ingest tests that run every test function on both storage backends: a row "sqlite"
// and a row "postgresql" (global data `postgres`), the cluster started once, and before each function a fresh tenant
// holding the standard "acme" fixture with an IngestService over it. A test class derives from it and forwards its
// initTestCase_data/initTestCase/init/cleanup slots to backendRows/startBackends/openTenant/closeTenant.
#pragma once

#include "ingestbackends.h"
#include "postgrescluster.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "common/clock.h"
#include "server/ingestservice.h"

#include <QObject>
#include <QTest>

#include <memory>

namespace nexus::test {

class IngestTest : public QObject
{
protected:
    TempDir m_dir;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    IngestBackends m_backends { m_dir };
    IngestTenant m_acmeTenant;
    Database *m_tenant = nullptr; // this function's tenant: an SQLite file or a PostgreSQL schema
    std::unique_ptr<IngestService> m_ingest;
    int m_round = 0;

    static void backendRows()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void startBackends()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        const Status started = m_backends.startPostgres();
        NEXUS_WARN_WITHOUT_POSTGRES(started);
    }

    // Tenant "<slug><round>" on this row's backend (skipped without PostgreSQL).
    void openTenant(const QString &slug)
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && !m_backends.hasPostgres())
            QSKIP("no PostgreSQL server on this machine");
        Result<IngestTenant> tenant = m_backends.create(postgres, slug + QString::number(++m_round));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        m_acmeTenant = std::move(*tenant);
        m_tenant = &m_acmeTenant.db();
        QVERIFY(m_acme.writeInto(*m_tenant));
        m_ingest = std::make_unique<IngestService>(*m_tenant, Clock::system());
    }

    void closeTenant()
    {
        m_ingest.reset();
        m_tenant = nullptr;
        m_acmeTenant = {};
    }
};

} // namespace nexus::test
