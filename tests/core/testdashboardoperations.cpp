// The dashboard's operations figures on a real nexus.db: quotes made vs sent vs converted in the 30 days, service
// orders by state with the average stay per state from their history (a stay still going is cut at the period's
// end), mechanics' billed labor hours against the hours their orders were in repair, and the stock's open alerts.
// Rows outside the period, removed labor lines and in-app copies of a quote's message do not count (operationsseed.h).
#include "operationsseed.h"
#include "reports/dashboard.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

class TestDashboardOperations final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    Database &db() { return m_store->db(); }

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(test::OperationsSeed(db(), QStringLiteral("b1"), QDate(2026, 3, 10)).write());
    }

    void figuresOfTheThirtyDays()
    {
        Result<DashboardFigures> f = DashboardService(db(), QString()).load(QDate(2026, 3, 10), QString(), QTimeZone::utc());
        QVERIFY2(f, test::why(f).constData());
        const DashboardOperations &o = f->operations;
        QCOMPARE(o.quotes, 3);
        QCOMPARE(o.quotesMessaged, 1);
        QCOMPARE(o.quotesConverted, 1);
        QCOMPARE(o.quotesCents, 170000);
        QCOMPARE(o.quotesConvertedCents, 100000);

        QCOMPARE(o.orderStates.size(), 6); // received … ready
        const auto state = [&o](ServiceOrderStatus status) {
            for (const DashboardOrderState &s : o.orderStates)
                if (s.status == status)
                    return s;
            return DashboardOrderState {};
        };
        // Received: A 60 min, B 360 min. Repair: A 180 min, B from 18:00 to the period's end at midnight, 360 min.
        QCOMPARE(state(ServiceOrderStatus::Received).stays, 2);
        QCOMPARE(state(ServiceOrderStatus::Received).averageMinutes, 210);
        QCOMPARE(state(ServiceOrderStatus::Diagnosis).averageMinutes, 60);
        QCOMPARE(state(ServiceOrderStatus::Repair).stays, 2);
        QCOMPARE(state(ServiceOrderStatus::Repair).averageMinutes, 270);
        QCOMPARE(state(ServiceOrderStatus::Repair).open, 1);
        QCOMPARE(state(ServiceOrderStatus::Ready).averageMinutes, 60);
        QCOMPARE(state(ServiceOrderStatus::WaitingParts).stays, 0);

        QCOMPARE(o.mechanics.size(), 2);
        QCOMPARE(o.mechanics.at(0).name, QStringLiteral("Beto"));
        QCOMPARE(o.mechanics.at(0).billedHoursThousandths, 2500); // the removed line and old order C do not count
        QCOMPARE(o.mechanics.at(0).clockedMinutes, 180);
        QCOMPARE(o.mechanics.at(1).name, QStringLiteral("Carlos"));
        QCOMPARE(o.mechanics.at(1).billedHoursThousandths, 1000);
        QCOMPARE(o.mechanics.at(1).clockedMinutes, 360);

        QCOMPARE(o.partsOutOfStock, 2);
        QCOMPARE(o.reorderAlerts, 2);
        QCOMPARE(o.reorderAlertsUnacknowledged, 1);

        // Another branch's dashboard counts none of this branch's quotes and orders.
        Result<DashboardFigures> other
            = DashboardService(db(), QString()).load(QDate(2026, 3, 10), QStringLiteral("b2"), QTimeZone::utc());
        QVERIFY2(other, test::why(other).constData());
        QCOMPARE(other->operations.quotes, 0);
        QVERIFY(other->operations.mechanics.isEmpty());
        QCOMPARE(other->operations.orderStates.at(3).open, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardOperations)
#include "testdashboardoperations.moc"
