// The set-up of the ingest tests that push a real counter's outbox to the real nexus-server over HTTPS: the server on
// the backend NEXUS_TEST_BACKEND names (SQLite by default), tenant "acme" with its standard branches, an enrolled device
// and its nexus.db; helpers that push the counter's facts not pushed yet, or one hand-made fact, and read the tenant.
#pragma once

#include "enrolleddevice.h"
#include "pushcounter.h"
#include "serverbackend.h"
#include "serverprocess.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "client/curltransport.h"
#include "client/httpclient.h"
#include "client/transportsession.h"
#include "common/idgenerator.h"
#include "customers/customerservice.h"
#include "protocol/pushmessages.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

namespace nexus::test {

// A test class derives from it and calls startCounterAndServer() from initTestCase(), stopServer() from
// cleanupTestCase().
class CounterPushTest : public QObject
{
protected:
    TempDir m_root;
    std::unique_ptr<ServerBackend> m_backend;
    std::unique_ptr<ServerProcess> m_server;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    EnrolledDevice m_device;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<TransportSession> m_session;
    std::unique_ptr<LocalStore> m_counter;
    qint64 m_pushedSeq = 0;
    qint64 m_nextSeq = 1000; // hand-made facts

    CustomerContext context() const
    {
        return CustomerContext { m_device.id, m_device.branchId, QStringLiteral("u-gerente"), Role::Manager, {}, {} };
    }

    PushCounter pushes() { return PushCounter(*m_session, m_device.id, m_counter->db()); }

    QJsonObject post(const QList<wire::PushMutation> &mutations) { return pushes().answer(mutations); }

    // POST /v1/sync/push of `mutations`; the statuses of the results in order.
    QStringList postStatuses(const QList<wire::PushMutation> &mutations) { return pushes().post(mutations); }

    // Every fact of the counter's outbox, pushed or not, in seq order.
    QList<wire::PushMutation> pending() { return pushes().pending(); }

    // Pushes the whole outbox in one request; the statuses in order.
    QStringList pushPending() { return pushes().pushPending(); }

    static QStringList statuses(const QJsonObject &answer)
    {
        QStringList list;
        for (const QJsonValue &result : answer.value(QStringLiteral("results")).toArray()) {
            list << result.toObject().value(QStringLiteral("status")).toString();
            if (list.constLast() != QLatin1String("applied"))
                qInfo("%s", qPrintable(result.toObject().value(QStringLiteral("detail")).toString()));
        }
        return list;
    }

    // The counter's facts not pushed yet, in seq order, as the sync engine sends them.
    QStringList pushCounter()
    {
        QList<wire::PushMutation> mutations;
        for (const wire::PushMutation &mutation : pending())
            if (mutation.seq > m_pushedSeq)
                mutations << mutation;
        if (mutations.isEmpty())
            return {};
        const QStringList result = statuses(post(mutations));
        m_pushedSeq = mutations.constLast().seq;
        return result;
    }

    QStringList pushOne(const QString &type, const QJsonObject &payload)
    {
        return statuses(post({ wire::PushMutation {
            IdGenerator::instance().nextString(), ++m_nextSeq, 1, type, payload, {}, {} } }));
    }

    QVariant tenantValue(const QString &sql, const QVariantList &values = {})
    {
        Result<std::unique_ptr<Database>> db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("check"));
        if (!db)
            return {};
        Result<QVariant> value = (*db)->scalar(sql, values);
        return value ? *value : QVariant();
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        const QVariant value = tenantValue(sql, values);
        return value.isValid() ? value.toLongLong() : -1;
    }

    QString tenantText(const QString &sql, const QVariantList &values = {})
    {
        return tenantValue(sql, values).toString();
    }

    // `counterName` names the counter's database connection. A test that needs more branches adds their codes to
    // m_acme before calling it.
    void startCounterAndServer(const QString &counterName = QStringLiteral("counter"))
    {
        QVERIFY(m_root.isValid());
        m_backend = std::make_unique<ServerBackend>(m_root.file(QStringLiteral("server")));
        const Status started = m_backend->start();
        NEXUS_REQUIRE_POSTGRES(started);
        const AdminRun created
            = runAdmin(QStringList { QStringLiteral("tenant"), QStringLiteral("create") } + m_backend->adminArgs()
                + QStringList { QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                    QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        {
            Result<std::unique_ptr<Database>> db = m_backend->openTenant(QStringLiteral("acme"), QStringLiteral("fix"));
            QVERIFY(db);
            QVERIFY(m_acme.writeInto(**db));
        }
        m_server = m_backend->server();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        m_device = enrollDevice(*m_backend, *m_server, QStringLiteral("acme"), m_acme);
        QVERIFY(!m_device.id.isEmpty());
        m_transport = std::make_unique<CurlTransport>(
            m_server->url(), HttpClient::Options { m_server->caFile(), 5000, 30000, nullptr });
        m_session = std::make_unique<TransportSession>(*m_transport, m_device.id, m_device.secret);
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(m_root.file(QStringLiteral("counter.db")), counterName);
        QVERIFY2(store, why(store).constData());
        m_counter = std::move(*store);
    }

    void stopServer()
    {
        m_session.reset();
        m_transport.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }
};

} // namespace nexus::test
