// Cliente (Ctrl+K): find the customer at the counter as you type (name, RFC, phone; accents and case ignored), Enter
// attaches the highlighted one, Ctrl+N adds a new one (pre-filled with what was typed), F4 edits the highlighted
// one, F3 opens their card (timeline, vehicles, analytics); "#tag" keeps only the customers with that tag; when the
// sale already has a customer, Ctrl+Q takes them off.
#pragma once

#include <QDialog>

#include <optional>

#include "customers/customer.h"
#include "customers/customereditdialog.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nexus {

class AuthService;
class CustomerFinder;
class CustomerListModel;
class LocalStore;

class CustomerPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPickerDialog)

public:
    enum class Outcome { Cancelled, Chosen, Removed };

    // `attachedName`: the customer the sale has now ('' when none): offers to take them off.
    CustomerPickerDialog(LocalStore &store, AuthService &auth, QString deviceId, QString branchId,
        QList<CustomerEditDialog::PriceListChoice> priceLists, const QString &attachedName, QWidget *parent = nullptr);

    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    // The customer chosen (or just created), once the outcome is Chosen.
    [[nodiscard]] const std::optional<Customer> &chosen() const { return m_chosen; }

    [[nodiscard]] CustomerListModel *model() const;

    void search(const QString &text);
    void choose(int row);
    void createCustomer();
    void editCurrent();
    void showDetail();
    // catalog.db, for the favourite categories on the customer's card.
    void setCatalogPath(QString path) { m_catalogPath = std::move(path); }

private:
    LocalStore &m_store;
    AuthService &m_auth;
    QString m_deviceId;
    QString m_branchId;
    QList<CustomerEditDialog::PriceListChoice> m_priceLists;
    QString m_catalogPath;
    Outcome m_outcome = Outcome::Cancelled;
    std::optional<Customer> m_chosen;
    CustomerFinder *m_finder = nullptr;
};

} // namespace nexus
