// Every server schema step exists for both backends: migrations/server/<family>/NNNN_x.sql has its PostgreSQL twin
// migrations/server-pg/<family>/NNNN_x.sql (same number, same name), so a PostgreSQL server never lags behind.
#include "store/migrator.h"
#include "why.h"

#include <QTest>

using namespace nexus;

class TestPgMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySqliteStepHasAPostgresTwin_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("master") << QStringLiteral("master");
        QTest::newRow("tenant") << QStringLiteral("tenant");
    }

    void everySqliteStepHasAPostgresTwin()
    {
        QFETCH(QString, family);
        Result<QList<Migration>> sqlite = Migrator::load(QStringLiteral("server/") + family);
        Result<QList<Migration>> postgres = Migrator::load(QStringLiteral("server-pg/") + family);
        QVERIFY2(sqlite.has_value(), nexus::test::why(sqlite).constData());
        QVERIFY2(postgres.has_value(), nexus::test::why(postgres).constData());
        QStringList sqliteSteps;
        for (const Migration &migration : *sqlite)
            sqliteSteps.append(
                QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name));
        QStringList postgresSteps;
        for (const Migration &migration : *postgres)
            postgresSteps.append(
                QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name));
        QCOMPARE(postgresSteps, sqliteSteps);
    }
};

QTEST_GUILESS_MAIN(TestPgMigrations)
#include "testpgmigrations.moc"
