// Flotillas through its real widgets, in Spanish, by keyboard, on a real nexus.db: Ctrl+N marks a company as a fleet
// (its contact, statement day and plan template), F6 applies the template to its vehicles, F4 edits a vehicle's plan,
// F5 records the service of a delivered order (the due lines come ticked; the cycle restarts), the vehicles show
// their coloured status (vencido / próximo / al día) and the alerts tab lists every fleet's; F7 queues the
// maintenance_due messages and the statement PDF is written. Screenshots at 1366×768 and 1920×1080 into
// $NEXUS_SHOTS_DIR/fleets, with the statement's first page as PNG when pdftoppm is installed.
#include "screenshots.h"
#include "tempdir.h"
#include "uisession.h"
#include "whenmodal.h"
#include "why.h"

#include "common/clock.h"
#include "customers/customercrmservice.h"
#include "customers/customerservice.h"
#include "fleets/fleetscreen.h"
#include "fleets/fleetservice.h"
#include "fleets/fleetstore.h"
#include "fleets/planlineseditor.h"
#include "mockclock.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kDevice = QStringLiteral("0190a6f2-7c1e-7000-8000-00000000c0de");
const QString kBranch = QStringLiteral("branch-centro");

CustomerContext manager()
{
    return CustomerContext { kDevice, kBranch, QStringLiteral("user-jorge"), Role::Manager, {}, {} };
}

// Keys to whatever has the focus now (an item editor opens on the first key and takes the rest).
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

// A shortcut of the screen: once a dialog has closed, the screen must be the active window again first.
void press(QWidget *screen, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    screen->activateWindow();
    if (!QTest::qWaitFor([screen] { return QApplication::activeWindow() == screen; }, 5000))
        qWarning("the fleet screen is not the active window");
    QTest::keyClick(screen, k, modifiers);
}

} // namespace

