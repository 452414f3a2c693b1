// TlsIdentity: the self-signed certificate is made once with the right names and a private key, then reused.
#include "tempdir.h"

#include "server/tlsidentity.h"

#include <QFile>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestTlsIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOnceThenReuses()
    {
        TempDir dir;
        const QString tls = dir.file(QStringLiteral("tls"));
        Result<TlsIdentity> first = TlsIdentity::loadOrCreate(tls);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().logMessage()));
        QVERIFY(first->generated);
        QVERIFY(!first->certificate.isNull());
        QVERIFY(!first->key.isNull());
        QCOMPARE(first->key.algorithm(), QSsl::Ec);
        QVERIFY(first->certificate.isSelfSigned());
        const auto names = first->certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(first->certificate.effectiveDate() <= QDateTime::currentDateTimeUtc());
        QVERIFY(first->certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(5));
        const QFile::Permissions shared = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(first->keyPath) & shared, QFile::Permissions());
        QVERIFY(QFile::permissions(first->certificatePath) & QFile::ReadOther); // counters get a copy of it

        Result<TlsIdentity> second = TlsIdentity::loadOrCreate(tls);
        QVERIFY(second);
        QVERIFY(!second->generated);
        QCOMPARE(second->fingerprint(), first->fingerprint());
        QCOMPARE(second->fingerprint().size(), 32 * 3 - 1); // "AB:CD:…"

        // A third data folder gets its own certificate.
        Result<TlsIdentity> other = TlsIdentity::loadOrCreate(dir.file(QStringLiteral("other")));
        QVERIFY(other);
        QVERIFY(other->fingerprint() != first->fingerprint());
    }

    void refusesHalfAPairAndMismatches()
    {
        TempDir dir;
        Result<TlsIdentity> a = TlsIdentity::loadOrCreate(dir.file(QStringLiteral("a")));
        Result<TlsIdentity> b = TlsIdentity::loadOrCreate(dir.file(QStringLiteral("b")));
        QVERIFY(a && b);

        Result<TlsIdentity> mismatched = TlsIdentity::load(a->certificatePath, b->keyPath);
        QVERIFY(!mismatched);
        QCOMPARE(mismatched.error().field(), QStringLiteral("tls-key"));

        Result<TlsIdentity> missing = TlsIdentity::load(dir.file(QStringLiteral("none.pem")), a->keyPath);
        QVERIFY(!missing);
        QCOMPARE(missing.error().field(), QStringLiteral("tls-cert"));

        // The key lost, the certificate kept: an error, not a silently different certificate.
        QVERIFY(QFile::remove(b->keyPath));
        Result<TlsIdentity> half = TlsIdentity::loadOrCreate(dir.file(QStringLiteral("b")));
        QVERIFY(!half);
        QCOMPARE(half.error().code(), ErrorCode::Conflict);
        QVERIFY(QFile::exists(b->certificatePath));
    }
};

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "testtlsidentity.moc"
