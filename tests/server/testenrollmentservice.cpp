// EnrollmentService in-process with a mock clock: expiry to the second, single use across two server processes'
// worth of connections, nothing secret stored in clear.
#include "mockclock.h"
#include "tempdir.h"
#include "tenantfixture.h"

#include "server/enrollmentcode.h"
#include "server/enrollmentservice.h"
#include "server/sqliteserverstorage.h"
#include "server/tenantservice.h"
#include "store/schemadatabase.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestEnrollmentService final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    MockClock m_clock;
    TenantFixture m_fixture = TenantFixture::standard(QStringLiteral("acme"));
    std::unique_ptr<SqliteServerStorage> m_storage;

    wire::EnrollRequest request(const QString &code) const
    {
        return wire::EnrollRequest { code, QStringLiteral("caja-1") };
    }

    [[nodiscard]] QByteArray masterBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(m_dir.file(QStringLiteral("master.db")) + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto storage = SqliteServerStorage::open(m_dir.path());
        QVERIFY(storage);
        m_storage = std::move(*storage);
        Result<TenantRecord> tenant
            = TenantService(*m_storage, m_clock).create(QStringLiteral("acme"), QStringLiteral("Acme"));
        QVERIFY2(tenant, qPrintable(tenant ? QString() : tenant.error().logMessage()));
        auto db = openWithSchema(m_storage->tenantDir(QStringLiteral("acme")) + QStringLiteral("/tenant.db"),
            Durability::Full, QStringLiteral("server/tenant"));
        QVERIFY(db);
        QVERIFY(m_fixture.writeInto(**db));
    }

    void expiresExactlyAtItsTtl()
    {
        EnrollmentService service(*m_storage, m_clock);
        Result<IssuedCode> early = service.issueCode(QStringLiteral("acme"), QStringLiteral("MTY"), 3600);
        Result<IssuedCode> late = service.issueCode(QStringLiteral("acme"), QStringLiteral("MTY"), 3600);
        QVERIFY(early && late);
        QCOMPARE(early->expiresAt, m_clock.nowUtc().addSecs(3600));
        QCOMPARE(early->branch.id, m_fixture.branchId(QStringLiteral("MTY")));

        m_clock.advanceMs(3599 * 1000);
        auto inTime = service.enroll(request(early->code));
        QVERIFY2(inTime, qPrintable(inTime ? QString() : inTime.error().message));
        QCOMPARE(inTime->branch.code, QStringLiteral("MTY"));

        m_clock.advanceMs(1000); // now == expires_at: expired
        auto tooLate = service.enroll(request(late->code));
        QVERIFY(!tooLate);
        QCOMPARE(tooLate.error().httpStatus, 410);
        QCOMPARE(tooLate.error().code, QStringLiteral("code_expired"));
        QCOMPARE(tooLate.error().field, QStringLiteral("code"));
    }

    void singleUseAcrossConnections()
    {
        // Two storages on the same folder behave like two server processes sharing master.db.
        auto second = SqliteServerStorage::open(m_dir.path());
        QVERIFY(second);
        EnrollmentService a(*m_storage, m_clock);
        EnrollmentService b(**second, m_clock);
        Result<IssuedCode> code = a.issueCode(QStringLiteral("acme"), QStringLiteral("GDL"));
        QVERIFY(code);
        auto first = b.enroll(request(code->code));
        QVERIFY(first);
        auto again = a.enroll(request(code->code));
        QVERIFY(!again);
        QCOMPARE(again.error().httpStatus, 410);
        QCOMPARE(again.error().code, QStringLiteral("code_used"));
        Result<std::optional<DeviceRecord>> device = m_storage->master().device(first->deviceId);
        QVERIFY(device && *device);
        QCOMPARE((*device)->branchId, m_fixture.branchId(QStringLiteral("GDL")));
        QCOMPARE((*device)->name, QStringLiteral("caja-1"));
        QCOMPARE((*device)->epoch, 1);

        // Neither the code nor the device secret is in the master database in clear.
        QVERIFY(QFile::exists(m_dir.file(QStringLiteral("master.db"))));
        const QByteArray stored = masterBytes();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(EnrollmentCode::normalize(code->code).toLatin1()));
        QVERIFY(!stored.contains(code->code.toLatin1()));
        QVERIFY(!stored.contains(first->deviceSecret.toLatin1()));
        QVERIFY(stored.contains(EnrollmentService::hashSecret(first->deviceSecret).toLatin1()));
    }

    void secretsAreUniqueAndLongEnough()
    {
        EnrollmentService service(*m_storage, m_clock);
        QSet<QString> secrets;
        for (int i = 0; i < 5; ++i) {
            Result<IssuedCode> code = service.issueCode(QStringLiteral("acme"), QStringLiteral("MTY"));
            QVERIFY(code);
            auto enrolled = service.enroll(request(code->code));
            QVERIFY(enrolled);
            QCOMPARE(
                QByteArray::fromBase64(enrolled->deviceSecret.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
            QVERIFY(!enrolled->deviceSecret.contains(QLatin1Char('=')));
            secrets.insert(enrolled->deviceSecret);
        }
        QCOMPARE(secrets.size(), 5);
    }

    void issueValidation_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<QString>("field");
        QTest::newRow("no tenant") << QString() << QStringLiteral("MTY") << qint64(3600) << QStringLiteral("tenant");
        QTest::newRow("unknown tenant") << QStringLiteral("nope") << QStringLiteral("MTY") << qint64(3600)
                                        << QStringLiteral("tenant");
        QTest::newRow("no branch") << QStringLiteral("acme") << QString() << qint64(3600) << QStringLiteral("branch");
        QTest::newRow("unknown branch") << QStringLiteral("acme") << QStringLiteral("XXX") << qint64(3600)
                                        << QStringLiteral("branch");
        QTest::newRow("ttl zero") << QStringLiteral("acme") << QStringLiteral("MTY") << qint64(0)
                                  << QStringLiteral("ttl-hours");
        QTest::newRow("ttl too long") << QStringLiteral("acme") << QStringLiteral("MTY")
                                      << EnrollmentService::kMaxTtlSeconds + 1 << QStringLiteral("ttl-hours");
    }

    void issueValidation()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, branch);
        QFETCH(qint64, ttl);
        QFETCH(QString, field);
        Result<IssuedCode> issued = EnrollmentService(*m_storage, m_clock).issueCode(tenant, branch, ttl);
        QVERIFY(!issued);
        QCOMPARE(issued.error().field(), field);
    }

    void tenantSlugRules_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("valid");
        QTest::newRow("demo") << QStringLiteral("demo") << true;
        QTest::newRow("with dash") << QStringLiteral("refa-norte-2") << true;
        QTest::newRow("upper") << QStringLiteral("Demo") << false;
        QTest::newRow("space") << QStringLiteral("de mo") << false;
        QTest::newRow("dots") << QStringLiteral("../x") << false;
        QTest::newRow("leading dash") << QStringLiteral("-demo") << false;
        QTest::newRow("one char") << QStringLiteral("d") << false;
        QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << false;
    }

    void tenantSlugRules()
    {
        QFETCH(QString, slug);
        QFETCH(bool, valid);
        QCOMPARE(TenantService::validateSlug(slug).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentService)
#include "testenrollmentservice.moc"
