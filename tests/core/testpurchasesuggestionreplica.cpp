// applyPulledPurchaseSuggestion: the branch's purchase suggestions pulled from the server ("purchase_suggestions" rows
// in the shape of server migration 0032) land in nexus.db without facts of this device's own, and only move forward:
// one suggested elsewhere is added open, one drafted elsewhere shows ordered with that draft's folio (the winner's when
// two devices drafted it), one withdrawn elsewhere leaves the list while open here; a draft or withdrawal made here and
// still on its way up is never reopened by an older server state; a malformed row changes nothing.
#include "purchasing/purchasesuggestionlist.h"
#include "purchasing/purchasesuggestionreplica.h"
#include "storefixture.h"
#include "why.h"

#include <QTest>

using namespace nexus;

class TestPurchaseSuggestionReplica final : public QObject
{
    Q_OBJECT

    test::StoreFixture m_fixture { QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC) };

    Database &db() { return m_fixture.db(); }
    QString text(const QString &sql, const QVariantList &values = {})
    {
        Result<QVariant> value = db().scalar(sql, values);
        return value && value->isValid() && !value->isNull() ? value->toString() : QStringLiteral("<null>");
    }
    qint64 facts() { return m_fixture.count(QStringLiteral("SELECT count(*) FROM outbox")); }
    static QJsonObject row(const QString &id, const QString &status, const QString &orderId = {},
        const QString &folio = {}, const QString &withdrawnAt = {})
    {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("part_id"), 7 },
            { QStringLiteral("sku"), QStringLiteral("BAL-7") }, { QStringLiteral("description"), QStringLiteral("Balata") },
            { QStringLiteral("warehouse_id"), QStringLiteral("wh-a") }, { QStringLiteral("quantity"), 3000 },
            { QStringLiteral("order_id"), QStringLiteral("so-1") }, { QStringLiteral("line_id"), QStringLiteral("l-1") },
            { QStringLiteral("reason"), QStringLiteral("Service order MTY2-OS000001") },
            { QStringLiteral("created_by"), QStringLiteral("u-1") },
            { QStringLiteral("created_at"), QStringLiteral("2026-11-26T10:00:00.000Z") },
            { QStringLiteral("status"), status }, { QStringLiteral("purchase_order_id"), orderId },
            { QStringLiteral("purchase_order_folio"), folio }, { QStringLiteral("withdrawn_at"), withdrawnAt } };
    }
    bool apply(const QJsonObject &pulled)
    {
        const Status applied = applyPulledPurchaseSuggestion(db(), pulled);
        return bool(applied);
    }
    std::size_t openCount()
    {
        Result<std::vector<PurchaseSuggestion>> open = PurchaseSuggestionList(db()).open();
        return open ? open->size() : 999;
    }

