// A payment to a supplier: amount (pesos), how it was paid and its reference; F12 records it.
#pragma once

#include <QDialog>

#include <optional>

#include "purchasing/purchasingservice.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class SupplierPaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierPaymentDialog)

public:
    SupplierPaymentDialog(PurchasingService &service, const PurchasingActor &actor, const SupplierPayable &payable,
        QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<SupplierPayment> &result() const { return m_result; }
    bool confirm();

private:
    PurchasingService &m_service;
    PurchasingActor m_actor;
    QString m_supplierId;
    std::optional<SupplierPayment> m_result;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
