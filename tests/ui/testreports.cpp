// The Reportes screen on a counter holding a year of demo sales (the demo generator's tenant, its first branch copied
// in by the demo-history importer): a manager signs in, opens Reportes, the dashboard opens on the last day
// of the history with the same day total as the ledger, the sales journal of a month runs in the background and is
// exported to CSV (one line per ticket, BOM) and to a multi-page PDF whose every foot says "Página N de M"; the
// month's margins by category go to a PDF too, and the inventory reports (ABC, stock-outs, slow movers) to CSV and PDF.
// With NEXUS_REPORTS_SHOTS=DIR the dashboard, the report table and the PDF's first page are saved there as PNG.
#include "screenshots.h"
#include "tempdir.h"
#include "uifixture.h"
#include "uisession.h"
#include "why.h"

#include "demo/clienthistory.h"
#include "demo/demogenerator.h"
#include "main/area.h"
#include "reports/dashboardwidget.h"
#include "reports/reportservice.h"
#include "reports/reportsscreen.h"
#include "reports/reportstab.h"
#include "reports/reporttablemodel.h"
#include "sales/savings.h"

#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace nexus;
using namespace nexus::test;

namespace {

QString toolOutput(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return {};
    QProcess process;
    process.start(exe, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportsScreen final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QString m_device;
    QString m_branchId;
    QString m_shots;

private Q_SLOTS:
    void initTestCase()
    {
        initUiTests();
        m_shots
            = qEnvironmentVariableIsSet("NEXUS_REPORTS_SHOTS") ? shotsDir("NEXUS_REPORTS_SHOTS", QString()) : QString();
        // A small catalogue keeps the generator quick; the year of sales is the full one.
        demo::DemoOptions options;
        options.outDir = m_dir.file(QStringLiteral("demo"));
        options.parts = 3000;
        Result<demo::DemoSummary> summary = demo::DemoGenerator(options).run();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().logMessage()));
        m_device = m_dir.file(QStringLiteral("pos"));
        QVERIFY(QDir().mkpath(m_device));
        QVERIFY(QFile::copy(summary->catalogPath, QDir(m_device).filePath(QStringLiteral("catalog.db"))));
        QVERIFY(DeviceFixture::enroll(m_device));
        {
            Result<std::unique_ptr<LocalStore>> store
                = LocalStore::open(QDir(m_device).filePath(QStringLiteral("nexus.db")), QStringLiteral("history"));
            QVERIFY(store);
            Result<QVariant> branch = (*store)->db().scalar(QStringLiteral("SELECT id FROM branches"));
            QVERIFY(branch);
            // The demo's first branch is this counter's: its sales carry the demo's branch id.
            Result<demo::ClientHistoryStats> stats = [&] {
                Result<std::unique_ptr<Database>> tenant
                    = Database::open(summary->tenantPath, Durability::Normal, QStringLiteral("tenant"));
                m_branchId = tenant
                    ? (*tenant)->scalar(QStringLiteral("SELECT id FROM branches ORDER BY rowid LIMIT 1"))->toString()
                    : QString();
                // This counter serves that branch, with the fiscal data its PDF header shows.
                if (!(*store)->setSetting(QStringLiteral("branch_id"), m_branchId)
                    || !(*store)->db().exec(
                        QStringLiteral("UPDATE branches SET id = ?, rfc = 'RDE850101AB1', fiscal_name = 'Refaccionaria "
                                       "Demo SA de CV', address = 'Av. Vallarta 1234, Guadalajara, Jal.'"),
                        { m_branchId }))
                    return Result<demo::ClientHistoryStats>(std::unexpected(Error(ErrorCode::Storage, "fixture")));
                return demo::importClientHistory((*store)->db(), summary->tenantPath,
                    QDir(m_device).filePath(QStringLiteral("catalog.db")), m_branchId);
            }();
            QSqlDatabase::removeDatabase(QStringLiteral("tenant"));
            QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().logMessage()));
            QVERIFY(stats->sales > 10000); // a year
        }
        QSqlDatabase::removeDatabase(QStringLiteral("history"));
        QVERIFY(DeviceFixture::addUser(m_device,
            { QStringLiteral("gerente"), QString::fromUtf8("Lucía Hernández"), Role::Manager,
                QStringLiteral("gerente-clave"), QString(), m_branchId }));
    }

    void dashboardAndReports()
    {
        UiSession session(m_device);
        QVERIFY(!session.start().has_value());
        session.signIn(QStringLiteral("gerente"), QStringLiteral("gerente-clave"));
        QTRY_VERIFY_WITH_TIMEOUT(session.main() && session.main()->isVisible(), 10000);
        (void)QTest::qWaitForWindowActive(session.main());
        session.main()->resize(1600, 1000);
        // Ctrl+7 is the sidebar's (tested with the main window); here the page itself matters, opened like a click.
        QVERIFY(session.main()->showArea(Area::Reports));
        ReportsScreen *screen = session.main()->reportsScreen();
        QVERIFY(screen);

        // Dashboard on the history's last day: the day's total is the ledger's.
        DashboardWidget *dashboard = screen->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 20000);
        QSignalSpy loaded(dashboard, &DashboardWidget::loaded);
        dashboard->setDay(demo::asOfDate());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1 && dashboard->figures().day == demo::asOfDate(), 20000);
        const DashboardFigures &f = dashboard->figures();
        qint64 ledgerDay = 0;
        Money daySaved;
        Money periodSaved;
        {
            Result<std::unique_ptr<LocalStore>> probe
                = LocalStore::open(QDir(m_device).filePath(QStringLiteral("nexus.db")), QStringLiteral("probe"));
            QVERIFY(probe);
            const QDateTime start(demo::asOfDate(), QTime(0, 0), QTimeZone::systemTimeZone());
            Result<QVariant> sum = (*probe)->db().scalar(
                QStringLiteral("SELECT sum(total_cents) FROM sales WHERE sold_at >= ? AND sold_at < ?"),
                { start.toUTC().toString(Qt::ISODateWithMs), start.addDays(1).toUTC().toString(Qt::ISODateWithMs) });
            QVERIFY(sum);
            ledgerDay = sum->toLongLong();
            // Savings delivered: the core rule (sales/savings.h) over the day and the 30 days ending on it.
            SavingsScope scope;
            scope.fromUtc = start.toUTC().toString(Qt::ISODateWithMs);
            scope.toUtc = start.addDays(1).toUTC().toString(Qt::ISODateWithMs);
            Result<Money> day = savingsDelivered((*probe)->db(), scope);
            QVERIFY2(day, why(day).constData());
            daySaved = *day;
            scope.fromUtc = start.addDays(-29).toUTC().toString(Qt::ISODateWithMs);
            Result<Money> period = savingsDelivered((*probe)->db(), scope);
            QVERIFY2(period, why(period).constData());
            periodSaved = *period;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        QVERIFY(ledgerDay > 0);
        QCOMPARE(f.salesCents, ledgerDay);
        QVERIFY(f.weeksAverageCents > 0);
        QCOMPARE(f.topParts.size(), 10);
        QVERIFY(!f.topCategories.isEmpty());
        QVERIFY(f.periodMarginBasisPoints > 0);
        QVERIFY(periodSaved.centavos() > 0); // the demo sells below agency prices
        QCOMPARE(f.savingsCents, daySaved.centavos());
        QCOMPARE(f.periodSavingsCents, periodSaved.centavos());
        QWidget *savingsTile = dashboard->findChild<QWidget *>(QStringLiteral("tileSavings"));
        QVERIFY(savingsTile);
        QCOMPARE(savingsTile->findChild<QLabel *>(QStringLiteral("value"))->text(),
            Money(divideRounded(daySaved.centavos(), 100) * 100).format().section(QLocale().decimalPoint(), 0, 0));
        qInfo("dashboard: figures %lld ms, open (figures + charts) %lld ms", f.elapsedMs, dashboard->openMs());
        QVERIFY2(dashboard->openMs() < 3000, qPrintable(QStringLiteral("%1 ms").arg(dashboard->openMs())));
        // loaded() comes when the figures are in the widgets, before the layout has sized the new chart views: the
        // picture is taken once every chart has its plot area and every tile its figure, after a paint.
        const QList<QChartView *> charts = dashboard->findChildren<QChartView *>();
        QCOMPARE(charts.size(), 5); // by hour, by payment method, by cashier, top parts, top categories
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(charts.begin(), charts.end(),
                                     [](const QChartView *view) {
                                         return view->isVisible() && view->chart()->plotArea().width() > 100
                                             && view->chart()->plotArea().height() > 60
                                             && !view->chart()->series().isEmpty();
                                     }),
            5000);
        for (const QLabel *value : dashboard->findChildren<QLabel *>(QStringLiteral("value")))
            QVERIFY2(value->isVisible() && !value->text().isEmpty(), qPrintable(value->parentWidget()->objectName()));
        QVERIFY(QTest::qWaitForWindowExposed(screen->window()));
        QTest::qWait(50); // one more round of paint events for the views
        if (!m_shots.isEmpty())
            shoot(screen, m_shots, "reports-dashboard");

        // The sales journal of the last month, run in the background, then exported.
        screen->tabs()->setCurrentIndex(1);
        ReportsTab *reports = screen->reports();
        QSignalSpy ready(reports, &ReportsTab::reportReady);
        reports->setReport(ReportKind::SalesJournal);
        reports->setRange(demo::asOfDate().addDays(-29), demo::asOfDate());
        reports->run();
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 60000);
        const ReportTable &table = reports->model()->table();
        QVERIFY2(table.rows.size() > 1000, qPrintable(reports->status()->text()));
        if (!m_shots.isEmpty())
            shoot(screen, m_shots, "reports-journal");

        const QString csvPath = m_dir.file(QStringLiteral("journal.csv"));
        QVERIFY(reports->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), table.rows.size() + 2); // header, tickets, totals
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Folio,Fecha,Cajero")));

        const QString pdfPath = m_dir.file(QStringLiteral("journal.pdf"));
        QVERIFY(reports->exportPdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const qsizetype pages = pdf.readAll().count("/Type /Page\n");
        const QString info = toolOutput(QStringLiteral("pdfinfo"), { pdfPath });
        const QRegularExpressionMatch counted = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        const int pageCount = counted.hasMatch() ? counted.captured(1).toInt() : int(pages);
        // Dozens of tickets per page: a month of them takes many pages, each with its header.
        QVERIFY2(pageCount > table.rows.size() / 80 && pageCount < table.rows.size() / 20,
            qPrintable(QStringLiteral("%1 pages for %2 rows").arg(pageCount).arg(table.rows.size())));
        const QString text
            = toolOutput(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
        if (!text.isEmpty()) {
            QVERIFY(text.contains(QStringLiteral("Página 1 de %1").arg(pageCount)));
            QVERIFY(text.contains(QStringLiteral("Página %1 de %1").arg(pageCount)));
            QCOMPARE(text.count(QStringLiteral("Folio")), pageCount); // the header row on every page
            QVERIFY(text.contains(QStringLiteral("Refaccionaria Demo SA de CV")));
        }
        if (!m_shots.isEmpty())
            toolOutput(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdfPath,
                    QDir(m_shots).filePath(QStringLiteral("reports-journal-pdf")) });

        // A second PDF: the month's margins by category, with its notes.
        ready.clear();
        reports->setReport(ReportKind::Margins);
        reports->run();
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 60000);
        QVERIFY2(reports->model()->table().rows.size() > 5, qPrintable(reports->status()->text()));
        const QString marginsPath = m_dir.file(QStringLiteral("margins.pdf"));
        QVERIFY(reports->exportPdf(marginsPath));
        const QString marginsText
            = toolOutput(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), marginsPath, QStringLiteral("-") });
        if (!marginsText.isEmpty()) {
            QVERIFY(marginsText.contains(QStringLiteral("Márgenes por categoría")));
            QVERIFY(marginsText.contains(QStringLiteral("Margen bruto")));
            QVERIFY(marginsText.contains(QRegularExpression(QStringLiteral("Página 1 de \\d+"))));
        }
        if (!m_shots.isEmpty())
            toolOutput(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-singlefile"),
                    marginsPath, QDir(m_shots).filePath(QStringLiteral("reports-margins-pdf")) });

        // The inventory reports over the same month: ABC, stock-outs, slow movers; each exported to CSV and PDF.
        const struct
        {
            ReportKind kind;
            const char *name;
            QString title;
            QString header;
        } inventory[] = {
            { ReportKind::AbcAnalysis, "abc", QString::fromUtf8("Análisis ABC"), QStringLiteral("Clase") },
            { ReportKind::StockOuts, "stock-outs", QStringLiteral("Agotados"), QStringLiteral("Agotado desde") },
            { ReportKind::SlowMovers, "slow-movers", QStringLiteral("Lento movimiento"), QString::fromUtf8("Días sin venta") },
        };
        for (const auto &report : inventory) {
            ready.clear();
            reports->setReport(report.kind);
            reports->run();
            QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 60000);
            const ReportTable &rows = reports->model()->table();
            QVERIFY2(!rows.notes.isEmpty(), qPrintable(reports->status()->text()));
            if (report.kind == ReportKind::AbcAnalysis) {
                // A year of demo sales: every class has parts, A the fewest and C the most.
                qsizetype a = 0, c = 0;
                for (const QVariantList &row : rows.rows) {
                    a += row.last().toString() == QLatin1String("A") ? 1 : 0;
                    c += row.last().toString() == QLatin1String("C") ? 1 : 0;
                }
                QVERIFY2(a > 0 && c > a, qPrintable(QStringLiteral("A %1, C %2").arg(a).arg(c)));
            }
            if (!m_shots.isEmpty())
                shoot(screen, m_shots, (QStringLiteral("reports-") + QLatin1String(report.name)).toUtf8().constData());
            const QString base = m_dir.file(QLatin1String(report.name));
            QVERIFY(reports->exportCsv(base + QStringLiteral(".csv")));
            QFile exported(base + QStringLiteral(".csv"));
            QVERIFY(exported.open(QIODevice::ReadOnly));
            const QString csvText = QString::fromUtf8(exported.readAll());
            QVERIFY2(csvText.contains(report.header), qPrintable(csvText.left(300)));
            QCOMPARE(csvText.count(QStringLiteral("\r\n")), rows.rows.size() + 2);
            QVERIFY(reports->exportPdf(base + QStringLiteral(".pdf")));
            const QString pdfText = toolOutput(
                QStringLiteral("pdftotext"), { QStringLiteral("-layout"), base + QStringLiteral(".pdf"), QStringLiteral("-") });
            if (!pdfText.isEmpty())
                QVERIFY2(pdfText.contains(report.title) && pdfText.contains(report.header), qPrintable(pdfText.left(600)));
            if (!m_shots.isEmpty())
                toolOutput(QStringLiteral("pdftoppm"),
                    { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                        QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), base + QStringLiteral(".pdf"),
                        QDir(m_shots).filePath(QStringLiteral("reports-%1-pdf").arg(QLatin1String(report.name))) });
        }

        // Savings by customer over the same month: its total is the core rule's (sales/savings.h); CSV and PDF.
        ready.clear();
        reports->setReport(ReportKind::SavingsByCustomer);
        reports->run();
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 60000);
        const ReportTable &savings = reports->model()->table();
        QVERIFY2(savings.rows.size() > 1, qPrintable(reports->status()->text()));
        {
            Result<std::unique_ptr<LocalStore>> probe
                = LocalStore::open(QDir(m_device).filePath(QStringLiteral("nexus.db")), QStringLiteral("probe-savings"));
            QVERIFY(probe);
            ReportRequest month;
            month.from = demo::asOfDate().addDays(-29);
            month.to = demo::asOfDate();
            const auto range = ReportService::utcRange(month);
            SavingsScope scope;
            scope.fromUtc = range.first;
            scope.toUtc = range.second;
            scope.branchId = m_branchId;
            Result<Money> expected = savingsDelivered((*probe)->db(), scope);
            QVERIFY2(expected, why(expected).constData());
            QVERIFY(expected->centavos() > 0);
            QCOMPARE(savings.totals.at(savings.columnIndex(QStringLiteral("saved"))).toLongLong(), expected->centavos());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe-savings"));
        if (!m_shots.isEmpty())
            shoot(screen, m_shots, "reports-savings");
        const QString savingsBase = m_dir.file(QStringLiteral("savings"));
        QVERIFY(reports->exportCsv(savingsBase + QStringLiteral(".csv")));
        QFile savingsCsv(savingsBase + QStringLiteral(".csv"));
        QVERIFY(savingsCsv.open(QIODevice::ReadOnly));
        const QString savingsText = QString::fromUtf8(savingsCsv.readAll());
        QVERIFY2(savingsText.contains(QStringLiteral("Ahorro frente a precios de agencia")), qPrintable(savingsText.left(300)));
        QCOMPARE(savingsText.count(QStringLiteral("\r\n")), savings.rows.size() + 2);
        QVERIFY(reports->exportPdf(savingsBase + QStringLiteral(".pdf")));
        const QString savingsPdf = toolOutput(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), savingsBase + QStringLiteral(".pdf"), QStringLiteral("-") });
        if (!savingsPdf.isEmpty())
            QVERIFY2(savingsPdf.contains(QStringLiteral("Ahorro por cliente")), qPrintable(savingsPdf.left(600)));
        if (!m_shots.isEmpty())
            toolOutput(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), savingsBase + QStringLiteral(".pdf"),
                    QDir(m_shots).filePath(QStringLiteral("reports-savings-pdf")) });
    }
};

int main(int argc, char **argv)
{
    // The demo's first branch is in Guadalajara: its days start at local midnight there.
    qputenv("TZ", "America/Mexico_City");
    QApplication app(argc, argv);
    TestReportsScreen test;
    return QTest::qExec(&test, argc, argv);
}
#include "testreports.moc"
