// The service orders' purchase suggestions through the real nexus-server: a counter (real nexus.db, the real
// PurchaseSuggestionList) suggests two parts, drafts one and withdraws the other; its outbox is pushed over HTTPS as the
// sync engine does. Head office then holds each suggestion with its status and publishes it to its branch's
// "purchase_suggestions" bucket. A second draft of the same suggestion (another device that drafted it offline) is
// kept, the earliest draft wins whatever the order of arrival, the later one opens one exception (not again on a
// replay); a withdrawal does not undo a draft; a suggestion for another branch's warehouse, or a malformed one, is
// quarantined. Runs on SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"

#include "common/idgenerator.h"
#include "protocol/endpoints.h"
#include "purchasing/purchasesuggestionlist.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestPurchaseSuggestionIngest final : public CounterPushTest
{
    Q_OBJECT

private:
    QString shelf() const { return m_device.branchId + QStringLiteral("-wh-A"); }

    PurchaseNeed need(qint64 partId, const QString &sku, qint64 units, const QString &warehouse)
    {
        return PurchaseNeed { IdGenerator::instance().nextString(), partId, sku, QStringLiteral("Pieza ") + sku,
            warehouse, Quantity::units(units), QStringLiteral("so-1"), IdGenerator::instance().nextString(),
            QStringLiteral("Service order MTY1-OS000001"), QStringLiteral("u-gerente") };
    }

    // One write of the counter in its own transaction.
    bool write(const std::function<Status(PurchaseSuggestionList &)> &change)
    {
        Transaction transaction(m_counter->db());
        if (!transaction.begin())
            return false;
        PurchaseSuggestionList list(m_counter->db());
        const Status done = change(list);
        if (!done) {
            qWarning() << done.error().logMessage();
            return false;
        }
        return bool(transaction.commit());
    }

    // The bucket's entry for a suggestion, as a device of `scope` would pull it.
    QJsonObject pulled(const QString &id, const QString &scope)
    {
        const QString row = tenantText(QStringLiteral("SELECT row FROM change_log WHERE bucket = "
                                                      "'purchase_suggestions' AND scope = ? AND key = ?"),
            { scope, id });
        return QJsonDocument::fromJson(row.toUtf8()).object();
    }

    qint64 exceptions(const QString &kind, const QString &ref)
    {
        return count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = ? AND ref = ?"), { kind, ref });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_acme.branchCodes << QStringLiteral("CUU");
        startCounterAndServer(QStringLiteral("suggestion-counter"));
    }

    void cleanupTestCase() { stopServer(); }

    void suggestionsReachTheirBranchWithTheirStatus()
    {
        const PurchaseNeed brake = need(7, QStringLiteral("BAL-7"), 3, shelf());
        const PurchaseNeed filter = need(9, QStringLiteral("FIL-9"), 1, shelf());
        const QString t0 = QStringLiteral("2026-11-26T10:00:00.000Z");
        QVERIFY(write([&](PurchaseSuggestionList &list) { return list.add(brake, t0); }));
        QVERIFY(write([&](PurchaseSuggestionList &list) { return list.add(filter, t0); }));
        QCOMPARE(pushCounter(), QStringList(2, QString(wire::pushstatus::kApplied)));

        QJsonObject row = pulled(brake.id, m_device.branchId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(row.value(QStringLiteral("sku")).toString(), QStringLiteral("BAL-7"));
        QCOMPARE(row.value(QStringLiteral("quantity")).toInteger(), 3000);
        QCOMPARE(row.value(QStringLiteral("warehouse_id")).toString(), shelf());
        QCOMPARE(row.value(QStringLiteral("reason")).toString(), QStringLiteral("Service order MTY1-OS000001"));
        QCOMPARE(row.value(QStringLiteral("order_id")).toString(), QStringLiteral("so-1"));
        // Only its branch's devices read it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'purchase_suggestions' AND "
                                      "key = ? AND scope <> ?"),
                     { brake.id, m_device.branchId }),
            0);

        // The counter drafts the brakes; the filter's order no longer needs it.
        const QString t2 = QStringLiteral("2026-11-26T10:20:00.000Z");
        QVERIFY(write([&](PurchaseSuggestionList &list) {
            return list.markOrdered(brake.id, QStringLiteral("po-b"), QStringLiteral("MTY1-OC000002"), t2);
        }));
        QVERIFY(write([&](PurchaseSuggestionList &list) { return list.withdraw(filter.id, t2); }));
        // Already ordered here: a second draft on this device is refused, and writes no fact.
        QVERIFY(!write([&](PurchaseSuggestionList &list) {
            return list.markOrdered(brake.id, QStringLiteral("po-x"), QStringLiteral("MTY1-OC000009"), t2);
        }));
        QCOMPARE(pushCounter(), QStringList(2, QString(wire::pushstatus::kApplied)));
        row = pulled(brake.id, m_device.branchId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ordered"));
        QCOMPARE(row.value(QStringLiteral("purchase_order_id")).toString(), QStringLiteral("po-b"));
        QCOMPARE(row.value(QStringLiteral("purchase_order_folio")).toString(), QStringLiteral("MTY1-OC000002"));
        row = pulled(filter.id, m_device.branchId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(row.value(QStringLiteral("withdrawn_at")).toString(), t2);

        // Another device of the branch drafted the brakes offline, earlier: its draft wins although it arrives last,
        // both drafts are kept and one exception names both folios.
        PurchaseSuggestionFact other { brake, t0, QStringLiteral("po-a"), QStringLiteral("MTY2-OC000001"),
            QStringLiteral("2026-11-26T10:10:00.000Z") };
        const QJsonObject earlier = purchaseSuggestionPayload(other);
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionOrdered), earlier),
            QStringList { QString(wire::pushstatus::kApplied) });
        row = pulled(brake.id, m_device.branchId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ordered"));
        QCOMPARE(row.value(QStringLiteral("purchase_order_id")).toString(), QStringLiteral("po-a"));
        QCOMPARE(row.value(QStringLiteral("purchase_order_folio")).toString(), QStringLiteral("MTY2-OC000001"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_suggestion_drafts WHERE suggestion_id = ?"),
                     { brake.id }),
            2);
        QCOMPARE(exceptions(QStringLiteral("purchase_suggestion_ordered_twice"), brake.id), 1);
        const QString details = tenantText(
            QStringLiteral("SELECT details FROM exceptions WHERE kind = 'purchase_suggestion_ordered_twice' AND "
                           "ref = ?"),
            { brake.id });
        QVERIFY2(details.contains(QStringLiteral("MTY1-OC000002")) && details.contains(QStringLiteral("MTY2-OC000001")),
            qPrintable(details));
        // The same draft again under another mutation id: nothing new.
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionOrdered), earlier),
            QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(exceptions(QStringLiteral("purchase_suggestion_ordered_twice"), brake.id), 1);
        QCOMPARE(pulled(brake.id, m_device.branchId).value(QStringLiteral("purchase_order_id")).toString(),
            QStringLiteral("po-a"));

        // A withdrawal that arrives after the draft does not undo it: it stays ordered, with an exception.
        PurchaseSuggestionFact late { brake, t0, {}, {}, QStringLiteral("2026-11-26T10:30:00.000Z") };
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionWithdrawn), purchaseSuggestionPayload(late)),
            QStringList { QString(wire::pushstatus::kApplied) });
        QCOMPARE(pulled(brake.id, m_device.branchId).value(QStringLiteral("status")).toString(),
            QStringLiteral("ordered"));
        QCOMPARE(exceptions(QStringLiteral("purchase_suggestion_ordered_withdrawn"), brake.id), 1);

        // A fact that arrives before the suggestion's .added (made before the facts existed) still brings it whole.
        const PurchaseNeed oil = need(11, QStringLiteral("ACE-11"), 4, shelf());
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionOrdered),
                     purchaseSuggestionPayload({ oil, t0, QStringLiteral("po-c"), QStringLiteral("MTY1-OC000003"), t2 })),
            QStringList { QString(wire::pushstatus::kApplied) });
        row = pulled(oil.id, m_device.branchId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ordered"));
        QCOMPARE(row.value(QStringLiteral("sku")).toString(), QStringLiteral("ACE-11"));
    }

    void otherBranchesAndMalformedFactsAreQuarantined()
    {
        // Chihuahua's warehouse is not this device's branch's.
        const PurchaseNeed elsewhere
            = need(7, QStringLiteral("BAL-7"), 1, m_acme.branchId(QStringLiteral("CUU")) + QStringLiteral("-wh-A"));
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionAdded), purchaseSuggestionPayload({ elsewhere,
                         QStringLiteral("2026-11-26T11:00:00.000Z"), {}, {}, {} })),
            QStringList { QString(wire::pushstatus::kQuarantined) });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM purchase_suggestions WHERE id = ?"), { elsewhere.id }), 0);
        // No part, or an .ordered without its purchase order.
        QJsonObject noPart = purchaseSuggestionPayload(
            { need(7, QStringLiteral("BAL-7"), 1, shelf()), QStringLiteral("2026-11-26T11:00:00.000Z"), {}, {}, {} });
        noPart.remove(QStringLiteral("part_id"));
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionAdded), noPart),
            QStringList { QString(wire::pushstatus::kQuarantined) });
        const QJsonObject noOrder = purchaseSuggestionPayload({ need(7, QStringLiteral("BAL-7"), 1, shelf()),
            QStringLiteral("2026-11-26T11:00:00.000Z"), {}, {}, QStringLiteral("2026-11-26T11:00:00.000Z") });
        QCOMPARE(pushOne(QString::fromLatin1(kPurchaseSuggestionOrdered), noOrder),
            QStringList { QString(wire::pushstatus::kQuarantined) });
    }
};

QTEST_GUILESS_MAIN(TestPurchaseSuggestionIngest)
#include "testpurchasesuggestioningest.moc"
