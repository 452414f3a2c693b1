// The daily notices runner: on its own thread with a mock clock it raises warranty_expiring and maintenance_due once
// per local day, not before the shop opens, and not again after a restart on the same day (the day is kept in
// nexus.db); on the next day it runs again but the once-per-warranty / per-cycle guarantees hold. Real SQLite file.
#include "auth/passwordhasher.h"
#include "auth/userrepository.h"
#include "customers/customercrmservice.h"
#include "customers/customerservice.h"
#include "fleets/fleetservice.h"
#include "mockclock.h"
#include "notifications/dailynoticerunner.h"
#include "notifications/dailynotices.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QSignalSpy>
#include <QTest>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("0190a1b2-dev1");
const QString kBranch = QStringLiteral("branch-1");
const QString kManager = QStringLiteral("user-gerente");

QDateTime localAt(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::LocalTime).toUTC();
}

CustomerContext manager()
{
    return CustomerContext { kDevice, kBranch, kManager, Role::Manager, {}, {} };
}

struct Check
{
    bool ran = false;
    QDate day;
    int warranties = -1;
    int maintenance = -1;
};

} // namespace

class TestDailyNotices final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    test::MockClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    QString m_path;

    Database &db() { return m_store->db(); }
    qint64 count(const QString &sql)
    {
        Result<QVariant> value = db().scalar(sql);
        return value && value->isValid() ? value->toLongLong() : -1;
    }
    qint64 messages(const char *event)
    {
        return count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = '%1'")
                         .arg(QLatin1String(event)));
    }

    // A counter start: a fresh runner over the same nexus.db; its first check happens at start.
    Check startCounter()
    {
        DailyNoticeRunner runner(m_path, m_dir.file(QStringLiteral("catalog.db")), m_clock, 3600 * 1000);
        QSignalSpy spy(&runner, &DailyNoticeRunner::checked);
        runner.start();
        if (!spy.wait(10000))
            return {};
        runner.stop();
        const QList<QVariant> args = spy.takeFirst();
        return Check { args.at(0).toBool(), args.at(1).toDate(), args.at(2).toInt(), args.at(3).toInt() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.set(localAt(QDate(2026, 1, 15), 12));
        m_path = m_dir.file(QStringLiteral("nexus.db"));
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_path);
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kManager, Money(100000)).has_value());
        UserRecord record;
        record.user.id = kManager;
        record.user.username = QStringLiteral("gerente");
        record.user.displayName = QStringLiteral("Gerente");
        record.user.role = Role::Manager;
        record.user.branchId = kBranch;
        record.passwordHash = PasswordHasher::hash(QStringLiteral("x"), 1000);
        QVERIFY(UserRepository(db()).upsert(record).has_value());

        // A fleet customer with a pickup whose oil change is every 3 months from today (due April 15) …
        CustomerFields fields;
        fields.name = QStringLiteral("Transportes del Norte");
        fields.phone = QStringLiteral("8112345678");
        Result<Customer> company = CustomerService(db(), m_clock).create(fields, manager());
        QVERIFY2(company, test::why(company).constData());
        CustomerVehicleFields pickup;
        pickup.plates = QStringLiteral("ABC-123-D");
        pickup.make = QStringLiteral("Nissan");
        pickup.model = QStringLiteral("NP300");
        pickup.year = 2022;
        pickup.mileageKm = 10000;
        Result<CustomerVehicle> vehicle
            = CustomerCrmService(db(), m_clock).saveVehicle(company->id, {}, pickup, manager());
        QVERIFY2(vehicle, test::why(vehicle).constData());
        FleetService fleets(db(), m_clock);
        QVERIFY(fleets.saveFleet(company->id, FleetFields {}, manager()));
        QVERIFY(fleets.savePlan(vehicle->id, { { QStringLiteral("Cambio de aceite"), 0, 3 } }, manager()));

        // … and a ticket with labor (the labor policy: 90 days, so its warranty ends April 15 too).
        Cart cart;
        CartItem labor { 0, QStringLiteral(""), QStringLiteral("Cambio de balatas"), QStringLiteral(""), Money(50000), Money(50000),
            Money(0), TaxRate::iva16(), 1, QStringLiteral("78181500"), QStringLiteral("E48") };
        labor.service = true;
        QVERIFY(cart.add(labor, Quantity::units(1)));
        cart.setCustomerId(company->id);
        CheckoutContext checkout { kDevice, kBranch, QStringLiteral("MTZ1"), kManager, Role::Manager, true };
        Result<SaleReceipt> sale = CheckoutService(db(), m_clock)
                                       .checkout(cart, { Tender { TenderMethod::Cash, Money(50000), 0, {} } }, checkout);
        QVERIFY2(sale, test::why(sale).constData());
    }

    void onceADayAcrossRestarts()
    {
        // Day 1, noon: the pass runs, nothing is near its end yet.
        Check first = startCounter();
        QVERIFY(first.ran);
        QCOMPARE(first.day, QDate(2026, 1, 15));
        QCOMPARE(first.warranties, 0);
        QCOMPARE(first.maintenance, 0);
        QCOMPARE(*DailyNotices(db(), m_clock, {}).lastRun(), QDate(2026, 1, 15));
        // Restarted the same afternoon: already done today.
        m_clock.set(localAt(QDate(2026, 1, 15), 17));
        QVERIFY(!startCounter().ran);

        // April 5 before opening time: not yet.
        m_clock.set(localAt(QDate(2026, 4, 5), 7));
        Check early = startCounter();
        QVERIFY(!early.ran);
        QCOMPARE(messages("warranty_expiring"), 0);

        // April 5, 9 o'clock, the runner still open from the morning: its timer's next check runs the day's pass.
        {
            DailyNoticeRunner runner(m_path, m_dir.file(QStringLiteral("catalog.db")), m_clock, 3600 * 1000);
            QSignalSpy spy(&runner, &DailyNoticeRunner::checked);
            runner.start();
            QVERIFY(spy.wait(10000));
            QVERIFY(!spy.takeFirst().at(0).toBool());
            m_clock.set(localAt(QDate(2026, 4, 5), 9));
            runner.nudge();
            QVERIFY(spy.wait(10000));
            const QList<QVariant> args = spy.takeFirst();
            QVERIFY(args.at(0).toBool());
            QCOMPARE(args.at(1).toDate(), QDate(2026, 4, 5));
            // The labor's warranty: in-app (the customer has no e-mail; WhatsApp needs an enabled template+phone).
            QVERIFY2(args.at(2).toInt() >= 1, qPrintable(QString::number(args.at(2).toInt())));
            QVERIFY2(args.at(3).toInt() >= 1, qPrintable(QString::number(args.at(3).toInt())));
        }
        const qint64 warrantyMessages = messages("warranty_expiring");
        const qint64 maintenanceMessages = messages("maintenance_due");
        QVERIFY(warrantyMessages >= 1);
        QVERIFY(maintenanceMessages >= 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'warranty_expiring' "
                                      "AND channel = 'in_app' AND body LIKE '%Cambio de balatas%'")),
            1);

        // Restarted that evening: nothing runs, nothing doubles.
        m_clock.set(localAt(QDate(2026, 4, 5), 20));
        QVERIFY(!startCounter().ran);
        QCOMPARE(messages("warranty_expiring"), warrantyMessages);

        // Next day: the pass runs again, but the same warranty and the same maintenance cycle are not told twice.
        m_clock.set(localAt(QDate(2026, 4, 6), 10));
        Check next = startCounter();
        QVERIFY(next.ran);
        QCOMPARE(next.day, QDate(2026, 4, 6));
        QCOMPARE(next.warranties, 0);
        QCOMPARE(next.maintenance, 0);
        QCOMPARE(messages("warranty_expiring"), warrantyMessages);
        QCOMPARE(messages("maintenance_due"), maintenanceMessages);
        QCOMPARE(*DailyNotices(db(), m_clock, {}).lastRun(), QDate(2026, 4, 6));
    }
};

QTEST_GUILESS_MAIN(TestDailyNotices)
#include "testdailynotices.moc"
