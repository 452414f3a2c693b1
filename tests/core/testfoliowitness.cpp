// The folio witness with real files: a nexus.db put back from an old copy never prints a ticket or Z number it already
// printed, a copy on another machine (no witness of its own) and a crash after a commit are not taken for restores.
#include "cash/tillcloseservice.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/counterstore.h"
#include "store/foliowitness.h"
#include "store/witnesswriter.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-witness-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kCashier = QStringLiteral("user-cajero");

// One run of the counter program: the selling connection opened as nexus-pos opens it, closed at the end.
class Counter final
{
public:
    Counter(const QString &path, test::MockClock &clock, bool withWitness = true) : m_clock(clock)
    {
        m_connection = QStringLiteral("counter-%1").arg(++s_runs);
        Result<std::unique_ptr<LocalStore>> store = withWitness ? openCounterStore(path, clock, m_connection, &m_witness)
                                                                : LocalStore::open(path, m_connection);
        if (!store)
            qFatal("open %s: %s", qPrintable(path), qPrintable(store.error().logMessage()));
        m_store = std::move(*store);
        if (!m_store->setSetting(QStringLiteral("device_id"), kDevice))
            qFatal("device id");
    }
    ~Counter()
    {
        m_store.reset();
        QSqlDatabase::removeDatabase(m_connection);
    }
    Q_DISABLE_COPY_MOVE(Counter)

    Database &db() { return m_store->db(); }
    // Waits for the witness writer to have written every commit so far (it writes on its own thread).
    void flushWitness()
    {
        if (m_witness)
            m_witness->flush();
    }
    qint64 scalar(const QString &sql) { return db().scalar(sql)->toLongLong(); }

