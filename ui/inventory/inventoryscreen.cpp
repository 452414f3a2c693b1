// InventoryScreen: title, then the tabs (built when the device's profile is readable) or why they are not there.
#include "inventory/inventoryscreen.h"

#include "inventory/adjustmentstab.h"
#include "common/clock.h"
#include "inventory/countstab.h"
#include "inventory/reorderservice.h"
#include "inventory/reordertab.h"
#include "inventory/stocktab.h"
#include "inventory/transferstab.h"
#include "main/area.h"
#include "purchasing/purchaseorderstab.h"
#include "purchasing/supplierstab.h"
#include "protocol/pullmessages.h"
#include "store/localstore.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nexus {

Q_LOGGING_CATEGORY(lcInventory, "nexus.ui.inventory")

InventoryScreen::InventoryScreen(LocalStore &store, AuthService &auth, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_auth(auth),
      m_catalogPath(QFileInfo(store.db().path()).dir().filePath(QStringLiteral("catalog.db")))
{
    setObjectName(QStringLiteral("page_inventory"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 24, 36, 18);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_title);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    m_pages = new QStackedWidget(this);
    m_unavailable = new QLabel(m_pages);
    m_unavailable->setObjectName(QStringLiteral("inventoryUnavailable"));
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_pages->addWidget(m_unavailable);
    m_tabs = new QTabWidget(m_pages);
    m_tabs->setObjectName(QStringLiteral("inventoryTabs"));
    m_tabs->setDocumentMode(true);
    m_pages->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

bool InventoryScreen::ensureReady()
{
    if (m_transfers)
        return true;
    Result<CounterProfile> profile = loadCounterProfile(m_store.db());
    if (!profile) {
        m_unavailable->setText(profile.error().message());
        m_pages->setCurrentWidget(m_unavailable);
        return false;
    }
    m_profile = std::move(*profile);
    m_transfers = new TransfersTab(m_store, m_auth, *m_profile, m_catalogPath, m_tabs);
    m_stock = new StockTab(m_store, *m_profile, m_catalogPath, m_tabs);
    m_suppliers = new SuppliersTab(m_store, m_auth, *m_profile, m_tabs);
    m_orders = new PurchaseOrdersTab(m_store, m_auth, *m_profile, m_catalogPath, m_tabs);
    m_tabs->addTab(m_transfers, QString());
    m_adjustments = new AdjustmentsTab(m_store, m_auth, *m_profile, m_catalogPath, m_tabs);
    m_tabs->addTab(m_stock, QString());
    m_tabs->addTab(m_adjustments, QString());
    m_counts = new CountsTab(m_store, m_auth, *m_profile, m_catalogPath, m_tabs);
    m_tabs->addTab(m_counts, QString());
    m_reorder = new ReorderTab(m_store, m_auth, *m_profile, m_catalogPath, m_tabs);
    m_tabs->addTab(m_reorder, QString());
    m_tabs->addTab(m_suppliers, QString());
    m_tabs->addTab(m_orders, QString());
    connect(m_suppliers, &SuppliersTab::factsRecorded, this, [this] { Q_EMIT factsRecorded(); });
    connect(m_transfers, &TransfersTab::factsRecorded, this, [this] {
        m_stock->refresh();
        Q_EMIT factsRecorded();
    });
    // A manual stock change may raise or resolve a reorder alert.
    const auto stockChanged = [this] {
        m_stock->refresh();
        (void)m_reorder->checkAlerts();
        Q_EMIT factsRecorded();
    };
    connect(m_adjustments, &AdjustmentsTab::factsRecorded, this, stockChanged);
    connect(m_counts, &CountsTab::factsRecorded, this, stockChanged);
    connect(m_orders, &PurchaseOrdersTab::factsRecorded, this, stockChanged); // a receipt moves stock too
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_tabs->currentWidget()->setFocus(); });
    setFocusProxy(m_tabs);
    m_pages->setCurrentWidget(m_tabs);
    retranslate();
    return true;
}

void InventoryScreen::onStateArrived(const QStringList &buckets)
{
    if (!m_transfers) {
        // Not opened yet: the reorder alerts are still checked after each synchronisation, for when it is.
        if (Result<CounterProfile> profile = loadCounterProfile(m_store.db()); profile)
            if (Result<AlertScan> scanned = ReorderService(m_store.db(), Clock::system(), profile->branchId).scan();
                !scanned)
                qCWarning(lcInventory) << "reorder alerts not checked:" << scanned.error().logMessage();
        return;
    }
    if (buckets.contains(QString(wire::kBucketTransfers)) || buckets.contains(QString(wire::kBucketBranches)))
        m_transfers->refresh();
    if (buckets.contains(QString(wire::kBucketStock)) || buckets.contains(QString(wire::kBucketTransfers)))
        m_stock->refresh();
    // After each synchronisation: sales, receipts and transfers may have crossed a reorder point.
    (void)m_reorder->checkAlerts();
}

void InventoryScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (ensureReady())
        m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void InventoryScreen::showSection(Area area)
{
    m_section = area;
    retranslate();
    if (area == Area::Purchasing && ensureReady())
        m_tabs->setCurrentWidget(m_orders);
}

void InventoryScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InventoryScreen::retranslate()
{
    m_title->setText(areaTitle(m_section));
    m_description->setText(areaDescription(m_section));
    if (m_tabs->count() > 0) {
        m_tabs->setTabText(m_tabs->indexOf(m_transfers), tr("&Transfers"));
        m_tabs->setTabText(m_tabs->indexOf(m_stock), tr("&Stock"));
        m_tabs->setTabText(m_tabs->indexOf(m_adjustments), tr("&Adjustments"));
        m_tabs->setTabText(m_tabs->indexOf(m_counts), tr("&Counts"));
        m_tabs->setTabText(m_tabs->indexOf(m_reorder), tr("&Reorder and alerts"));
        m_tabs->setTabText(m_tabs->indexOf(m_suppliers), tr("Su&ppliers"));
        m_tabs->setTabText(m_tabs->indexOf(m_orders), tr("Purchase &orders"));
    }
}

} // namespace nexus