class TestFleetsUi final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_shots;
    std::unique_ptr<LocalStore> m_store;
    LanguageManager m_languages;
    QString m_company;
    CustomerVehicle m_late;

    Database &db() { return m_store->db(); }

    CustomerVehicle vehicle(const QString &plates, const QString &model, qint64 km, const Clock &clock)
    {
        CustomerVehicleFields f;
        f.plates = plates;
        f.make = QStringLiteral("Nissan");
        f.model = model;
        f.year = 2022;
        f.mileageKm = km;
        Result<CustomerVehicle> saved = CustomerCrmService(db(), clock).saveVehicle(m_company, {}, f, manager());
        return saved ? *saved : CustomerVehicle {};
    }

    static QString statusOf(QTableWidget *table, const QString &plates)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == plates)
                return table->item(row, 6)->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        QVERIFY(m_languages.setLanguage(QStringLiteral("es_MX")));
        m_shots = shotsDir("NEXUS_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("nexus-shots")))
            + QStringLiteral("/fleets");
        QDir().mkpath(m_shots);
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store, why(store).constData());
        m_store = std::move(*store);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name) VALUES (?, 'CEN', 'Sucursal Centro')"),
            { kBranch }));

        // Seven months ago: the company's trucks, two of them with an oil-change plan since then.
        const QDate today = QDate::currentDate();
        MockClock past(QDateTime(today.addDays(-200), QTime(15, 0), Qt::UTC));
        CustomerFields company;
        company.name = QStringLiteral("Transportes del Norte");
        company.phone = QStringLiteral("8112345678");
        company.creditLimit = Money(5'000'000);
        company.creditDays = 30;
        Result<Customer> created = CustomerService(db(), past).create(company, manager());
        QVERIFY2(created, why(created).constData());
        m_company = created->id;
        CustomerFields other;
        other.name = QStringLiteral("Refacciones Garza");
        QVERIFY(CustomerService(db(), past).create(other, manager()));
        m_late = vehicle(QStringLiteral("NLF-123-A"), QStringLiteral("NP300"), 41000, past);
        QVERIFY(FleetService(db(), past).savePlan(
            m_late.id, { { QStringLiteral("Cambio de aceite"), 10000, 6 } }, manager()));
        MockClock later(QDateTime(today.addDays(-172), QTime(15, 0), Qt::UTC));
        const CustomerVehicle soon = vehicle(QStringLiteral("NLF-456-B"), QStringLiteral("Urvan"), 88000, later);
        QVERIFY(FleetService(db(), later).savePlan(
            soon.id, { { QStringLiteral("Cambio de aceite"), 10000, 6 } }, manager()));
        QVERIFY(!vehicle(QStringLiteral("NLF-789-C"), QStringLiteral("Frontier"), 12000, later).id.isEmpty());

        // Last week the late truck came in at 52,300 km; its order was charged today on the company's account.
        QVERIFY(CashSessionService(db(), Clock::system(), kDevice, kBranch)
                    .open(QStringLiteral("user-maria"), Money(50000)));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO service_orders(id, folio, branch_id, device_id, status, "
                                         "customer_id, customer_name, vehicle_id, vehicle_plates, vehicle_make, "
                                         "vehicle_model, mileage_km, opened_by, opened_at, updated_at) VALUES "
                                         "('so-1', 'OS-000041', ?, ?, 'ready', ?, 'Transportes del Norte', ?, "
                                         "'NLF123A', 'Nissan', 'NP300', 52300, 'user-asesor', ?, ?)"),
            { kBranch, kDevice, m_company, m_late.id,
                QDateTime::currentDateTimeUtc().addDays(-6).toString(Qt::ISODateWithMs), now }));
        Cart cart;
        QVERIFY(cart.add(CartItem { 7, QStringLiteral("ACE-5W30"), QStringLiteral("Servicio de aceite"),
                             QStringLiteral("wh-1"), Money(185000), Money(185000), Money(90000), TaxRate::iva16(), 1,
                             QStringLiteral("78181500"), QStringLiteral("E48") },
            Quantity::units(1)));
        cart.setCustomerId(m_company);
        Result<SaleReceipt> sale = CheckoutService(db(), Clock::system())
                                       .checkout(cart, { Tender { TenderMethod::StoreCredit, Money(185000), 0, {} } },
                                           { kDevice, kBranch, QStringLiteral("CEN1"), QStringLiteral("user-maria"),
                                               Role::Cashier, false, {} });
        QVERIFY2(sale, why(sale).constData());
        QVERIFY(db().exec(QStringLiteral("UPDATE service_orders SET status = 'delivered', sale_id = ?, sale_folio = ?, "
                                         "charged_at = ? WHERE id = 'so-1'"),
            { sale->saleId, sale->folio, now }));
    }

    void cleanupTestCase() { m_store.reset(); }

    void aFleetByKeyboard()
    {
        FleetScreen screen(*m_store, manager(), QStringLiteral("Sucursal Centro"));
        screen.resize(1366, 768);
        screen.show();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QCOMPARE(screen.fleetList()->count(), 0);

        // Ctrl+N: the company, its contact, statement day 25, the proposed template as it is.
        whenModal([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("fleetEditDialog"));
            auto *customer = dialog->findChild<QComboBox *>(QStringLiteral("fleetCustomer"));
            QCOMPARE(customer->count(), 2);
            customer->lineEdit()->selectAll();
            type(QStringLiteral("Transportes del Norte"));
            key(Qt::Key_Tab);
            type(QStringLiteral("Laura Garza"));
            key(Qt::Key_Tab);
            type(QStringLiteral("8187654321"));
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);
            dialog->findChild<QSpinBox *>(QStringLiteral("fleetStatementDay"))->selectAll();
            type(QStringLiteral("25"));
            QCOMPARE(dialog->findChild<PlanLinesEditor *>()->rowCount(), 3);
            QCOMPARE(dialog->findChild<PlanLinesEditor *>()->item(0, 0)->text(), QStringLiteral("Cambio de aceite"));
            key(Qt::Key_Return);
            if (dialog->isVisible()) {
                qWarning("fleet not saved: %s",
                    qPrintable(dialog->findChild<QLabel *>(QStringLiteral("fleetEditError"))->text()));
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        press(&screen, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(screen.fleetList()->count(), 1);
        QCOMPARE(screen.vehicleTable()->rowCount(), 3);
        Result<std::optional<Fleet>> fleet = FleetStore(db()).fleet(m_company);
        QVERIFY(fleet && *fleet);
        QCOMPARE((*fleet)->fields.statementDay, 25);
        QCOMPARE((*fleet)->fields.contactName, QStringLiteral("Laura Garza"));

        // The statuses before anything else: the late truck vencido, the Urvan próximo, the Frontier without a plan.
        QTableWidget *vehicles = screen.vehicleTable();
        QCOMPARE(statusOf(vehicles, QStringLiteral("NLF123A")), QStringLiteral("Vencido"));
        QCOMPARE(statusOf(vehicles, QStringLiteral("NLF456B")), QStringLiteral("Próximo"));
        QCOMPARE(statusOf(vehicles, QStringLiteral("NLF789C")), QStringLiteral("—"));
        QCOMPARE(vehicles->item(0, 6)->background().color(), QColor(0xfd, 0xdc, 0xdc));
        QCOMPARE(screen.alertTable()->rowCount(), 2);

        // F6: the template on every vehicle (three lines each; the existing oil changes keep their history).
        press(&screen, Qt::Key_F6);
        QLabel *message = screen.findChild<QLabel *>(QStringLiteral("fleetMessage"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("3 vehículos")), qPrintable(message->text()));
        QCOMPARE(FleetStore(db()).planItems(m_late.id)->size(), 3);
        QCOMPARE(statusOf(vehicles, QStringLiteral("NLF123A")), QStringLiteral("Vencido"));

        // F4 on the Frontier (last row): a fourth line typed in the table, saved with Enter.
        vehicles->setFocus();
        vehicles->setCurrentCell(2, 0);
        QCOMPARE(vehicles->item(2, 1)->text(), QStringLiteral("NLF789C"));
        whenModal([this](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("vehiclePlanDialog"));
            auto *lines = dialog->findChild<PlanLinesEditor *>();
            QCOMPARE(lines->rowCount(), 3);
            lines->setFocus();
            key(Qt::Key_Insert, Qt::ControlModifier);
            QCOMPARE(lines->rowCount(), 4);
            // The new row's cells (typing into item editors is the table's own business, tested by Qt).
            lines->item(3, 0)->setText(QStringLiteral("Alineación"));
            lines->item(3, 1)->setText(QStringLiteral("15,000"));
            lines->item(3, 2)->setText(QStringLiteral("12"));
            shoot(dialog, m_shots, "fleet-plan");
            key(Qt::Key_Return, Qt::ControlModifier); // saves
            if (dialog->isVisible()) { // so a refusal fails the test instead of hanging it
                qWarning("plan not saved: %s",
                    qPrintable(dialog->findChild<QLabel *>(QStringLiteral("vehiclePlanError"))->text()));
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        press(&screen, Qt::Key_F4);
        QTRY_COMPARE(FleetStore(db()).planItems(screen.currentVehicleId())->size(), 4);

        // F5 on the late truck: its delivered order is offered with its day and reading; the due line comes ticked.
        vehicles->setCurrentCell(0, 0);
        QCOMPARE(vehicles->item(0, 1)->text(), QStringLiteral("NLF123A"));
        QVERIFY(screen.findChild<QLabel *>(QStringLiteral("vehicleDetail"))->text().contains(QStringLiteral("OS-000041")));
        whenModal([this](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("recordServiceDialog"));
            QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("serviceOrderChoice"))->currentText().startsWith(
                QStringLiteral("OS-000041")));
            QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("serviceKm"))->value(), 52300);
            auto *items = dialog->findChild<QListWidget *>(QStringLiteral("serviceItems"));
            int ticked = 0;
            for (int i = 0; i < items->count(); ++i)
                ticked += items->item(i)->checkState() == Qt::Checked ? 1 : 0;
            QCOMPARE(ticked, 1);
            dialog->findChild<QLineEdit *>(QStringLiteral("serviceNote"))->setFocus();
            type(QStringLiteral("Aceite 5W-30"));
            shoot(dialog, m_shots, "fleet-record-service");
            key(Qt::Key_Return);
            if (dialog->isVisible()) {
                qWarning("service not recorded: %s",
                    qPrintable(dialog->findChild<QLabel *>(QStringLiteral("recordServiceError"))->text()));
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        press(&screen, Qt::Key_F5);
        QTRY_COMPARE(FleetStore(db()).records(m_late.id)->size(), 1);
        QCOMPARE(FleetStore(db()).records(m_late.id)->constFirst().serviceOrderFolio, QStringLiteral("OS-000041"));
        QTRY_COMPARE(statusOf(vehicles, QStringLiteral("NLF123A")), QStringLiteral("Al día"));
        QCOMPARE(screen.alertTable()->rowCount(), 1); // the Urvan's

        // F7: the Urvan's maintenance_due to the in-app bell and WhatsApp (the company's phone); no e-mail address, so
        // the e-mail is logged as not sent with that reason.
        press(&screen, Qt::Key_F7);
        QTRY_VERIFY2(message->text().contains(QStringLiteral("2 avisos")), qPrintable(message->text()));
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM notification_messages WHERE event = 'maintenance_due' "
                                            "AND state <> 'skipped'"))
                     ->toInt(),
            2);
        QCOMPARE(db().scalar(QStringLiteral("SELECT skip_reason FROM notification_messages WHERE event = "
                                            "'maintenance_due' AND state = 'skipped' AND channel = 'email'"))
                     ->toString(),
            QStringLiteral("no_email"));

        shoot(&screen, m_shots, "fleet-vehicles-1366");
        press(&screen, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(screen.tabs()->currentIndex(), 1);
        shoot(&screen, m_shots, "fleet-alerts-1366");
        press(&screen, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(screen.statsTable()->item(0, 3)->text(), QStringLiteral("$1,850.00"));
        shoot(&screen, m_shots, "fleet-figures-1366");
        press(&screen, Qt::Key_1, Qt::AltModifier);
        screen.resize(1920, 1080);
        QTest::qWait(50);
        shoot(&screen, m_shots, "fleet-vehicles-1920");

        // The statement of the period closing this month: the order and the account charge.
        const QString pdf = QDir(m_shots).filePath(QStringLiteral("estado-de-cuenta.pdf"));
        QFile::remove(pdf);
        const QDate today = QDate::currentDate();
        const QDate closing = today.day() > 25 ? today.addMonths(1) : today;
        QVERIFY(screen.exportStatement(closing, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty())
            QCOMPARE(QProcess::execute(pdftoppm, { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                     QStringLiteral("1"), pdf,
                                                     QDir(m_shots).filePath(QStringLiteral("estado-de-cuenta")) }),
                0);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1920, 1080);
    QApplication app(argc, argv);
    TestFleetsUi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testfleets.moc"
