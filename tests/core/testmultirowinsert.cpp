// insertRows on SQLite binds through the C API: every value type lands as Qt would have bound it, a suffix (upsert)
// applies, and a refused row (constraint) fails with a storage error inside the caller's transaction, writing nothing.
#include "store/database.h"
#include "store/multirowinsert.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestMultiRowInsert final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        Result<std::unique_ptr<Database>> db
            = Database::open(m_dir.file(QStringLiteral("rows.db")), Durability::Full, QStringLiteral("rows"));
        QVERIFY2(db.has_value(), why(db).constData());
        m_db = std::move(*db);
        QVERIFY(m_db->execScript(QStringLiteral("DROP TABLE IF EXISTS t; CREATE TABLE t (id INTEGER PRIMARY KEY, "
                                                "n INTEGER, x REAL, s TEXT NOT NULL, b BLOB, z TEXT)"))
                    .has_value());
    }

    void cleanup() { m_db.reset(); }

    void everyTypeRoundTrips()
    {
        const QStringList columns { QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("x"), QStringLiteral("s"),
            QStringLiteral("b"), QStringLiteral("z") };
        const QVariantList values { 1, qint64(9'007'199'254'740'993), 2.5, QString::fromUtf8("Balata cerámica ñ"),
            QByteArray("\x00\x01\xff", 3), QVariant(), 2, true, -0.25, QStringLiteral(""), QByteArray(), QString() };
        Status inserted = insertRows(*m_db, QStringLiteral("t"), columns, values);
        QVERIFY2(inserted.has_value(), why(inserted).constData());
        Result<QSqlQuery> rows = m_db->exec(
            QStringLiteral("SELECT n, typeof(n), x, s, b, z IS NULL, typeof(b) FROM t ORDER BY id"));
        QVERIFY(rows.has_value());
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), qint64(9'007'199'254'740'993)); // beyond a double's exact range
        QCOMPARE(rows->value(1).toString(), QStringLiteral("integer"));
        QCOMPARE(rows->value(2).toDouble(), 2.5);
        QCOMPARE(rows->value(3).toString(), QString::fromUtf8("Balata cerámica ñ"));
        QCOMPARE(rows->value(4).toByteArray(), QByteArray("\x00\x01\xff", 3));
        QVERIFY(rows->value(5).toBool());
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), 1); // bool as 1
        QCOMPARE(rows->value(3).toString(), QString()); // "" stays text, not NULL
        QCOMPARE(rows->value(6).toString(), QStringLiteral("null")); // a null QByteArray is NULL, as with Qt
        QVERIFY(rows->value(5).toBool()); // a null QString is NULL, as with Qt (callers rely on it)
    }

    void upsertSuffixApplies()
    {
        const QStringList columns { QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("s") };
        QVERIFY(insertRows(*m_db, QStringLiteral("t"), columns, { 1, 5, QStringLiteral("a") }).has_value());
        Status upserted = insertRows(*m_db, QStringLiteral("t"), columns,
            { 1, 3, QStringLiteral("a"), 2, 7, QStringLiteral("b") },
            QStringLiteral("ON CONFLICT(id) DO UPDATE SET n = n + excluded.n"));
        QVERIFY2(upserted.has_value(), why(upserted).constData());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT n FROM t WHERE id = 1"))->toLongLong(), 8);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT n FROM t WHERE id = 2"))->toLongLong(), 7);
    }

    void refusedRowFailsAndTheTransactionWritesNothing()
    {
        const QStringList columns { QStringLiteral("id"), QStringLiteral("s") };
        {
            Transaction transaction(*m_db);
            QVERIFY(transaction.begin().has_value());
            QVERIFY(insertRows(*m_db, QStringLiteral("t"), columns, { 1, QStringLiteral("a") }).has_value());
            // The second row breaks NOT NULL: the whole statement fails with the table named.
            Status refused = insertRows(*m_db, QStringLiteral("t"), columns, { 2, QStringLiteral("b"), 3, QVariant() });
            QVERIFY(!refused.has_value());
            QCOMPARE(refused.error().code(), ErrorCode::Storage);
            QVERIFY2(refused.error().logMessage().contains(QStringLiteral("INSERT INTO t")),
                qPrintable(refused.error().logMessage()));
            QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t WHERE id IN (2, 3)"))->toLongLong(), 0);
        } // not committed: rolled back
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toLongLong(), 0);
        // A row count that does not fill the columns is refused before SQLite sees it.
        QVERIFY(!insertRows(*m_db, QStringLiteral("t"), columns, { 1 }).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMultiRowInsert)
#include "testmultirowinsert.moc"
