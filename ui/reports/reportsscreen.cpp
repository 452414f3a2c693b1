// The Reportes screen: title and the three tabs.
#include "reports/reportsscreen.h"

#include "reports/dashboardwidget.h"
#include "reports/operationspanel.h"
#include "reports/reportstab.h"
#include "auth/authservice.h"
#include "store/database.h"
#include "store/localstore.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nexus {

ReportsScreen::ReportsScreen(LocalStore &store, AuthService &auth, QWidget *parent) : QWidget(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("page_reports"));
    const QString catalog = QFileInfo(store.db().path()).dir().filePath(QStringLiteral("catalog.db"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardWidget(store, auth, catalog, m_tabs);
    m_reports = new ReportsTab(store, auth, catalog, m_tabs);
    m_tabs->addTab(m_dashboard, QString());
    m_operations = new OperationsPanel(m_tabs);
    m_tabs->addTab(m_reports, QString());
    m_tabs->addTab(m_operations, QString());
    // Operación shows the dashboard day's quotes, workshop and stock: the same load, the same day and branch.
    connect(m_dashboard, &DashboardWidget::loaded, this,
        [this] { m_operations->show(m_dashboard->figures().day, m_dashboard->figures().operations); });
    layout->addWidget(m_tabs, 1);
    retranslate();
    applyViewer();
}

void ReportsScreen::applyViewer()
{
    const std::optional<User> &user = m_auth.currentUser();
    const bool branch = user && !reportsNeedOwnSession(user->role);
    const bool shown = m_tabs->indexOf(m_dashboard) >= 0;
    // Out of the tab widget, not hidden tabs: Ctrl+Tab would still reach a hidden tab.
    if (branch && !shown) {
        m_tabs->insertTab(0, m_dashboard, QString());
        m_tabs->addTab(m_operations, QString());
        retranslate();
        m_tabs->setCurrentWidget(m_dashboard); // a manager opens on the dashboard, as always
    } else if (!branch && shown) {
        m_tabs->removeTab(m_tabs->indexOf(m_dashboard));
        m_tabs->removeTab(m_tabs->indexOf(m_operations));
    }
    m_reports->applyViewer();
}

void ReportsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsScreen::retranslate()
{
    m_title->setText(tr("Reports"));
    m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Reports"));
    m_tabs->setTabText(m_tabs->indexOf(m_operations), tr("Operations"));
}

} // namespace nexus
