// The Reportes tab: controls → ReportRequest → ReportJob (worker thread) → ReportTableModel; exports from the table
// on screen, so the file always matches what was looked at.
#include "reports/reportstab.h"

#include "auth/authservice.h"
#include "reports/reportcsv.h"
#include "reports/reportjob.h"
#include "reports/reportpdf.h"
#include "reports/reportservice.h"
#include "reports/sessionsummary.h"
#include "reports/reporttablemodel.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

namespace {

constexpr int OpenedDayRole = Qt::UserRole + 1;

} // namespace

ReportsTab::ReportsTab(LocalStore &store, AuthService &auth, QString catalogPath, QWidget *parent)
    : QWidget(parent), m_store(store), m_auth(auth), m_catalogPath(std::move(catalogPath))
{
    setObjectName(QStringLiteral("reportsTab"));
    m_job = new ReportJob(m_store.db().path(), m_catalogPath, this);
    m_model = new ReportTableModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *controls = new QGridLayout;
    controls->setHorizontalSpacing(10);
    m_reportLabel = new QLabel(this);
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportPicker"));
    m_report->setMinimumWidth(240);
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(1 - today.day()));
    m_to->setDate(today);
    m_cashier = new QComboBox(this);
    m_cashier->setObjectName(QStringLiteral("reportCashier"));
    m_sessionLabel = new QLabel(this);
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("reportSession"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sessionLabel->hide();
    m_session->hide();
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("reportPayment"));
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("reportWarehouse"));
    for (QComboBox *filter : { m_cashier, m_payment, m_warehouse })
        filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("reportRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("reportCsv"));
    controls->addWidget(m_reportLabel, 0, 0);
    controls->addWidget(m_report, 1, 0);
    controls->addWidget(m_fromLabel, 0, 1);
    controls->addWidget(m_from, 1, 1);
    controls->addWidget(m_toLabel, 0, 2);
    controls->addWidget(m_to, 1, 2);
    // A cashier picks one of their own sessions where the days are (those are hidden for them).
    controls->addWidget(m_sessionLabel, 0, 1, 1, 2);
    controls->addWidget(m_session, 1, 1, 1, 2);
    controls->addWidget(m_cashier, 1, 3);
    controls->addWidget(m_payment, 1, 4);
    controls->addWidget(m_warehouse, 1, 5);
    controls->addWidget(m_run, 1, 6);
    controls->setColumnStretch(7, 1);
    controls->addWidget(m_pdf, 1, 8);
    controls->addWidget(m_csv, 1, 9);
    layout->addLayout(controls);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_view, 1);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &ReportsTab::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsTab::cancel);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsTab::updateFilters);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &ReportsTab::run);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ReportsTab::cancel);

    connect(m_job, &ReportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &ReportJob::finished, this, [this](const ReportTable &table) {
        m_model->setTable(table);
        m_view->resizeColumnsToContents();
        m_notes->setText(table.notes.join(QLatin1Char('\n')));
        m_status->setText(tr("%n row(s)", nullptr, static_cast<int>(table.rows.size())));
        setRunning(false);
        Q_EMIT reportReady();
    });
    connect(m_job, &ReportJob::failed, this, [this](const QString &message, const QString &) {
        m_status->setText(message);
        setRunning(false);
        Q_EMIT reportReady();
    });
    connect(m_job, &ReportJob::cancelled, this, [this] {
        m_status->setText(tr("Cancelled."));
        setRunning(false);
        Q_EMIT reportReady();
    });
    setRunning(false);
    retranslate();
}

ReportsTab::~ReportsTab()
{
    m_job->cancel();
    m_job->wait();
}

void ReportsTab::showEvent(QShowEvent *event)
{
    applyViewer();
    QWidget::showEvent(event);
}

