// SecretBox (AES-256-GCM) seals what the server must read back but no database should hold in clear: a sealed value
// opens with the same key and purpose only, a changed byte or another key or purpose is refused, two seals of the same
// secret differ (fresh nonce). That the derived key survives a restart: e2e_testwhatsappstatuses.
#include "server/secretbox.h"

#include <QTest>

using namespace nexus;

class TestSecretBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealsAndOpensWithTheSameKeyAndPurposeOnly()
    {
        const QByteArray secret = QByteArrayLiteral("app-secret-ñandú-42");
        const SecretBox box(QByteArray(SecretBox::kKeyBytes, 'k'));
        Result<QString> sealed = box.seal(secret, kWhatsAppAppSecretPurpose);
        QVERIFY(sealed);
        QVERIFY(SecretBox::isSealed(*sealed));
        QVERIFY(!SecretBox::isSealed(QString::fromUtf8(secret)));
        QVERIFY(!sealed->contains(QString::fromUtf8(secret)));
        Result<QByteArray> opened = box.open(*sealed, kWhatsAppAppSecretPurpose);
        QVERIFY(opened);
        QCOMPARE(*opened, secret);

        Result<QString> twice = box.seal(secret, kWhatsAppAppSecretPurpose);
        QVERIFY(twice && *twice != *sealed); // a fresh nonce every time

        QVERIFY(!box.open(*sealed, "another purpose"));
        QVERIFY(!SecretBox(QByteArray(SecretBox::kKeyBytes, 'x')).open(*sealed, kWhatsAppAppSecretPurpose));
        QByteArray raw = QByteArray::fromBase64(sealed->mid(3).toLatin1());
        raw[raw.size() / 2] = static_cast<char>(raw.at(raw.size() / 2) ^ 1);
        Result<QByteArray> tampered = box.open(QStringLiteral("v1:") + QString::fromLatin1(raw.toBase64()),
            kWhatsAppAppSecretPurpose);
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().field(), QStringLiteral("secret"));
        QVERIFY(!box.open(QString::fromUtf8(secret), kWhatsAppAppSecretPurpose)); // clear is not sealed
        QVERIFY(!SecretBox(QByteArray(8, 'k')).seal(secret, kWhatsAppAppSecretPurpose)); // too short a key
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "testsecretbox.moc"