    // Opens the till when none is open, sells one ticket, returns its folio ('' when refused).
    QString sell()
    {
        CashSessionService tills(db(), m_clock, kDevice, kBranch);
        if (Result<std::optional<CashSession>> open = tills.current(); open && !*open)
            (void)tills.open(kCashier, Money(100000));
        Cart cart;
        const CartItem item { 7, QStringLiteral("SKU-7"), QStringLiteral("Balata"), QStringLiteral("wh-1"), Money(15990),
            Money(16990), Money(8000), TaxRate::iva16(), 3, QStringLiteral("25174400"), QStringLiteral("H87") };
        if (!cart.add(item, Quantity::units(1)))
            return {};
        m_clock.advanceMs(60'000);
        Result<SaleReceipt> receipt = CheckoutService(db(), m_clock)
                                          .checkout(cart, { Tender { TenderMethod::Cash, Money(20000), 0, {} } },
                                              { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier, false });
        if (!receipt)
            qWarning("sale refused: %s", qPrintable(receipt.error().logMessage()));
        return receipt ? receipt->folio : QString();
    }
    // Closes the open till (corte Z); returns its Z number (0 when refused).
    int closeTill()
    {
        Result<std::optional<CashSession>> open = CashSessionService(db(), m_clock, kDevice, kBranch).current();
        if (!open || !*open)
            return 0;
        Result<TillClose> closed = TillCloseService(db(), m_clock, kDevice, kBranch)
                                       .close({ (*open)->id, kCashier, Role::Cashier, { { 50000, 2 } }, {}, {} });
        if (!closed)
            qWarning("close refused: %s", qPrintable(closed.error().logMessage()));
        return closed ? closed->zNumber : 0;
    }

private:
    static inline int s_runs = 0;
    test::MockClock &m_clock;
    QString m_connection;
    std::shared_ptr<WitnessWriter> m_witness;
    std::unique_ptr<LocalStore> m_store;
};

// The files of a closed nexus.db, as a backup copies them or a restore puts them back.
bool copyDatabaseFiles(const QString &from, const QString &to)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

QJsonObject witnessFile(const QString &databasePath)
{
    QFile file(FolioWitness::pathFor(databasePath));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestFolioWitness final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    test::MockClock m_clock;

private Q_SLOTS:
    void restoredBackupNeverRepeatsATicketOrAZ()
    {
        const QString path = m_dir.file(QStringLiteral("restore/nexus.db"));
        QVERIFY(QDir().mkpath(m_dir.file(QStringLiteral("restore"))));
        const QString backup = m_dir.file(QStringLiteral("restore/backup.db"));
        QStringList printed;
        QList<int> zs;
        {
            Counter counter(path, m_clock);
            printed << counter.sell() << counter.sell();
            zs << counter.closeTill();
            printed << counter.sell();
        }
        QVERIFY(copyDatabaseFiles(path, backup)); // last night's copy
        {
            Counter counter(path, m_clock);
            printed << counter.sell() << counter.sell();
            zs << counter.closeTill();
            printed << counter.sell();
            counter.flushWitness();
            QCOMPARE(witnessFile(path).value(QStringLiteral("numbers")).toObject().value(QStringLiteral("MTZ1")).toInt(), 6);
        }
        QCOMPARE(printed, (QStringList { QStringLiteral("MTZ1-000001"), QStringLiteral("MTZ1-000002"),
                              QStringLiteral("MTZ1-000003"), QStringLiteral("MTZ1-000004"), QStringLiteral("MTZ1-000005"),
                              QStringLiteral("MTZ1-000006") }));
        QCOMPARE(zs, (QList<int> { 1, 2 }));

        const int witnessSeq = witnessFile(path).value(QStringLiteral("outbox_seq")).toInt();
        QVERIFY(witnessSeq > 0);
        // The disk is put back to last night: nexus.db alone, its witness stays where it was.
        QVERIFY(copyDatabaseFiles(backup, path));
        {
            Counter counter(path, m_clock);
            QCOMPARE(counter.scalar(QStringLiteral("SELECT count(*) FROM sales")), 3);
            // Before the first sale the counters are past everything printed, and the engine is told.
            QCOMPARE(counter.scalar(QStringLiteral("SELECT next_number FROM folio_counters WHERE series = 'MTZ1'")), 7);
            QCOMPARE(counter.scalar(QStringLiteral("SELECT next_number FROM folio_counters WHERE series = 'Z:dev-witness-1'")),
                3);
            QCOMPARE(counter.scalar(
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database_behind_witness'")),
                1);
            const QJsonObject hint = QJsonDocument::fromJson(
                counter.db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'sync_restored'"))->toString().toUtf8())
                                         .object();
            QCOMPARE(hint.value(QStringLiteral("restored")).toBool(), true);
            const QJsonObject seqs = hint.value(QStringLiteral("outbox_seq")).toObject();
            QCOMPARE(seqs.value(QStringLiteral("witness")).toInt(), witnessSeq);
            QVERIFY(seqs.value(QStringLiteral("database")).toInt() < witnessSeq);
            // Seqs cannot skip (the epoch change moves them on the wire): the witness follows nexus.db's from here.
            QCOMPARE(witnessFile(path).value(QStringLiteral("outbox_seq")).toInt(), seqs.value(QStringLiteral("database")).toInt());

            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000007"));
            QCOMPARE(counter.closeTill(), 3);
            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000008"));
        }
        // Caught up: the next start finds nothing behind, and the numbers go on.
        Counter again(path, m_clock);
        QCOMPARE(again.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database_behind_witness'")), 1);
        QCOMPARE(again.sell(), QStringLiteral("MTZ1-000009"));
        QCOMPARE(again.closeTill(), 4);
    }

    void copyWithoutWitnessIsNotARestore()
    {
        // A disk image on another machine brings no witness of its own (or the same one): nothing moves here; the
        // server tells the copies apart when they push, as before.
        const QString path = m_dir.file(QStringLiteral("original.db"));
        {
            Counter counter(path, m_clock);
            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000001"));
            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000002"));
        }
        const QString copy = m_dir.file(QStringLiteral("clone.db"));
        QVERIFY(copyDatabaseFiles(path, copy));
        QVERIFY(!QFile::exists(FolioWitness::pathFor(copy)));
        Counter clone(copy, m_clock);
        QCOMPARE(clone.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database_behind_witness'")), 0);
        QCOMPARE(clone.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sync_restored'")), 0);
        QCOMPARE(clone.sell(), QStringLiteral("MTZ1-000003"));
        QVERIFY(QFile::exists(FolioWitness::pathFor(copy))); // from now on it keeps its own
    }

    void crashAfterCommitLeavesWitnessBehindNotARestore()
    {
        // The process dies between a commit and the witness write: the database is ahead of its witness. That is no
        // restore: the next open raises the witness, moves nothing and asks the server for nothing.
        const QString path = m_dir.file(QStringLiteral("crash.db"));
        {
            Counter counter(path, m_clock);
            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000001"));
        }
        {
            Counter unwitnessed(path, m_clock, false); // commits the witness never hears of
            QCOMPARE(unwitnessed.sell(), QStringLiteral("MTZ1-000002"));
            QCOMPARE(unwitnessed.closeTill(), 1);
        }
        QCOMPARE(witnessFile(path).value(QStringLiteral("numbers")).toObject().value(QStringLiteral("MTZ1")).toInt(), 1);
        Counter counter(path, m_clock);
        QCOMPARE(counter.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database_behind_witness'")), 0);
        QCOMPARE(counter.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sync_restored'")), 0);
        const QJsonObject numbers = witnessFile(path).value(QStringLiteral("numbers")).toObject();
        QCOMPARE(numbers.value(QStringLiteral("MTZ1")).toInt(), 2);
        QCOMPARE(numbers.value(QStringLiteral("Z:dev-witness-1")).toInt(), 1);
        QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000003"));
        QCOMPARE(counter.closeTill(), 2);
    }

    void witnessAheadOfAnotherIdentityOnlySkipsNumbers()
    {
        // A nexus.db of another device put in this folder (or this one enrolled again) is behind a witness that is
        // not its own: numbers skip past it (harmless) but the sync engine is not asked to change epoch.
        const QString path = m_dir.file(QStringLiteral("other.db"));
        {
            Counter counter(path, m_clock);
            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000001"));
            QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000002"));
        }
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QJsonObject witness = witnessFile(path);
        witness.insert(QStringLiteral("device_id"), QStringLiteral("dev-someone-else"));
        QFile file(FolioWitness::pathFor(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(witness).toJson());
        file.close();
        Counter fresh(path, m_clock);
        QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sync_restored'")), 0);
        QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database_behind_witness'")), 1);
        QCOMPARE(fresh.sell(), QStringLiteral("MTZ1-000003"));
    }

    void witnessFollowsQuickSalesOffTheCommitPath()
    {
        // Sales come faster than a file can be fsync'd: the writer folds the nudges into fewer passes, and after a
        // flush the file holds the last ticket.
        const QString path = m_dir.file(QStringLiteral("quick.db"));
        Counter counter(path, m_clock);
        QString last;
        for (int sale = 0; sale < 40; ++sale)
            last = counter.sell();
        QCOMPARE(last, QStringLiteral("MTZ1-000040"));
        counter.flushWitness();
        QCOMPARE(witnessFile(path).value(QStringLiteral("numbers")).toObject().value(QStringLiteral("MTZ1")).toInt(), 40);
        QCOMPARE(witnessFile(path).value(QStringLiteral("outbox_seq")).toInt(),
            int(counter.scalar(QStringLiteral("SELECT max(seq) FROM outbox"))));
    }

    void damagedWitnessDoesNotStopTheCounter()
    {
        const QString path = m_dir.file(QStringLiteral("damaged.db"));
        QFile file(FolioWitness::pathFor(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        Counter counter(path, m_clock);
        QCOMPARE(counter.sell(), QStringLiteral("MTZ1-000001"));
        counter.flushWitness();
        QCOMPARE(witnessFile(path).value(QStringLiteral("numbers")).toObject().value(QStringLiteral("MTZ1")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFolioWitness)
#include "testfoliowitness.moc"
