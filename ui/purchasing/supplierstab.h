// Proveedores: the suppliers with their terms and what is owed to each (received − paid, MXN): the payables view.
// F2 new supplier, F3 (or Enter) edit, F4 record a payment, F5 refresh.
#pragma once

#include <QWidget>

#include "purchasing/purchasingservice.h"
#include "sales/counterprofile.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace nexus {

class AuthService;
class LocalStore;

class SuppliersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppliersTab)

public:
    enum Column { Name, Rfc, Phone, Email, Credit, Currency, LeadTime, Received, Paid, Balance, ColumnCount };

    SuppliersTab(LocalStore &store, AuthService &auth, const CounterProfile &profile, QWidget *parent = nullptr);

    void refresh();
    bool newSupplier();
    bool editSelected();
    bool paySelected();
    bool select(const QString &supplierId);
    [[nodiscard]] QStandardItemModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

Q_SIGNALS:
    void factsRecorded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    [[nodiscard]] QString selectedId() const;
    [[nodiscard]] std::optional<PurchasingActor> actor();
    void showMessage(const QString &text, bool error);
    void recorded(const QString &supplierId, const QString &message);

    AuthService &m_auth;
    PurchasingService m_service;
    std::vector<SupplierPayable> m_payables;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_total = nullptr;
};

// The signed-in user as a purchasing actor, or why not (for the tabs' messages).
[[nodiscard]] Result<PurchasingActor> purchasingActor(AuthService &auth);

} // namespace nexus
