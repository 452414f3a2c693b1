// Finding a customer as you type, shared by the picker (Ctrl+K) and the Clientes screen: the search box keeps the
// focus, the arrows move the highlight, Enter (or a double click) chooses; "#tag" keeps only the customers with that
// tag (core CustomerRepository::search). The status line under the list says what was found.
#pragma once

#include <QHash>
#include <QWidget>

#include "customers/customer.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace nexus {

class CustomerListModel;
class LocalStore;

class CustomerFinder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFinder)

public:
    // `offersNew`: the status line tells that Ctrl+N adds someone who was not found (the picker).
    CustomerFinder(LocalStore &store, bool offersNew, QWidget *parent = nullptr);

    void setPriceListNames(QHash<QString, QString> names);
    void search(const QString &text);
    // The same search again (a card or an edit may have changed what matches).
    void refresh();
    [[nodiscard]] const Customer *current() const;

    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] CustomerListModel *model() const { return m_model; }

Q_SIGNALS:
    void chosen(const nexus::Customer &customer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseCurrent();

    LocalStore &m_store;
    bool m_offersNew;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    CustomerListModel *m_model = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
