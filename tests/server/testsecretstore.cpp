// SecretStore: the 0600 file fallback, the automatic fallback without a keychain, and names.
#include "tempdir.h"

#include "client/secretstore.h"

#include <QFile>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {
bool onlyOwnerCanRead(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return (QFile::permissions(path) & others) == QFile::Permissions();
}
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileOnlyRoundTrip()
    {
        TempDir dir;
        SecretStore store(dir.path(), SecretStore::Mode::FileOnly);
        QVERIFY(!store.read(QStringLiteral("device-secret")));
        QCOMPARE(store.read(QStringLiteral("device-secret")).error().code(), ErrorCode::NotFound);

        Result<SecretStore::Backend> written
            = store.write(QStringLiteral("device-secret"), QByteArray("s3cr3t\0bin", 10));
        QVERIFY(written);
        QCOMPARE(*written, SecretStore::Backend::File);
        const QString path = dir.file(QStringLiteral("device-secret"));
        QCOMPARE(store.filePath(QStringLiteral("device-secret")), path);
        QVERIFY(QFile::exists(path));
        QVERIFY(onlyOwnerCanRead(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QCOMPARE(*store.read(QStringLiteral("device-secret")), QByteArray("s3cr3t\0bin", 10));

        // Overwriting replaces the whole content and keeps the mode.
        QVERIFY(store.write(QStringLiteral("device-secret"), "short"));
        QCOMPARE(*store.read(QStringLiteral("device-secret")), QByteArray("short"));
        QVERIFY(onlyOwnerCanRead(path));

        // Another store object on the same folder (the next start of the program) reads it back.
        QCOMPARE(*SecretStore(dir.path(), SecretStore::Mode::FileOnly).read(QStringLiteral("device-secret")),
            QByteArray("short"));

        QVERIFY(store.remove(QStringLiteral("device-secret")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!store.read(QStringLiteral("device-secret")));
        QVERIFY(store.remove(QStringLiteral("device-secret"))); // removing nothing is fine
    }

    // Only meaningful inside a private session bus with a keyring daemon (the *_keychain ctest entry starts one);
    // elsewhere the fallback above is what applies.
    void keychainRoundTrip()
    {
        if (qEnvironmentVariable("NEXUS_TEST_KEYCHAIN") != QLatin1String("1"))
            QSKIP("needs NEXUS_TEST_KEYCHAIN=1 and a private secret service (see tests/server/CMakeLists.txt)");
        TempDir dir;
        SecretStore store(dir.path(), SecretStore::Mode::Auto, 10000);
        Result<SecretStore::Backend> written = store.write(QStringLiteral("device-secret"), "in-the-keyring");
        QVERIFY2(written, qPrintable(written ? QString() : written.error().logMessage()));
        QCOMPARE(*written, SecretStore::Backend::Keychain);
        QVERIFY(!QFile::exists(dir.file(QStringLiteral("device-secret")))); // nothing on disk
        QCOMPARE(*SecretStore(dir.path(), SecretStore::Mode::Auto, 10000).read(QStringLiteral("device-secret")),
            QByteArray("in-the-keyring"));
        // Another data folder has its own entry.
        TempDir otherDir;
        QVERIFY(!SecretStore(otherDir.path(), SecretStore::Mode::Auto, 10000).read(QStringLiteral("device-secret")));
        QVERIFY(store.remove(QStringLiteral("device-secret")));
        QVERIFY(!store.read(QStringLiteral("device-secret")));
    }

    void fallsBackToTheFileWithoutAKeychain()
    {
        // No session bus and no display: QtKeychain has no backend to talk to, as on a server or in CI.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_RUNTIME_DIR", "/nonexistent-nexus-test");
        TempDir dir;
        SecretStore store(dir.path(), SecretStore::Mode::Auto, 3000);
        Result<SecretStore::Backend> written = store.write(QStringLiteral("device-secret"), "fallback");
        QVERIFY2(written, qPrintable(written ? QString() : written.error().logMessage()));
        QCOMPARE(*written, SecretStore::Backend::File);
        QVERIFY(onlyOwnerCanRead(dir.file(QStringLiteral("device-secret"))));
        QCOMPARE(*store.read(QStringLiteral("device-secret")), QByteArray("fallback"));
        QVERIFY(store.remove(QStringLiteral("device-secret")));
        QVERIFY(!store.read(QStringLiteral("device-secret")));
    }

    void modeFromEnvironment()
    {
        qputenv("NEXUS_SECRET_STORE", "file");
        QCOMPARE(SecretStore::modeFromEnvironment(), SecretStore::Mode::FileOnly);
        qunsetenv("NEXUS_SECRET_STORE");
        QCOMPARE(SecretStore::modeFromEnvironment(), SecretStore::Mode::Auto);
    }

    void refusesNamesThatAreNotPlain()
    {
        TempDir dir;
        SecretStore store(dir.path(), SecretStore::Mode::FileOnly);
        for (const QString &name :
            { QStringLiteral("../escape"), QStringLiteral("a/b"), QString(), QStringLiteral("UPPER") }) {
            QVERIFY(!store.write(name, "x"));
            QVERIFY(!store.read(name));
        }
        QVERIFY(!QFile::exists(dir.file(QStringLiteral("../escape"))));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "testsecretstore.moc"
