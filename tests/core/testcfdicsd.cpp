// The issuer's CSD: the SAT's .cer/.key and PEM copies, and the errors a store makes with them (password, pair, dates).
#include <QtTest>

#include "cfdi/cfdisealer.h"
#include "madecsd.h"
#include "tempdir.h"
#include "testcfdisupport.h"
#include "why.h"

using namespace nexus;
using namespace nexus::test;

class TestCfdiCsd final : public QObject
{
    Q_OBJECT

    TempDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 1, 20), QTime(18, 0), Qt::UTC);

    static Result<InvoiceRequest> invoice(const QString &date = QStringLiteral("2026-01-15T10:30:00"))
    {
        QJsonObject request
            = validCase(QStringLiteral("ingreso_16_una_linea")).value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("date"), date);
        return parseInvoiceRequest(request);
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.file(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_TEST_CSD();
        QVERIFY(m_dir.isValid());
    }

    void satFilesLoad()
    {
        Result<Csd> csd = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
        QVERIFY2(csd.has_value(), why(csd));
        const CsdCertificate &certificate = csd->certificate;
        QCOMPARE(certificate.number(), QStringLiteral("30001000000500003416"));
        QCOMPARE(certificate.rfc(), QStringLiteral("EKU9003173C9"));
        QCOMPARE(certificate.validFrom(), QDateTime(QDate(2023, 5, 18), QTime(11, 43, 51), Qt::UTC));
        QCOMPARE(certificate.validUntil(), QDateTime(QDate(2027, 5, 18), QTime(11, 43, 51), Qt::UTC));
        QVERIFY(certificate.isValidAt(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(!certificate.isValidAt(QDateTime(QDate(2027, 5, 18), QTime(11, 43, 52), Qt::UTC)));
        // Certificado is the .cer itself in base64.
        QCOMPARE(QByteArray::fromBase64(certificate.base64().toLatin1()), readAll(testCsdFile("EKU9003173C9.cer")));
    }

    void pemCopiesSealTheSame()
    {
        Result<Csd> der = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
        Result<Csd> pem = loadCsd(testCsdFile("EKU9003173C9.cer.pem"), testCsdFile("EKU9003173C9.key.pem"), QString());
        QVERIFY2(der.has_value(), why(der));
        QVERIFY2(pem.has_value(), why(pem));
        QCOMPARE(pem->certificate.number(), der->certificate.number());
        Result<CfdiIssuer> issuer = testIssuer();
        Result<InvoiceRequest> request = invoice();
        QVERIFY(issuer && request);
        Result<SealedCfdi> a = sealCfdi(*issuer, *request, *der, m_now);
        Result<SealedCfdi> b = sealCfdi(*issuer, *request, *pem, m_now);
        QVERIFY2(a.has_value(), why(a));
        QVERIFY2(b.has_value(), why(b));
        QCOMPARE(b->seal, a->seal); // RSA PKCS#1 v1.5 is deterministic: same key, same cadena, same Sello
        QCOMPARE(b->xml, a->xml);
        // An encrypted PEM copy of the key (what `openssl pkcs8 -topk8` gives) opens with the password too.
        const QByteArray encryptedPem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
            + readAll(testCsdFile("EKU9003173C9.key")).toBase64() + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
        Result<CsdKey> key = CsdKey::fromData(encryptedPem, kTestCsdPassword);
        QVERIFY2(key.has_value(), why(key));
        QVERIFY(key->matches(der->certificate));
        Result<CsdKey> wrong = CsdKey::fromData(encryptedPem, QStringLiteral("nope"));
        QVERIFY(!wrong.has_value());
        QCOMPARE(wrong.error().field(), QStringLiteral("password"));
    }

    void wrongPasswordIsRefused()
    {
        Result<Csd> csd
            = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), QStringLiteral("12345678b"));
        QVERIFY(!csd.has_value());
        QCOMPARE(csd.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(csd.error().field(), QStringLiteral("password"));
        Result<Csd> none = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), QString());
        QVERIFY(!none.has_value());
        QCOMPARE(none.error().field(), QStringLiteral("password"));
        QVERIFY(none.error().logMessage() != csd.error().logMessage()); // "give the password" vs "wrong password"
    }

    void keyOfAnotherCertificateIsRefused()
    {
        const MadeCsd other = makeCsd("EKU9003173C9", m_now.addYears(-1), m_now.addYears(1), "secreto");
        const QString otherKey = write(QStringLiteral("other.key"), other.keyDer);
        QVERIFY(!otherKey.isEmpty());
        Result<Csd> csd = loadCsd(testCsdFile("EKU9003173C9.cer"), otherKey, QStringLiteral("secreto"));
        QVERIFY(!csd.has_value());
        QCOMPARE(csd.error().field(), QStringLiteral("key"));
        QVERIFY2(csd.error().logMessage().contains(QLatin1String("30001000000500003416")),
            qPrintable(csd.error().logMessage()));
        // Put together by hand, the sealer refuses the pair too.
        Result<CsdCertificate> certificate = CsdCertificate::fromFile(testCsdFile("EKU9003173C9.cer"));
        Result<CsdKey> key = CsdKey::fromData(other.keyDer, QStringLiteral("secreto"));
        QVERIFY(certificate && key);
        Result<CfdiIssuer> issuer = testIssuer();
        Result<SealedCfdi> sealed = sealCfdi(*issuer, *invoice(), Csd { *certificate, *key }, m_now);
        QVERIFY(!sealed.has_value());
        QCOMPARE(sealed.error().field(), QStringLiteral("key"));
    }

    void expiredCertificateIsRefused()
    {
        // Valid for all of 2024 only: an invoice dated 2026 cannot be sealed with it, one dated in 2024 can.
        const MadeCsd expired = makeCsd("EKU9003173C9", QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC), "secreto");
        const QString cer = write(QStringLiteral("expired.cer"), expired.certificateDer);
        const QString key = write(QStringLiteral("expired.key"), expired.keyDer);
        Result<Csd> csd = loadCsd(cer, key, QStringLiteral("secreto"));
        QVERIFY2(csd.has_value(), why(csd));
        QCOMPARE(csd->certificate.number(), QStringLiteral("30001000000500009999"));
        Result<CfdiIssuer> issuer = testIssuer();
        Result<SealedCfdi> sealed = sealCfdi(*issuer, *invoice(), *csd, m_now);
        QVERIFY(!sealed.has_value());
        QCOMPARE(sealed.error().field(), QStringLiteral("cer"));
        QVERIFY2(
            sealed.error().logMessage().contains(QLatin1String("CFDI40106")), qPrintable(sealed.error().logMessage()));
        QVERIFY2(
            sealed.error().logMessage().contains(QLatin1String("2024-12-31")), qPrintable(sealed.error().logMessage()));
        Result<SealedCfdi> inTime = sealCfdi(*issuer, *invoice(QStringLiteral("2024-06-01T12:00:00")), *csd, m_now);
        QVERIFY2(inTime.has_value(), why(inTime));
        // The SAT's test CSD itself ends on 2027-05-18: an invoice dated after that is refused the same way.
        Result<Csd> sat = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
        Result<SealedCfdi> late = sealCfdi(*issuer, *invoice(QStringLiteral("2027-06-01T12:00:00")), *sat, m_now);
        QVERIFY(!late.has_value());
        QCOMPARE(late.error().field(), QStringLiteral("cer"));
    }

    void certificateOfAnotherRfcIsRefused()
    {
        const MadeCsd stranger = makeCsd("URE180429TM6", m_now.addYears(-1), m_now.addYears(1), "secreto");
        Result<Csd> csd = loadCsd(write(QStringLiteral("stranger.cer"), stranger.certificateDer),
            write(QStringLiteral("stranger.key"), stranger.keyDer), QStringLiteral("secreto"));
        QVERIFY2(csd.has_value(), why(csd));
        Result<CfdiIssuer> issuer = testIssuer();
        Result<SealedCfdi> sealed = sealCfdi(*issuer, *invoice(), *csd, m_now);
        QVERIFY(!sealed.has_value());
        QCOMPARE(sealed.error().field(), QStringLiteral("cer"));
        QVERIFY2(sealed.error().logMessage().contains(QLatin1String("URE180429TM6")),
            qPrintable(sealed.error().logMessage()));
    }

    void filesThatAreNotACsdAreRefused()
    {
        Result<CsdCertificate> text = CsdCertificate::fromData("hola");
        QVERIFY(!text.has_value());
        QCOMPARE(text.error().field(), QStringLiteral("cer"));
        // A certificate whose serial is not the SAT's 20-digit number is not a CSD.
        Result<CsdCertificate> tls = CsdCertificate::fromData(readAll(testCsdFile("EKU9003173C9.cer")).left(200));
        QVERIFY(!tls.has_value());
        Result<CsdKey> notKey = CsdKey::fromData(readAll(testCsdFile("EKU9003173C9.cer")), kTestCsdPassword);
        QVERIFY(!notKey.has_value());
        QCOMPARE(notKey.error().field(), QStringLiteral("key"));
        Result<Csd> missing
            = loadCsd(m_dir.file(QStringLiteral("nope.cer")), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code(), ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestCfdiCsd)
#include "testcfdicsd.moc"
