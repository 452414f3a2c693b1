// Reportes: pick a report, its days and filters, run it in the background (progress bar, Cancel), see the rows and
// totals, and export them as PDF (with the store's header) or CSV for Excel.
#pragma once

#include <QWidget>

#include "reports/reportrequest.h"
#include "reports/reporttable.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace nexus {

class AuthService;
class LocalStore;
class ReportJob;
class ReportTableModel;

class ReportsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsTab)

public:
    ReportsTab(LocalStore &store, AuthService &auth, QString catalogPath, QWidget *parent = nullptr);
    ~ReportsTab() override;

    // For the keyboard and the tests: choose, run, export.
    void setReport(ReportKind kind);
    void setRange(const QDate &from, const QDate &to);
    void run();
    void cancel();
    [[nodiscard]] Status exportPdf(const QString &path);
    [[nodiscard]] Status exportCsv(const QString &path);

    [[nodiscard]] ReportJob *job() const { return m_job; }
    [[nodiscard]] ReportTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLabel *status() const { return m_status; }
    // The request the controls describe (the viewer's scope is added when it runs).
    [[nodiscard]] ReportRequest request() const;
    // The signed-in person's reports (reportKindsFor their role); a cashier's name one of their own cash sessions,
    // picked here instead of the days and the cashier. Called when the screen is shown and when the user changes.
    void applyViewer();
    [[nodiscard]] QComboBox *reportPicker() const { return m_report; }
    [[nodiscard]] QComboBox *sessionPicker() const { return m_session; }

Q_SIGNALS:
    void reportReady(); // a run ended: rows shown, or an error / cancellation in the status line

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void fillReports();
    void fillSessions();
    void updateFilters();
    void setRunning(bool running);
    [[nodiscard]] ReportViewer viewer() const;
    void exportTo(bool pdf);

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_catalogPath;
    ReportJob *m_job = nullptr;
    ReportTableModel *m_model = nullptr;
    QLabel *m_reportLabel = nullptr;
    QComboBox *m_report = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_cashier = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QComboBox *m_session = nullptr; // a cashier's own cash sessions (data: id; OpenedDayRole: the local day)
    QComboBox *m_payment = nullptr;
    QComboBox *m_warehouse = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    bool m_filled = false;
    QString m_viewerId; // whose reports the picker and the filters were filled for
    bool m_ownSession = false; // a cashier: their own sessions only, the session picker instead of days and cashier
};

} // namespace nexus
