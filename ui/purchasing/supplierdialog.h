// A supplier's card: name, RFC, contact, terms, currency, lead time and its part numbers with their last costs.
// F12 saves through PurchasingService; a refusal names the field and puts the cursor in it.
#pragma once

#include <QDialog>

#include <optional>

#include "purchasing/purchasingservice.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace nexus {

class SupplierDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierDialog)

public:
    // `supplier` empty: a new one.
    SupplierDialog(PurchasingService &service, const PurchasingActor &actor, const std::optional<Supplier> &supplier,
        QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<Supplier> &saved() const { return m_saved; }
    bool confirm();

private:
    void showError(const QString &text, QWidget *focus);

    PurchasingService &m_service;
    PurchasingActor m_actor;
    Supplier m_supplier;
    std::optional<Supplier> m_saved;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_rfc = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QSpinBox *m_creditDays = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_leadTime = nullptr;
    QCheckBox *m_active = nullptr;
    QStandardItemModel *m_parts = nullptr;
    QTableView *m_partsView = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
