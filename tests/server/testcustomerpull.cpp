// The "customers" bucket through the real nexus-server and the counter's PullClient: every customer of the device's
// tenant (never another tenant's) lands in nexus.db with the server's credit figures and unpaid charges; a change at
// the server moves it to the end of the log and the next pull brings only it; a customer removed at head office is
// hidden, not deleted; a counter's customer not yet on the server and its newer local edits survive full passes.
// Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/enrollment.h"
#include "client/httpclient.h"
#include "client/pullclient.h"
#include "client/transportsession.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "customers/rfc.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestCustomerPull final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    QString m_data;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    TenantFixture m_beta = TenantFixture::standard(QStringLiteral("beta"));
    TempDir m_deviceDir;
    std::unique_ptr<LocalStore> m_device;
    QString m_deviceId;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<TransportSession> m_session;

    bool serverSql(const QString &slug, const QString &sql, const QVariantList &values = {})
    {
        auto db = m_backend->openTenant(slug);
        if (!db)
            return false;
        Result<QSqlQuery> done = (*db)->exec(sql, values);
        if (!done)
            qWarning("server sql: %s", qPrintable(done.error().logMessage()));
        return done.has_value();
    }

    bool addCustomer(const QString &slug, const QString &id, const QString &name, qint64 limit)
    {
        return serverSql(slug,
            QStringLiteral("INSERT INTO customers(id, name, rfc, fiscal_regime, postal_code, phone, price_list, "
                           "credit_limit_cents, credit_days, created_at) VALUES (?, ?, '', '', '', '', 'mayoreo', ?, "
                           "30, '2026-01-01T00:00:00.000Z')"),
            { id, name, limit });
    }

    qint64 deviceCount(const QString &sql, const QVariantList &values = {})
    {
        auto value = m_device->db().scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    QString deviceText(const QString &sql, const QVariantList &values = {})
    {
        auto value = m_device->db().scalar(sql, values);
        return value ? value->toString() : QString();
    }

    void createTenant(const QString &slug, const TenantFixture &fixture)
    {
        if (!m_backend->postgres()) {
            const QString demo = m_root.file(slug + QStringLiteral("-demo"));
            QVERIFY(fixture.writeDemoFolder(demo));
            const AdminRun created = runAdmin({ QStringLiteral("tenant"), QStringLiteral("create"),
                QStringLiteral("--data"), m_data, QStringLiteral("--slug"), slug, QStringLiteral("--name"), slug,
                QStringLiteral("--import"), demo });
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        } else {
            const AdminRun created
                = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + m_backend->adminArgs()
                    + QStringList { QStringLiteral("--slug"), slug, QStringLiteral("--name"), slug });
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            auto db = m_backend->openTenant(slug);
            QVERIFY2(db.has_value(), why(db).constData());
            QVERIFY(fixture.writeInto(**db));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        m_data = m_root.file(QStringLiteral("server"));
        m_backend = std::make_unique<ServerBackend>(m_data);
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        createTenant(QStringLiteral("acme"), m_acme);
        createTenant(QStringLiteral("beta"), m_beta);
        for (int i = 1; i <= 12; ++i)
            QVERIFY(addCustomer(QStringLiteral("acme"), QStringLiteral("acme-c%1").arg(i, 2, 10, QLatin1Char('0')),
                QStringLiteral("Cliente Ñandú %1").arg(i), i * 10000));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(addCustomer(QStringLiteral("beta"), QStringLiteral("beta-c%1").arg(i),
                QStringLiteral("Otro %1").arg(i), 0));
        // acme-c01 owes $250 of a credit sale.
        QVERIFY(serverSql(QStringLiteral("acme"),
            QStringLiteral("INSERT INTO customer_account_ledger(id, customer_id, branch_id, device_id, kind, "
                           "amount_cents, ref_type, ref_id, folio, due_on, at, received_at) VALUES ('s1:account', "
                           "'acme-c01', ?, 'd', 'charge', 25000, 'sale', 's1', 'MTY1-000001', '2026-02-01', "
                           "'2026-01-02T10:00:00.000Z', 'x')"),
            { m_acme.branchId(QStringLiteral("MTY")) }));

        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        auto store = LocalStore::open(m_deviceDir.file(QStringLiteral("nexus.db")));
        QVERIFY(store);
        m_device = std::move(*store);
        const AdminRun code = runAdmin(QStringList { QStringLiteral("enroll-code") } + m_backend->adminArgs()
            + QStringList { QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--branch"),
                QStringLiteral("MTY") });
        QCOMPARE(code.exitCode, 0);
        Result<EnrollmentResult> enrolled = enrollDevice(*m_device,
            EnrollmentRequest { m_server->url(), code.out.trimmed(), QStringLiteral("caja"), m_server->caFile() });
        QVERIFY2(enrolled, why(enrolled).constData());
        m_deviceId = enrolled->deviceId;
        Result<QByteArray> secret = loadDeviceSecret(*m_device);
        QVERIFY(secret);
        m_transport = std::make_unique<CurlTransport>(
            m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr });
        m_session = std::make_unique<TransportSession>(*m_transport, enrolled->deviceId, QString::fromUtf8(*secret));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void customersOfTheTenantArriveWithTheirAccounts()
    {
        // A customer created at this counter, not on the server yet: no full pass may take it away.
        CustomerFields mine;
        mine.name = QStringLiteral("Recién llegado");
        mine.phone = QStringLiteral("8199999999");
        Result<Customer> local = CustomerService(m_device->db(), Clock::system())
                                     .create(mine,
                                         CustomerContext { m_deviceId, m_acme.branchId(QStringLiteral("MTY")),
                                             QStringLiteral("u"), Role::Cashier, {}, {} });
        QVERIFY2(local, why(local).constData());

        PullClient client(m_device->db(), *m_session, Clock::system());
        Result<PullOutcome> pulled = client.pull(QStringLiteral("customers"), 5);
        QVERIFY2(pulled, why(pulled).constData());
        QCOMPARE(pulled->checkpoint.count, 12);
        QVERIFY(pulled->pages >= 3);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM customers WHERE id LIKE 'acme-%' AND active = 1")), 12);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM customers WHERE id LIKE 'beta-%'")), 0);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND active = 1"),
                     { local->id }),
            1);
        QCOMPARE(deviceCount(QStringLiteral("SELECT balance_cents FROM customers WHERE id = 'acme-c01'")), 25000);
        const QJsonArray documents
            = QJsonDocument::fromJson(
                deviceText(QStringLiteral("SELECT open_documents FROM customers WHERE id = 'acme-c01'")).toUtf8())
                  .array();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value(QStringLiteral("folio")).toString(), QStringLiteral("MTY1-000001"));
        QCOMPARE(documents.at(0).toObject().value(QStringLiteral("remaining_cents")).toInteger(), 25000);
        Result<CreditPosition> position
            = CustomerService(m_device->db(), Clock::system()).creditPosition(QStringLiteral("acme-c01"));
        QVERIFY2(position, why(position).constData());
        QCOMPARE(position->available(), Money(10000 - 25000));
        // Found by the counter's search, accents and case aside.
        Result<QList<Customer>> found
            = CustomerService(m_device->db(), Clock::system()).search(QStringLiteral("nandu 12"));
        QVERIFY2(found, why(found).constData());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, QStringLiteral("acme-c12"));

        // At the server: a new store credit, an edit by HQ, a removal. Only those three come next.
        QVERIFY(serverSql(QStringLiteral("acme"),
            QStringLiteral("INSERT INTO store_credit_ledger(id, customer_id, branch_id, amount_cents, ref_type, "
                           "ref_id, at) VALUES ('r1', 'acme-c02', ?, 4000, 'return', 'ret', 'x')"),
            { m_acme.branchId(QStringLiteral("MTY")) }));
        QVERIFY(serverSql(QStringLiteral("acme"),
            QStringLiteral("UPDATE customers SET name = 'Cliente renombrado', hlc = '0000000000000001.00000.hq' "
                           "WHERE id = 'acme-c03'")));
        QVERIFY(serverSql(QStringLiteral("acme"), QStringLiteral("DELETE FROM customers WHERE id = 'acme-c04'")));
        Result<PullOutcome> delta = client.pull(QStringLiteral("customers"), 5);
        QVERIFY2(delta, why(delta).constData());
        QCOMPARE(delta->rows, 3);
        QCOMPARE(delta->fullPasses, 0);
        QCOMPARE(deviceCount(QStringLiteral("SELECT store_credit_cents FROM customers WHERE id = 'acme-c02'")), 4000);
        QCOMPARE(deviceText(QStringLiteral("SELECT name FROM customers WHERE id = 'acme-c03'")),
            QStringLiteral("Cliente renombrado"));
        QCOMPARE(deviceCount(QStringLiteral("SELECT active FROM customers WHERE id = 'acme-c04'")), 0);

        // A newer local edit of acme-c05 survives a full pass that brings the older server version.
        Result<std::optional<Customer>> c5 = CustomerService(m_device->db(), Clock::system()).find(QStringLiteral("acme-c05"));
        QVERIFY(c5 && *c5);
        CustomerFields edited = (**c5).fields;
        edited.email = QStringLiteral("c5@example.mx");
        QVERIFY(CustomerService(m_device->db(), Clock::system())
                    .update(QStringLiteral("acme-c05"), edited,
                        CustomerContext { m_deviceId, m_acme.branchId(QStringLiteral("MTY")), QStringLiteral("u"),
                            Role::Cashier, {}, {} }));
        QVERIFY(m_device->db().exec(QStringLiteral("UPDATE pull_state SET cursor = '', full_pass = 1, pass = pass + 1 "
                                                   "WHERE bucket = 'customers'")));
        Result<PullOutcome> full = client.pull(QStringLiteral("customers"), 50);
        QVERIFY2(full, why(full).constData());
        QCOMPARE(deviceText(QStringLiteral("SELECT email FROM customers WHERE id = 'acme-c05'")),
            QStringLiteral("c5@example.mx"));
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND active = 1"),
                     { local->id }),
            1);
        QCOMPARE(deviceCount(QStringLiteral("SELECT count(*) FROM customers WHERE active = 1")), 12); // 11 + the local
        Result<wire::PullCheckpoint> checkpoint = client.localCheckpoint(QStringLiteral("customers"));
        QVERIFY(checkpoint);
        QCOMPARE(checkpoint->count, full->checkpoint.count);
    }
};

QTEST_GUILESS_MAIN(TestCustomerPull)
#include "testcustomerpull.moc"
