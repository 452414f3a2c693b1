// Reportes › Operación on a 1366×768 counter: a manager signs in, the dashboard loads on a day with quotes, service
// orders and stock alerts (operationsseed.h), and the Operación tab shows them: quotes converted, open orders with
// the longest stay, mechanics' billed vs repair hours, parts out of stock; screenshots in es_MX.
#include "operationsseed.h"
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "main/area.h"
#include "reports/dashboardwidget.h"
#include "reports/operationspanel.h"
#include "reports/reportsscreen.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace nexus;
using namespace nexus::test;

namespace {

QString tileValue(QWidget *root, const char *tile)
{
    QWidget *box = root->findChild<QWidget *>(QString::fromLatin1(tile));
    QLabel *value = box ? box->findChild<QLabel *>(QStringLiteral("value")) : nullptr;
    return value ? value->text() : QString();
}

QString tileDetail(QWidget *root, const char *tile)
{
    QWidget *box = root->findChild<QWidget *>(QString::fromLatin1(tile));
    QLabel *detail = box ? box->findChild<QLabel *>(QStringLiteral("detail")) : nullptr;
    return detail ? detail->text() : QString();
}

} // namespace

class TestReportsOperations final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_device;
    QString m_shots;
    const QDate m_day = QDate(2026, 3, 10);

private Q_SLOTS:
    void initTestCase()
    {
        m_device = m_dir.file(QStringLiteral("device"));
        m_shots = shotsDir("NEXUS_UI_SHOTS", m_dir.file(QStringLiteral("shots")));
        QVERIFY(DeviceFixture::enroll(m_device));
        QVERIFY(DeviceFixture::addUser(m_device,
            { QStringLiteral("gerente"), QString::fromUtf8("Lucía Hernández"), Role::Manager,
                QStringLiteral("gerente-clave"), QString(), DeviceFixture::kBranchId }));
        Result<std::unique_ptr<LocalStore>> store
            = LocalStore::open(QDir(m_device).filePath(QStringLiteral("nexus.db")), QStringLiteral("seed"));
        QVERIFY2(store, why(store).constData());
        QVERIFY(OperationsSeed((*store)->db(), DeviceFixture::kBranchId, m_day).write());
    }

    void operationsTab()
    {
        UiSession session(m_device);
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("gerente"), QStringLiteral("gerente-clave"));
        QTRY_VERIFY_WITH_TIMEOUT(session.main() && session.main()->isVisible(), 10000);
        QVERIFY(session.main()->showArea(Area::Reports));
        ReportsScreen *screen = session.main()->reportsScreen();
        QVERIFY(screen);
        DashboardWidget *dashboard = screen->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 20000);
        QSignalSpy loaded(dashboard, &DashboardWidget::loaded);
        dashboard->setDay(m_day);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1 && dashboard->figures().day == m_day, 20000);

        QTest::qWait(50);
        shoot(screen, m_shots, "reports-dashboard-1366");
        screen->tabs()->setCurrentWidget(screen->operations());
        QCOMPARE(screen->tabs()->tabText(2), QStringLiteral("Operación"));
        OperationsPanel *panel = screen->operations();
        QCOMPARE(tileValue(panel, "tileQuotes"), QStringLiteral("33 %"));
        QVERIFY2(tileDetail(panel, "tileQuotes").startsWith(QStringLiteral("Hechas: 3 · enviadas por WhatsApp o correo: 1 · vendidas: 1")),
            qPrintable(tileDetail(panel, "tileQuotes")));
        QCOMPARE(tileValue(panel, "tileOrders"), QStringLiteral("1"));
        QCOMPARE(tileValue(panel, "tileStock"), QStringLiteral("2"));
        QVERIFY(!tileValue(panel, "tileMechanics").isEmpty());
        QTest::qWait(50);
        shoot(screen, m_shots, "reports-operations-1366");
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    useOffscreenScreen(config, 1366, 768);
    QApplication app(argc, argv);
    TestReportsOperations test;
    return QTest::qExec(&test, argc, argv);
}

#include "testreportsoperations.moc"