private Q_SLOTS:
    void init()
    {
        const Status opened = m_fixture.open();
        QVERIFY2(opened, test::why(opened).constData());
    }
    void cleanup() { m_fixture.close(); }

    void suggestionsOfOtherDevicesComeAndMoveForward()
    {
        QVERIFY(apply(row(QStringLiteral("s-1"), QStringLiteral("open"))));
        QCOMPARE(openCount(), std::size_t(1));
        QCOMPARE(PurchaseSuggestionList(db()).open()->front().reason, QStringLiteral("Service order MTY2-OS000001"));
        // Drafted at another device: ordered with its draft's folio, off the list.
        QVERIFY(apply(row(QStringLiteral("s-1"), QStringLiteral("ordered"), QStringLiteral("po-b"),
            QStringLiteral("MTY2-OC000001"))));
        QCOMPARE(openCount(), std::size_t(0));
        QCOMPARE(text(QStringLiteral("SELECT purchase_order_id || ' ' || purchase_order_folio FROM "
                                     "purchase_suggestions WHERE id = 's-1'")),
            QStringLiteral("po-b MTY2-OC000001"));
        // An older state (open) pulled again never reopens it.
        QVERIFY(apply(row(QStringLiteral("s-1"), QStringLiteral("open"))));
        QCOMPARE(openCount(), std::size_t(0));
        // Withdrawn at another device while open here.
        QVERIFY(apply(row(QStringLiteral("s-2"), QStringLiteral("open"))));
        QVERIFY(apply(row(QStringLiteral("s-2"), QStringLiteral("withdrawn"), {}, {},
            QStringLiteral("2026-11-26T11:00:00.000Z"))));
        QCOMPARE(text(QStringLiteral("SELECT cancelled_at FROM purchase_suggestions WHERE id = 's-2'")),
            QStringLiteral("2026-11-26T11:00:00.000Z"));
        QCOMPARE(openCount(), std::size_t(0));
        QCOMPARE(facts(), 0); // the server's state: nothing goes back up
    }

    void localChangesOnTheirWayUpStand()
    {
        QVERIFY(apply(row(QStringLiteral("s-1"), QStringLiteral("open"))));
        QVERIFY(apply(row(QStringLiteral("s-2"), QStringLiteral("open"))));
        {
            Transaction transaction(db());
            QVERIFY(transaction.begin());
            PurchaseSuggestionList list(db());
            QVERIFY(list.markOrdered(QStringLiteral("s-1"), QStringLiteral("po-here"), QStringLiteral("MTY1-OC000004"),
                QStringLiteral("2026-11-26T10:30:00.000Z")));
            QVERIFY(list.withdraw(QStringLiteral("s-2"), QStringLiteral("2026-11-26T10:30:00.000Z")));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(facts(), 2);
        // The server has not heard of them yet: its open rows change nothing here.
        QVERIFY(apply(row(QStringLiteral("s-1"), QStringLiteral("open"))));
        QVERIFY(apply(row(QStringLiteral("s-2"), QStringLiteral("open"))));
        QCOMPARE(text(QStringLiteral("SELECT purchase_order_id FROM purchase_suggestions WHERE id = 's-1'")),
            QStringLiteral("po-here"));
        QCOMPARE(text(QStringLiteral("SELECT cancelled_at FROM purchase_suggestions WHERE id = 's-2'")),
            QStringLiteral("2026-11-26T10:30:00.000Z"));
        // Another device drafted s-1 earlier (the server's winner), and drafted s-2 that this device withdrew: both
        // show ordered in that draft (the server keeps an ordered suggestion ordered).
        QVERIFY(apply(row(QStringLiteral("s-1"), QStringLiteral("ordered"), QStringLiteral("po-there"),
            QStringLiteral("MTY2-OC000002"))));
        QVERIFY(apply(row(QStringLiteral("s-2"), QStringLiteral("ordered"), QStringLiteral("po-there"),
            QStringLiteral("MTY2-OC000002"))));
        QCOMPARE(text(QStringLiteral("SELECT purchase_order_folio FROM purchase_suggestions WHERE id = 's-1'")),
            QStringLiteral("MTY2-OC000002"));
        QCOMPARE(text(QStringLiteral("SELECT coalesce(cancelled_at, 'none') || ' ' || purchase_order_id FROM "
                                     "purchase_suggestions WHERE id = 's-2'")),
            QStringLiteral("none po-there"));
        QCOMPARE(openCount(), std::size_t(0));
        QCOMPARE(facts(), 2);
    }

    void malformedRowsChangeNothing()
    {
        QJsonObject noPart = row(QStringLiteral("s-9"), QStringLiteral("open"));
        noPart.remove(QStringLiteral("part_id"));
        QVERIFY(!apply(noPart));
        QVERIFY(!apply(row(QStringLiteral("s-9"), QStringLiteral("lost"))));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM purchase_suggestions")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestPurchaseSuggestionReplica)
#include "testpurchasesuggestionreplica.moc"
