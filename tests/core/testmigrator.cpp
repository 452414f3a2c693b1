// Migrations: applied in order with checksums; newer or edited schemas are refused and left untouched.
#include "store/catalogstore.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/migrator.h"
#include "tempdir.h"
#include "why.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace nexus;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeMigration(const QString &dir, const QString &name, const QByteArray &sql)
{
    QFile file(dir + QLatin1Char('/') + name);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(sql);
}

} // namespace

class TestMigrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFamilyLoadsAndMigratesFromScratch_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("client") << QStringLiteral("client");
        QTest::newRow("catalog") << QStringLiteral("catalog");
        QTest::newRow("server master") << QStringLiteral("server/master");
        QTest::newRow("server tenant") << QStringLiteral("server/tenant");
    }
    void everyFamilyLoadsAndMigratesFromScratch()
    {
        QFETCH(QString, family);
        test::TempDir dir;
        Result<QList<Migration>> migrations = Migrator::load(family);
        QVERIFY2(migrations.has_value(), test::why(migrations).constData());
        auto db = Database::open(dir.file(QStringLiteral("x.db")), Durability::Full);
        QVERIFY(db.has_value());
        const Migrator migrator(*migrations);
        QVERIFY(migrator.migrate(**db).has_value());
        QCOMPARE(*Migrator::currentVersion(**db), migrator.latestVersion());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toInt(),
                 migrator.latestVersion());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_key_check"))->isValid(), false);
        // Running again is a no-op.
        QVERIFY(migrator.migrate(**db).has_value());
        QCOMPARE(*Migrator::currentVersion(**db), migrator.latestVersion());
    }

    // Every past version of the shipped schema upgrades to the latest one (STYLE.md §3).
    void migratesFromEveryPastVersion_data() { everyFamilyLoadsAndMigratesFromScratch_data(); }
    void migratesFromEveryPastVersion()
    {
        QFETCH(QString, family);
        const QList<Migration> all = *Migrator::load(family);
        for (int stop = 1; stop < all.size(); ++stop) {
            test::TempDir dir;
            auto db = Database::open(dir.file(QStringLiteral("x.db")), Durability::Full);
            QVERIFY(Migrator(all.mid(0, stop)).migrate(**db).has_value());
            QCOMPARE(*Migrator::currentVersion(**db), stop);
            QVERIFY(Migrator(all).migrate(**db).has_value());
            QCOMPARE(*Migrator::currentVersion(**db), int(all.size()));
        }
    }

    void opensStoresWithWal()
    {
        test::TempDir dir;
        auto store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        QCOMPARE((*store)->db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*store)->db().scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QVERIFY((*store)->setSetting(QStringLiteral("device_id"), QStringLiteral("abc")).has_value());
        QCOMPARE(*(*store)->setting(QStringLiteral("device_id")), QStringLiteral("abc"));
        auto catalog = CatalogStore::open(dir.file(QStringLiteral("catalog.db")));
        QVERIFY(catalog.has_value());
        QCOMPARE(*(*catalog)->partCount(), qint64(0));
    }

    void refusesNewerSchemaUntouched()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("nexus.db"));
        {
            auto store = LocalStore::open(path);
            QVERIFY(store.has_value());
            QVERIFY((*store)->db().execScript(QStringLiteral("PRAGMA user_version = 999")).has_value());
        }
        const QByteArray before = fileHash(path);
        auto reopened = LocalStore::open(path);
        QVERIFY(!reopened.has_value());
        QCOMPARE(reopened.error().code(), ErrorCode::SchemaTooNew);
        QVERIFY(reopened.error().logMessage().contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesEditedMigrationUntouched()
    {
        test::TempDir dir;
        const QString migrations = dir.file(QStringLiteral("m"));
        QVERIFY(QDir().mkpath(migrations));
        writeMigration(migrations, QStringLiteral("0001_first.sql"), "CREATE TABLE a(x INTEGER);");
        const QString path = dir.file(QStringLiteral("x.db"));
        {
            auto db = Database::open(path, Durability::Full);
            QVERIFY(Migrator(*Migrator::loadFrom(migrations)).migrate(**db).has_value());
        }
        writeMigration(migrations, QStringLiteral("0001_first.sql"), "CREATE TABLE a(x INTEGER, y TEXT);");
        writeMigration(migrations, QStringLiteral("0002_second.sql"), "CREATE TABLE b(z INTEGER);");
        const QByteArray before = fileHash(path);
        {
            auto db = Database::open(path, Durability::Full);
            const Status status = Migrator(*Migrator::loadFrom(migrations)).migrate(**db);
            QVERIFY(!status.has_value());
            QCOMPARE(status.error().code(), ErrorCode::SchemaTampered);
            QVERIFY(status.error().logMessage().contains(QStringLiteral("Migration 1")));
            QCOMPARE(*Migrator::currentVersion(**db), 1);
            QVERIFY(!(*db)->scalar(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'b'"))->isValid());
        }
        QCOMPARE(fileHash(path), before);
    }

    void failedMigrationRollsBackWholeStep()
    {
        test::TempDir dir;
        const QString migrations = dir.file(QStringLiteral("m"));
        QVERIFY(QDir().mkpath(migrations));
        writeMigration(migrations, QStringLiteral("0001_first.sql"), "CREATE TABLE a(x INTEGER);");
        writeMigration(migrations, QStringLiteral("0002_broken.sql"),
                       "CREATE TABLE b(z INTEGER); INSERT INTO nowhere VALUES (1);");
        auto db = Database::open(dir.file(QStringLiteral("x.db")), Durability::Full);
        const Status status = Migrator(*Migrator::loadFrom(migrations)).migrate(**db);
        QVERIFY(!status.has_value());
        QCOMPARE(status.error().code(), ErrorCode::Storage);
        QCOMPARE(*Migrator::currentVersion(**db), 1);
        QVERIFY(!(*db)->scalar(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'b'"))->isValid());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toInt(), 1);
    }

    void rejectsBadlyNumberedFiles()
    {
        test::TempDir dir;
        writeMigration(dir.path(), QStringLiteral("0001_a.sql"), "SELECT 1;");
        writeMigration(dir.path(), QStringLiteral("0003_c.sql"), "SELECT 1;");
        QVERIFY(!Migrator::loadFrom(dir.path()).has_value());
    }

    void auditLogIsAppendOnly()
    {
        test::TempDir dir;
        auto store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
        QVERIFY((*store)->db().execScript(QStringLiteral(
            "INSERT INTO audit_log(id, at, device_id, action) VALUES ('1', '2026-01-01', 'd', 'login')")).has_value());
        QVERIFY(!(*store)->db().execScript(QStringLiteral("UPDATE audit_log SET action = 'x'")).has_value());
        QVERIFY(!(*store)->db().execScript(QStringLiteral("DELETE FROM audit_log")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "testmigrator.moc"
