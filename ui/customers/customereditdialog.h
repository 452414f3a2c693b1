// A customer's card at the counter: create or edit name, fiscal data (RFC checked as it is typed, régimen and uso
// CFDI from the SAT's catalogues for that kind of RFC), contact, price list and — for a manager — credit terms.
// Enter saves through CustomerService; its refusals appear under the field they name. An RFC whose only fault is its
// check digit is saved after a clear warning and a manager's PIN.
#pragma once

#include <QDialog>
#include <QHash>

#include <optional>

#include "customers/customer.h"
#include "customers/customerservice.h"
#include "customers/rfc.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nexus {

class AuthService;
class LocalStore;

class CustomerEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditDialog)

public:
    struct PriceListChoice
    {
        QString code;
        QString name;
    };

    // `existing`: the customer to edit; nullopt creates one. `initialSearch` pre-fills the name, or the RFC or phone
    // when the picker's search text looks like one.
    CustomerEditDialog(LocalStore &store, AuthService &auth, QString deviceId, QString branchId,
        QList<PriceListChoice> priceLists, std::optional<Customer> existing, const QString &initialSearch = {},
        QWidget *parent = nullptr);

    // The customer as saved, once accepted.
    [[nodiscard]] const Customer &customer() const { return m_saved; }

    // Fills the form (tests and the picker's pre-fill).
    void setFields(const CustomerFields &fields);
    [[nodiscard]] CustomerFields fields() const;

private:
    struct FieldRow
    {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    QLabel *addField(QGridLayout *grid, int row, int column, const QString &caption, QWidget *editor,
        const char *field, int span = 1);
    void onRfcEdited();
    void fillCodes(QComboBox *combo, bool regimes, std::optional<RfcKind> kind);
    void submit();
    void showError(const Error &error);
    void clearErrors();
    // The RFC warning and a manager's authorisation; the authoriser's username, or empty when declined.
    [[nodiscard]] QString acceptCheckDigit(const QString &rfc);
    [[nodiscard]] QString authorizeCredit();

    LocalStore &m_store;
    AuthService &m_auth;
    QString m_deviceId;
    QString m_branchId;
    std::optional<Customer> m_existing;
    Customer m_saved;
    QHash<QString, FieldRow> m_rows; // by the field name errors use
    QLineEdit *m_name = nullptr;
    QLineEdit *m_rfc = nullptr;
    QLabel *m_rfcStatus = nullptr;
    QComboBox *m_regime = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QComboBox *m_cfdiUse = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_priceList = nullptr;
    QLineEdit *m_creditLimit = nullptr;
    QSpinBox *m_creditDays = nullptr;
    QLabel *m_creditNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
