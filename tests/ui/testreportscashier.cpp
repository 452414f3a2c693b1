// Reportes for a cashier, through the real client in Spanish: Ana signs in, opens Reportes with its Ctrl+digit, sees
// only the Reportes tab (no dashboard, no Operación) and only the reports of her own cash session; the session summary
// (F5) shows her tickets, her payments by method, her cash-in, her return and the drawer, reconciling to the centavo
// with what she rang up, and nothing of Beto's till at the other counter; the sales journal lists her two tickets only.
// A manager still gets the three tabs and every report. Screenshot to $NEXUS_REPORTS_SHOTS (default /tmp).
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "cash/cashmovementservice.h"
#include "common/clock.h"
#include "main/area.h"
#include "reports/dashboardwidget.h"
#include "reports/operationspanel.h"
#include "reports/reportsscreen.h"
#include "reports/reportservice.h"
#include "reports/reportstab.h"
#include "reports/reporttablemodel.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kOtherDevice = QStringLiteral("dev-caja-2");

} // namespace

class TestReportsCashier final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_device;
    QString m_anaSession;
    QString m_betoSession;
    QString m_betoFolio;
    QStringList m_anaFolios;
    QString m_returnFolio;

    // One line of `cents` paid with `tender`, rung up by `cashier` at `deviceId`'s till: the sale's folio.
    static Result<SaleReceipt> sell(Database &db, const QString &deviceId, const QString &series,
        const QString &cashier, qint64 cents, const Tender &tender)
    {
        Cart cart;
        const CartItem item { 7, QStringLiteral("BAL-7"), QStringLiteral("Balata delantera"),
            QStringLiteral("wh-1"), Money(cents), Money(cents), Money(cents / 2), TaxRate::iva16(), 1,
            QStringLiteral("25174400"), QStringLiteral("H87") };
        if (Status added = cart.add(item, Quantity::units(1)); !added)
            return std::unexpected(added.error());
        const CheckoutContext context { deviceId, DeviceFixture::kBranchId, series, cashier, Role::Cashier, false };
        return CheckoutService(db, Clock::system()).checkout(cart, { tender }, context);
    }

    static qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
    {
        Result<QVariant> value = db.scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    // The summary's amount on the row (section, concept); -1 when there is no such row.
    static qint64 amountOf(const ReportTable &table, const QString &section, const QString &item)
    {
        for (int row = 0; row < table.rows.size(); ++row)
            if (table.rows.at(row).at(0).toString() == section && table.rows.at(row).at(1).toString() == item)
                return table.number(row, QStringLiteral("amount"));
        return -1;
    }

    static bool runReport(ReportsTab *tab)
    {
        QSignalSpy ready(tab, &ReportsTab::reportReady);
        tab->view()->setFocus(); // F5 is the tab's shortcut: the focus must be in it
        QTest::keyClick(tab->view(), Qt::Key_F5);
        return ready.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        m_device = m_dir.file(QStringLiteral("pos"));
        QVERIFY(QDir().mkpath(m_device));
        QVERIFY(DeviceFixture::enroll(m_device));
        QVERIFY(DeviceFixture::addUser(m_device,
            { QStringLiteral("ana"), QStringLiteral("Ana López"), Role::Cashier, QStringLiteral("caja"),
                QStringLiteral("1111") }));
        QVERIFY(DeviceFixture::addUser(m_device,
            { QStringLiteral("beto"), QStringLiteral("Beto Garza"), Role::Cashier, QStringLiteral("caja2"),
                QStringLiteral("2222") }));
        QVERIFY(DeviceFixture::addUser(m_device,
            { QStringLiteral("gerardo"), QStringLiteral("Gerardo Ruiz"), Role::Manager, QStringLiteral("gerente"),
                QStringLiteral("4321") }));
        auto store = LocalStore::open(QDir(m_device).filePath(QStringLiteral("nexus.db")), QStringLiteral("fixture"));
        QVERIFY2(store.has_value(), why(store).constData());
        Database &db = (*store)->db();
        // Beto's till at the other counter, one big cash sale.
        Result<CashSession> beto
            = CashSessionService(db, Clock::system(), kOtherDevice, DeviceFixture::kBranchId)
                  .open(QStringLiteral("user-beto"), Money(30000));
        QVERIFY2(beto, why(beto).constData());
        m_betoSession = beto->id;
        Result<SaleReceipt> betoSale = sell(db, kOtherDevice, QStringLiteral("CEN2"), QStringLiteral("user-beto"),
            999900, Tender { TenderMethod::Cash, Money(999900), 0, {} });
        QVERIFY2(betoSale, why(betoSale).constData());
        m_betoFolio = betoSale->folio;
        // Ana's till here: a cash sale, a debit card sale, $200 of change put in, and a cash return.
        Result<CashSession> ana
            = CashSessionService(db, Clock::system(), DeviceFixture::kDeviceId, DeviceFixture::kBranchId)
                  .open(QStringLiteral("user-ana"), Money(50000));
        QVERIFY2(ana, why(ana).constData());
        m_anaSession = ana->id;
        Result<SaleReceipt> cash = sell(db, DeviceFixture::kDeviceId, QStringLiteral("CEN1"),
            QStringLiteral("user-ana"), 116000, Tender { TenderMethod::Cash, Money(120000), 0, {} });
        QVERIFY2(cash, why(cash).constData());
        Result<SaleReceipt> card = sell(db, DeviceFixture::kDeviceId, QStringLiteral("CEN1"),
            QStringLiteral("user-ana"), 58000,
            Tender { TenderMethod::CardDebit, Money(58000), 0, QStringLiteral("AUT-123456") });
        QVERIFY2(card, why(card).constData());
        m_anaFolios = { cash->folio, card->folio };
        CashMovementRequest change;
        change.kind = CashMovementKind::In;
        change.amount = Money(20000);
        change.reason = QStringLiteral("Cambio");
        change.userId = QStringLiteral("user-ana");
        Result<CashMovement> moved
            = CashMovementService(db, Clock::system(), DeviceFixture::kDeviceId, DeviceFixture::kBranchId)
                  .record(change);
        QVERIFY2(moved, why(moved).constData());
        // The cash ticket comes back, refunded in cash with the manager's approval.
        ReturnRequest back;
        back.saleId = cash->saleId;
        back.lines = { ReturnLineRequest { 1, Quantity::units(1), ReturnDestination::Stock } };
        back.reason = QStringLiteral("No era la pieza");
        back.refundMethod = RefundMethod::Cash;
        Result<ReturnRecord> returned = ReturnService(db, Clock::system())
                                            .processReturn(back,
                                                ReturnContext { DeviceFixture::kDeviceId, DeviceFixture::kBranchId,
                                                    QStringLiteral("CEN1"), QStringLiteral("user-ana"), Role::Cashier,
                                                    QStringLiteral("user-gerardo") });
        QVERIFY2(returned, why(returned).constData());
        m_returnFolio = returned->folio;
    }

    void cashierSeesHerOwnSessionOnly()
    {
        UiSession session(m_device);
        MainWindow *main = session.signInAtCounter(QStringLiteral("ana"), QStringLiteral("caja"));
        QVERIFY(main);
        auto *nav = session.mainChild<QToolButton>("nav_reports");
        QVERIFY(nav && nav->isEnabled());
        QTest::keySequence(main, areaShortcut(Area::Reports));
        QCOMPARE(main->currentArea(), Area::Reports);
        auto *screen = session.mainChild<ReportsScreen>("page_reports");
        QVERIFY(screen && screen->isVisible());

        // The branch's dashboard and Operación are not hers: only the Reportes tab, and Ctrl+Tab stays on it.
        QTabWidget *tabs = screen->tabs();
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->indexOf(screen->dashboard()), -1);
        QCOMPARE(tabs->indexOf(screen->operations()), -1);
        QCOMPARE(tabs->currentWidget(), screen->reports());
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), screen->reports());
        QVERIFY(!screen->dashboard()->isVisible());

        // Her session's reports only: no margins, no branch sales, no stock, no costs.
        ReportsTab *tab = screen->reports();
        QComboBox *picker = tab->reportPicker();
        QStringList offered;
        for (int i = 0; i < picker->count(); ++i)
            offered << reportCode(static_cast<ReportKind>(picker->itemData(i).toInt()));
        QCOMPARE(offered,
            QStringList({ QStringLiteral("cash_session_summary"), QStringLiteral("sales_journal"),
                QStringLiteral("returns"), QStringLiteral("cash_sessions") }));
        for (ReportKind managers : { ReportKind::Margins, ReportKind::SalesByCashier, ReportKind::InventoryValuation })
            QCOMPARE(picker->findData(static_cast<int>(managers)), -1);
        QVERIFY(tab->sessionPicker()->isVisible());
        QCOMPARE(tab->sessionPicker()->count(), 1); // Beto's till is not offered
        QCOMPARE(tab->sessionPicker()->currentData().toString(), m_anaSession);
        QVERIFY(!tab->findChild<QComboBox *>(QStringLiteral("reportCashier"))->isVisible());

        // The summary: her tickets, her payments per method, her cash-in, the drawer — nothing of Beto's.
        QVERIFY(runReport(tab));
        const ReportTable summary = tab->model()->table();
        QVERIFY2(!summary.rows.isEmpty(), qPrintable(tab->status()->text()));
        auto store = LocalStore::open(QDir(m_device).filePath(QStringLiteral("nexus.db")), QStringLiteral("check"));
        QVERIFY2(store.has_value(), why(store).constData());
        Database &db = (*store)->db();
        const qint64 sold = scalar(db,
            QStringLiteral("SELECT sum(total_cents) FROM sales WHERE cash_session_id = ? AND status = 'completed'"),
            { m_anaSession });
        QCOMPARE(sold, 174000);
        QCOMPARE(amountOf(summary, QStringLiteral("Ventas"), QStringLiteral("Tickets completados")), sold);
        QCOMPARE(amountOf(summary, QStringLiteral("Pagos"), QStringLiteral("Efectivo")), 116000);
        QCOMPARE(amountOf(summary, QStringLiteral("Pagos"), QStringLiteral("Tarjeta de débito")), 58000);
        QCOMPARE(amountOf(summary, QStringLiteral("Movimientos de efectivo"), QStringLiteral("Entrada de efectivo: Cambio")),
            20000);
        QCOMPARE(amountOf(summary, QStringLiteral("Devoluciones"), m_returnFolio + QStringLiteral(" (Efectivo)")), -116000);
        // $500 float + $1,160 cash kept + $200 put in − $1,160 refunded in cash.
        QCOMPARE(amountOf(summary, QStringLiteral("Caja"), QStringLiteral("Efectivo esperado")), 50000 + 20000);
        QVERIFY(summary.totals.isEmpty()); // sections do not add up into one total
        for (const QVariantList &row : summary.rows) {
            QVERIFY2(!row.at(1).toString().contains(QStringLiteral("Beto")), qPrintable(row.at(1).toString()));
            QVERIFY2(row.at(4).toLongLong() != 999900, qPrintable(row.at(1).toString()));
        }
        shoot(main, shotsDir("NEXUS_REPORTS_SHOTS", QStringLiteral("/tmp")), "reports-cashier-summary");

        // The sales journal (Down from the summary in the picker): her two tickets, not Beto's.
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down);
        QCOMPARE(tab->request().kind, ReportKind::SalesJournal);
        QVERIFY(runReport(tab));
        const ReportTable journal = tab->model()->table();
        QStringList folios;
        for (const QVariantList &row : journal.rows)
            folios << row.at(0).toString();
        folios.sort();
        QStringList expected = m_anaFolios;
        expected.sort();
        QCOMPARE(folios, expected);
        QVERIFY(!folios.contains(m_betoFolio));
        QCOMPARE(journal.total(QStringLiteral("total")), sold);

        // Whatever the tab is asked, the core scopes it: Beto's session is refused to her.
        ReportRequest others = tab->request();
        others.cashSessionId = m_betoSession;
        Result<ReportTable> refused = ReportService(db, QString()).run(others,
            ReportViewer { QStringLiteral("user-ana"), Role::Cashier, DeviceFixture::kBranchId });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    }

    void managerKeepsTheBranchScreens()
    {
        UiSession session(m_device);
        MainWindow *main = session.signInAtCounter(QStringLiteral("gerardo"), QStringLiteral("gerente"));
        QVERIFY(main);
        QVERIFY(main->showArea(Area::Reports));
        auto *screen = session.mainChild<ReportsScreen>("page_reports");
        QVERIFY(screen);
        QTabWidget *tabs = screen->tabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->indexOf(screen->dashboard()), 0);
        QCOMPARE(tabs->indexOf(screen->operations()), 2);
        QCOMPARE(tabs->currentWidget(), screen->dashboard());
        QCOMPARE(screen->reports()->reportPicker()->count(), allReportKinds().size());
        QVERIFY(!screen->reports()->sessionPicker()->isVisibleTo(screen->reports()));
    }
};

QTEST_MAIN(TestReportsCashier)
#include "testreportscashier.moc"
