// Abono a cuenta: what the customer owes and their unpaid tickets (oldest first, with their due dates), the amount
// they pay (all of it by default) and how: cash, credit or debit card, transfer (those two with their reference);
// Enter records it through CustomerPaymentService, which applies it to the oldest tickets first and puts cash in the
// drawer.
#pragma once

#include <QDialog>

#include "customers/customer.h"
#include "customers/customerpaymentservice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace nexus {

class LocalStore;

class CustomerPaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPaymentDialog)

public:
    CustomerPaymentDialog(
        LocalStore &store, Customer customer, CustomerPaymentContext context, QWidget *parent = nullptr);

    // The abono as recorded, once accepted.
    [[nodiscard]] const CustomerPaymentReceipt &receipt() const { return m_receipt; }

private:
    void submit();

    LocalStore &m_store;
    Customer m_customer;
    CustomerPaymentContext m_context;
    CustomerPaymentReceipt m_receipt;
    QTableWidget *m_documents = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace nexus
