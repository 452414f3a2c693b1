// The WAL checkpointer: the counter's connection leaves the WAL alone (no checkpoint inside a sale's commit), and
// the background thread copies it into the database and lets it restart.
#include "store/localstore.h"
#include "store/walcheckpointer.h"
#include "tempdir.h"
#include "why.h"

#include <QFileInfo>
#include <QTest>

using namespace nexus;
using nexus::test::why;

namespace {

// Commits `count` transactions of about 4 KB each on the counter's connection, as many sales would.
void writeCommits(Database &db, int count, int from)
{
    const QString blob(2000, QLatin1Char('x'));
    for (int i = from; i < from + count; ++i) {
        QVERIFY(db.begin());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"),
                        { QStringLiteral("bench-%1").arg(i), blob }));
        QVERIFY(db.commit());
    }
}

qint64 walPages(Database &db)
{
    // A PASSIVE checkpoint with nothing new to copy reports the WAL's size in frames.
    Result<QSqlQuery> result = db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!result || !result->next())
        return -1;
    return result->value(1).toLongLong();
}

} // namespace

class TestWalCheckpointer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCounterConnectionDoesNotCheckpointAtSqlitesDefault()
    {
        test::TempDir dir;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store, why(store));
        Database &db = (*store)->db();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(),
                 LocalStore::kCounterAutoCheckpointPages);
        // 1,500 commits of a page or more: SQLite's default (1,000 pages) would have checkpointed and restarted the
        // WAL inside one of these commits, keeping the file near 4 MB.
        writeCommits(db, 1500, 0);
        const qint64 walBytes = QFileInfo(db.path() + QStringLiteral("-wal")).size();
        QVERIFY2(walBytes > 1200 * 4096, qPrintable(QStringLiteral("WAL is %1 bytes").arg(walBytes)));
    }

    void theBackgroundThreadCopiesTheWalAndLetsItRestart()
    {
        test::TempDir dir;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store, why(store));
        Database &db = (*store)->db();
        writeCommits(db, 300, 0);

        WalCheckpointer checkpointer(db.path(), 20);
        checkpointer.start();
        QVERIFY(checkpointer.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.passes() > 0 && checkpointer.walFrames() >= 300
                                     && checkpointer.copiedFrames() == checkpointer.walFrames(),
                                 10'000);
        const qint64 before = checkpointer.walFrames();

        // Everything was copied: the next commit starts the WAL again from its first frame.
        writeCommits(db, 5, 300);
        const qint64 passes = checkpointer.passes();
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.passes() > passes + 1, 10'000);
        QVERIFY2(checkpointer.walFrames() < before / 10,
                 qPrintable(QStringLiteral("WAL frames %1 after a restart, %2 before").arg(checkpointer.walFrames()).arg(before)));
        QCOMPARE(checkpointer.copiedFrames(), checkpointer.walFrames());
        QCOMPARE(walPages(db), checkpointer.walFrames());

        // The rows are all there through a fresh connection, and stop() joins the thread.
        checkpointer.stop();
        QVERIFY(!checkpointer.isRunning());
        Result<std::unique_ptr<LocalStore>> again
            = LocalStore::open(db.path(), QStringLiteral("second-connection"));
        QVERIFY2(again, why(again));
        QCOMPARE((*again)->db().scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'bench-%'"))->toInt(),
                 305);
        checkpointer.start(); // start after stop works, and the destructor stops it
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.passes() > passes + 2, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "testwalcheckpointer.moc"
