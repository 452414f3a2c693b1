// An opt-out given at one branch is honoured at all: two counters (MTY, GDL) enrolled with the real nexus-server over
// HTTPS, each with its real SyncEngine. A customer's channel preferences saved at MTY go up as
// customer.notification_preferences_set and come down to GDL in the "customer_cards" bucket, where an order-ready
// notice then logs WhatsApp and e-mail as skipped (opted out); GDL's later change comes back to MTY; a newer edit
// not yet pushed survives a pull and then wins everywhere, over an older one pushed meanwhile. Runs on SQLite,
// and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql (e2e_testnotificationpreferences_postgresql).
#include "tempdir.h"
#include "twocounters.h"

#include "common/clock.h"
#include "customers/customerservice.h"
#include "notifications/customerpreferences.h"
#include "notifications/notificationservice.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestNotificationPreferences final : public QObject
{
    Q_OBJECT

private:
    TempDir m_root;
    TwoCounters m_stack { m_root.path() };
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    EnrolledCounter &m_mty = m_stack.mty;
    EnrolledCounter &m_gdl = m_stack.gdl;

    static CustomerChannelPreferences preferences(EnrolledCounter &counter, const QString &customerId)
    {
        Result<CustomerChannelPreferences> p = NotificationStore(counter.db()).preferences(customerId);
        return p ? *p : CustomerChannelPreferences { false, false, false };
    }
    static QString describe(const CustomerChannelPreferences &p)
    {
        return QStringLiteral("whatsapp=%1 email=%2 opted_out=%3").arg(p.whatsapp).arg(p.email).arg(p.optedOut);
    }
    static bool save(EnrolledCounter &counter, const QString &customerId, const CustomerChannelPreferences &p,
        const QString &at)
    {
        Status saved = saveCustomerPreferences(
            counter.db(), customerId, p, QStringLiteral("Ana"), counter.profile.branchId, at);
        if (!saved)
            qWarning("%s", why(saved).constData());
        return saved.has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QVERIFY(m_root.isValid());
        const Status started = m_stack.startBackend();
        NEXUS_REQUIRE_POSTGRES(started);
        const QString failed = m_stack.start(m_acme);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

    void optOutAtOneBranchIsHonouredAtAll()
    {
        CustomerFields f;
        f.name = QStringLiteral("Refugio Núñez");
        f.phone = QStringLiteral("8112345670");
        f.email = QStringLiteral("refugio@example.mx");
        Result<Customer> customer = CustomerService(m_mty.db(), Clock::system())
                                        .create(f,
                                            CustomerContext { m_mty.profile.deviceId, m_mty.profile.branchId,
                                                QStringLiteral("u-gerente"), Role::Manager, {}, {} });
        QVERIFY2(customer, why(customer).constData());
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QVERIFY(describe(preferences(m_gdl, customer->id)) == describe({ true, true, false }));

        // At MTY the customer asks for no more messages.
        QVERIFY(save(m_mty, customer->id, { false, false, true }, QStringLiteral("2026-03-02T15:00:00.000Z")));
        QCOMPARE(m_mty.pending(), 1);
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QCOMPARE(describe(preferences(m_gdl, customer->id)), describe({ false, false, true }));

        // GDL's order-ready notice: nothing goes to the customer, and its log says why.
        NotificationService gdlNotices(m_gdl.db(), Clock::system());
        Result<int> queued = gdlNotices.notify(NotificationEvent::OrderReady, QStringLiteral("ev-gdl-1"),
            { customer->id, {}, {} },
            { { QStringLiteral("cliente"), f.name }, { QStringLiteral("vehiculo"), QStringLiteral("Tsuru") },
                { QStringLiteral("folio"), QStringLiteral("OS-000001") }, { QStringLiteral("monto"), QStringLiteral("$1.00") },
                { QStringLiteral("enlace"), QString() }, { QStringLiteral("sucursal"), QStringLiteral("GDL") } },
            QStringLiteral("service_order"), QStringLiteral("o-1"));
        QVERIFY2(queued, why(queued).constData());
        QCOMPARE(*queued, 1); // the branch's own in-app notice
        Result<std::vector<NotificationMessage>> skipped
            = gdlNotices.store().messages(MessageState::Skipped, std::nullopt, 10);
        QVERIFY(skipped);
        QCOMPARE(skipped->size(), size_t(2));
        for (const NotificationMessage &m : *skipped)
            QCOMPARE(m.skipReason, SkipReason::OptedOut);

        // GDL takes WhatsApp back (later): it reaches MTY.
        QVERIFY(save(m_gdl, customer->id, { true, false, false }, QStringLiteral("2026-03-02T16:00:00.000Z")));
        QVERIFY(m_gdl.sync());
        QVERIFY(m_mty.sync());
        QCOMPARE(describe(preferences(m_mty, customer->id)), describe({ true, false, false }));

        // Both change them again before syncing: GDL first (16:30), MTY later (17:00). MTY's newer edit, not pushed
        // yet, survives a pull; pushed, it wins at the server. GDL's older one is superseded there, and MTY's comes
        // down over it in the same pass.
        QVERIFY(save(m_gdl, customer->id, { true, true, false }, QStringLiteral("2026-03-02T16:30:00.000Z")));
        QVERIFY(save(m_mty, customer->id, { false, true, false }, QStringLiteral("2026-03-02T17:00:00.000Z")));
        Result<SyncEngine::PullPassResult> pulled = m_mty.engine->pullBuckets();
        QVERIFY2(pulled, why(pulled).constData());
        QCOMPARE(describe(preferences(m_mty, customer->id)), describe({ false, true, false }));
        QVERIFY(m_mty.sync());
        QVERIFY(m_gdl.sync());
        QCOMPARE(describe(preferences(m_gdl, customer->id)), describe({ false, true, false }));
        QVERIFY(m_mty.sync());
        QCOMPARE(describe(preferences(m_mty, customer->id)), describe({ false, true, false }));
    }
};

QTEST_GUILESS_MAIN(TestNotificationPreferences)
#include "testnotificationpreferences.moc"