void ReportsTab::applyViewer()
{
    const ReportViewer who = viewer();
    if (m_filled && who.userId == m_viewerId)
        return;
    m_viewerId = who.userId;
    // What the last person ran is not the next one's to see.
    m_model->setTable(ReportTable {});
    m_notes->clear();
    m_status->clear();
    const bool own = m_ownSession = reportsNeedOwnSession(who.role);
    // The summary has the payments by method; the counter's 1366 px have no room for that filter next to the session.
    for (QWidget *widget : std::initializer_list<QWidget *> { m_fromLabel, m_from, m_toLabel, m_to, m_cashier,
             m_payment, m_warehouse })
        widget->setVisible(!own);
    m_sessionLabel->setVisible(own);
    m_session->setVisible(own);
    fillReports();
    fillFilters();
    fillSessions();
    setRunning(false);
}

void ReportsTab::fillReports()
{
    const QVariant current = m_report->currentData();
    const QSignalBlocker quiet(m_report);
    m_report->clear();
    for (ReportKind kind : reportKindsFor(viewer().role))
        m_report->addItem(reportTitle(kind), static_cast<int>(kind));
    m_report->setCurrentIndex(std::max(0, m_report->findData(current)));
}

void ReportsTab::fillSessions()
{
    const QVariant current = m_session->currentData();
    m_session->clear();
    const ReportViewer who = viewer();
    if (!reportsNeedOwnSession(who.role))
        return;
    Result<QList<OwnCashSession>> sessions = ownCashSessions(m_store.db(), who.userId);
    if (!sessions) {
        m_status->setText(sessions.error().message());
        return;
    }
    for (const OwnCashSession &session : *sessions) {
        const QDateTime opened = QDateTime::fromString(session.openedAtUtc, Qt::ISODateWithMs).toLocalTime();
        const QString when = opened.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_session->addItem(session.zNumber > 0 ? tr("%1 · Z %2").arg(when).arg(session.zNumber)
                                               : tr("%1 · open").arg(when),
            session.id);
        m_session->setItemData(m_session->count() - 1, opened.date(), OpenedDayRole);
    }
    m_session->setCurrentIndex(std::max(0, m_session->findData(current)));
}

void ReportsTab::fillFilters()
{
    m_filled = true;
    const QString branch = m_auth.currentUser() ? m_auth.currentUser()->branchId : QString();
    m_cashier->clear();
    m_cashier->addItem(tr("All cashiers"), QString());
    if (Result<QSqlQuery> users = m_store.db().exec(
            QStringLiteral("SELECT id, display_name FROM users WHERE role IN ('cashier', 'manager', 'admin')"
                           " AND (COALESCE(?, '') = '' OR branch_id = ? OR branch_id IS NULL) ORDER BY display_name"),
            { branch, branch }))
        while (users->next())
            m_cashier->addItem(users->value(1).toString(), users->value(0).toString());
    m_payment->clear();
    m_payment->addItem(tr("All payment methods"), QString());
    for (const char *method : { "cash", "cash_usd", "card_credit", "card_debit", "transfer", "store_credit" })
        m_payment->addItem(paymentMethodTitle(QString::fromLatin1(method)), QString::fromLatin1(method));
    m_warehouse->clear();
    m_warehouse->addItem(tr("All warehouses"), QString());
    if (Result<QSqlQuery> warehouses = m_store.db().exec(
            QStringLiteral(
                "SELECT id, name FROM warehouses WHERE (COALESCE(?, '') = '' OR branch_id = ?) ORDER BY name"),
            { branch, branch }))
        while (warehouses->next())
            m_warehouse->addItem(warehouses->value(1).toString(), warehouses->value(0).toString());
    updateFilters();
}

void ReportsTab::updateFilters()
{
    const ReportKind kind = request().kind;
    const bool inventory = reportIsInventory(kind);
    m_cashier->setEnabled(!inventory && kind != ReportKind::CreditAging);
    m_payment->setEnabled(kind == ReportKind::SalesJournal);
    m_warehouse->setEnabled(inventory);
    m_from->setEnabled(!reportIsSnapshot(kind));
}

void ReportsTab::setReport(ReportKind kind)
{
    m_report->setCurrentIndex(m_report->findData(static_cast<int>(kind)));
}

void ReportsTab::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

