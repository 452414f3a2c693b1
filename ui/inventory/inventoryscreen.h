// Inventario: this branch's stock work in tabs — Traspasos (transfers between branches), Existencias (a part's
// stock per warehouse and branch, and its kardex), Ajustes (adjustments with a reason), Conteos (physical counts),
// Reorden (reorder levels and alerts), Proveedores (suppliers and payables) and Órdenes de compra. Ctrl+Tab (or the
// tabs' Alt+ mnemonics) moves between tabs.
#pragma once

#include <QWidget>

#include <optional>

#include "main/area.h"
#include "sales/counterprofile.h"

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace nexus {

class AdjustmentsTab;
class AuthService;
class CountsTab;
class ReorderTab;
class LocalStore;
class PurchaseOrdersTab;
class StockTab;
class SuppliersTab;
class TransfersTab;

class InventoryScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryScreen)

public:
    // catalog.db is looked for next to nexus.db (the store's folder), as the sale screen does.
    InventoryScreen(LocalStore &store, AuthService &auth, QWidget *parent = nullptr);

    // Builds the tabs once the device's profile can be read; true when they are there.
    bool ensureReady();
    // The screen serves two areas of the sidebar: Inventario, and Compras (its Proveedores and Órdenes de compra
    // tabs): the title follows, and Compras opens on the purchase orders.
    void showSection(Area area);
    // Head office's state arrived: transfers, stock or branch names may have changed.
    void onStateArrived(const QStringList &buckets);

    [[nodiscard]] TransfersTab *transfersTab() const { return m_transfers; }
    [[nodiscard]] StockTab *stockTab() const { return m_stock; }
    [[nodiscard]] AdjustmentsTab *adjustmentsTab() const { return m_adjustments; }
    [[nodiscard]] CountsTab *countsTab() const { return m_counts; }
    [[nodiscard]] ReorderTab *reorderTab() const { return m_reorder; }
    [[nodiscard]] SuppliersTab *suppliersTab() const { return m_suppliers; }
    [[nodiscard]] PurchaseOrdersTab *purchaseOrdersTab() const { return m_orders; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void factsRecorded(); // a transfer step, adjustment or count went to the outbox: the sync engine may push now

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_catalogPath;
    std::optional<CounterProfile> m_profile;
    QLabel *m_title = nullptr;
    Area m_section = Area::Inventory;
    QLabel *m_description = nullptr;
    QLabel *m_unavailable = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    TransfersTab *m_transfers = nullptr;
    StockTab *m_stock = nullptr;
    AdjustmentsTab *m_adjustments = nullptr;
    CountsTab *m_counts = nullptr;
    ReorderTab *m_reorder = nullptr;
    SuppliersTab *m_suppliers = nullptr;
    PurchaseOrdersTab *m_orders = nullptr;
};

} // namespace nexus
