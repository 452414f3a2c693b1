// Reportes: the branch's dashboard, its reports and the operations figures (quotes, workshop, stock), in three tabs
// (Ctrl+Tab between them).
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace nexus {

class AuthService;
class DashboardWidget;
class LocalStore;
class OperationsPanel;
class ReportsTab;

class ReportsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsScreen)

public:
    // catalog.db is looked for next to nexus.db, as the other screens do.
    ReportsScreen(LocalStore &store, AuthService &auth, QWidget *parent = nullptr);

    [[nodiscard]] DashboardWidget *dashboard() const { return m_dashboard; }
    [[nodiscard]] ReportsTab *reports() const { return m_reports; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] OperationsPanel *operations() const { return m_operations; }
    // Fits the screen to the signed-in person: a cashier sees the Reports tab only, over their own cash sessions
    // (the dashboard and Operación are the branch's figures). Called when the user changes, before the page shows.
    void applyViewer();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AuthService &m_auth;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    ReportsTab *m_reports = nullptr;
    OperationsPanel *m_operations = nullptr;
};

} // namespace nexus