ReportRequest ReportsTab::request() const
{
    ReportRequest r;
    r.kind = static_cast<ReportKind>(m_report->currentData().toInt());
    r.from = m_from->date();
    r.to = m_to->date();
    if (m_ownSession) {
        // The session's own days: from the day it opened to today (a session is never opened in the future).
        r.cashSessionId = m_session->currentData().toString();
        r.from = m_session->currentData(OpenedDayRole).toDate();
        r.to = std::max(r.from, QDate::currentDate());
        return r;
    }
    if (m_cashier->isEnabled())
        r.cashierId = m_cashier->currentData().toString();
    if (m_payment->isEnabled())
        r.paymentMethod = m_payment->currentData().toString();
    if (m_warehouse->isEnabled())
        r.warehouseId = m_warehouse->currentData().toString();
    return r;
}

ReportViewer ReportsTab::viewer() const
{
    ReportViewer v;
    if (const std::optional<User> &user = m_auth.currentUser()) {
        v.userId = user->id;
        v.role = user->role;
        v.branchId = user->branchId;
    } else {
        v.role = Role::Mechanic; // nobody logged in: no reports
    }
    return v;
}

void ReportsTab::run()
{
    if (m_job->isRunning())
        return;
    applyViewer();
    if (m_ownSession && m_session->count() == 0) {
        m_status->setText(tr("You have not opened a cash session yet: its report appears here once you open one."));
        return;
    }
    m_status->setText(tr("Running the report…"));
    m_notes->clear();
    m_progress->setValue(0);
    setRunning(true);
    if (!m_job->start(request(), viewer()))
        setRunning(false);
}

void ReportsTab::cancel()
{
    m_job->cancel();
}

void ReportsTab::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    const bool rows = !m_model->table().columns.isEmpty();
    m_pdf->setEnabled(!running && rows);
    m_csv->setEnabled(!running && rows);
}

Status ReportsTab::exportCsv(const QString &path)
{
    return writeReportCsv(m_model->table(), path);
}

Status ReportsTab::exportPdf(const QString &path)
{
    ReportDocumentHeader header;
    Result<QString> branchId = m_store.setting(QStringLiteral("branch_id"));
    if (branchId) {
        if (Result<QSqlQuery> branch = m_store.db().exec(
                QStringLiteral("SELECT name, fiscal_name, rfc, address, phone FROM branches WHERE id = ?"),
                { *branchId });
            branch && branch->next()) {
            header.storeName = branch->value(0).toString();
            QStringList fiscal { branch->value(1).toString(), branch->value(2).toString() };
            fiscal.removeAll(QString());
            header.fiscalLine = fiscal.join(QStringLiteral(" · "));
            QStringList address { branch->value(3).toString(), branch->value(4).toString() };
            address.removeAll(QString());
            header.address = address.join(QStringLiteral(" · "));
        }
    }
    if (header.storeName.isEmpty())
        header.storeName = QStringLiteral("Nexus POS");
    const ReportRequest r = request();
    header.range = reportIsSnapshot(r.kind)
        ? tr("As of %1").arg(r.to.toString(QStringLiteral("yyyy-MM-dd")))
        : tr("From %1 to %2")
              .arg(r.from.toString(QStringLiteral("yyyy-MM-dd")), r.to.toString(QStringLiteral("yyyy-MM-dd")));
    const QString who = m_auth.currentUser() ? m_auth.currentUser()->displayName : QString();
    header.generated
        = tr("Printed %1 by %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who);
    Result<int> pages = writeReportPdf(m_model->table(), header, path);
    if (!pages)
        return std::unexpected(pages.error());
    return {};
}

void ReportsTab::exportTo(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = reportCode(request().kind) + QLatin1Char('_')
        + m_from->date().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('_')
        + m_to->date().toString(QStringLiteral("yyyyMMdd")) + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"),
        QDir(folder).filePath(name), pdf ? tr("PDF (*.pdf)") : tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    Status written = pdf ? exportPdf(path) : exportCsv(path);
    m_status->setText(written ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : written.error().message());
}

void ReportsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsTab::retranslate()
{
    fillReports();
    m_reportLabel->setText(tr("Report"));
    m_sessionLabel->setText(tr("Cash session"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_run->setText(tr("Run (F5)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_pdf->setText(tr("Export PDF"));
    m_csv->setText(tr("Export CSV"));
    if (m_filled) {
        fillFilters();
        fillSessions();
    }
}

} // namespace nexus
