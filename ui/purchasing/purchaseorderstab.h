// Órdenes de compra: this branch's purchase orders filtered by status, the selected one's lines with what arrived,
// what is pending and the differences, and its receipts. F2 new, F3 edit a draft, F6 send (PDF + text), F4 receive,
// F7 close, F9 cancel, F5 refresh.
#pragma once

#include <QWidget>

#include "purchasing/purchasingservice.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace nexus {

class AuthService;
class LocalStore;

class PurchaseOrdersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseOrdersTab)

public:
    enum Column { Folio, Supplier, Status, Currency, Total, Received, Created, ColumnCount };
    enum LineColumn { LineNo, Sku, SupplierSku, Description, Ordered, Arrived, Pending, UnitCost, Differences,
        LineColumnCount };

    PurchaseOrdersTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath,
        QWidget *parent = nullptr);

    void refresh();
    bool newOrder();
    bool editSelected();
    bool sendSelected();
    bool receiveSelected();
    bool closeSelected();
    bool cancelSelected();
    bool select(const QString &orderId);
    void setStatusFilter(std::optional<PurchaseOrderStatus> status);
    [[nodiscard]] const PurchaseOrder *selected() const;
    [[nodiscard]] QStandardItemModel *model() const { return m_model; }
    [[nodiscard]] QStandardItemModel *linesModel() const { return m_lines; }
    [[nodiscard]] PurchasingService &service() { return m_service; }
    // Where the PDF of an order is written: "ordenes-de-compra/<folio>.pdf" next to nexus.db.
    [[nodiscard]] QString pdfPath(const PurchaseOrder &order) const;

Q_SIGNALS:
    void factsRecorded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] qint64 dayUsdRate(); // 0 when the counter never set one
    [[nodiscard]] std::optional<PurchasingActor> actor();
    [[nodiscard]] QString warehouseName(const QString &id) const;
    void showSelected();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void recorded(const PurchaseOrder &order, const QString &message);

    LocalStore &m_store;
    AuthService &m_auth;
    CounterProfile m_profile;
    QString m_catalogPath;
    QString m_storeName;
    PurchasingService m_service;
    std::vector<PurchaseOrder> m_orders;
    QComboBox *m_filter = nullptr;
    QStandardItemModel *m_model = nullptr;
    QStandardItemModel *m_lines = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace nexus
