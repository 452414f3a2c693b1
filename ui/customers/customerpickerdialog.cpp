// Customer picker: the search box keeps the focus, arrows move the list, Enter attaches, Ctrl+N / F4 open the card.
#include "customers/customerpickerdialog.h"

#include "common/clock.h"
#include "customers/customerdetaildialog.h"
#include "customers/customerfinder.h"
#include "customers/customerlistmodel.h"
#include "customers/customerservice.h"
#include "store/localstore.h"


#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

CustomerPickerDialog::CustomerPickerDialog(LocalStore &store, AuthService &auth, QString deviceId, QString branchId,
    QList<CustomerEditDialog::PriceListChoice> priceLists, const QString &attachedName, QWidget *parent)
    : QDialog(parent), m_store(store), m_auth(auth), m_deviceId(std::move(deviceId)), m_branchId(std::move(branchId)),
      m_priceLists(std::move(priceLists))
{
    setObjectName(QStringLiteral("customerPickerDialog"));
    setWindowTitle(tr("Customer"));
    setMinimumSize(900, 560);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(12);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(tr("Customer of the sale"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    head->addWidget(title);
    head->addStretch(1);
    if (!attachedName.isEmpty()) {
        auto *current = new QLabel(tr("Now: %1").arg(attachedName), this);
        current->setObjectName(QStringLiteral("customerPickerCurrent"));
        head->addWidget(current);
    }
    outer->addLayout(head);

    m_finder = new CustomerFinder(store, true, this);
    QHash<QString, QString> names;
    for (const CustomerEditDialog::PriceListChoice &list : m_priceLists)
        names.insert(list.code, list.name);
    m_finder->setPriceListNames(names);
    outer->addWidget(m_finder, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    auto *create = new QPushButton(tr("New customer  (Ctrl+N)"), this);
    create->setObjectName(QStringLiteral("newCustomerButton"));
    create->setProperty("kind", QStringLiteral("secondary"));
    create->setAutoDefault(false);
    buttons->addWidget(create);
    auto *edit = new QPushButton(tr("Edit  (F4)"), this);
    edit->setObjectName(QStringLiteral("editCustomerButton"));
    edit->setProperty("kind", QStringLiteral("secondary"));
    edit->setAutoDefault(false);
    buttons->addWidget(edit);
    auto *card = new QPushButton(tr("Card  (F3)"), this);
    card->setObjectName(QStringLiteral("customerCardButton"));
    card->setProperty("kind", QStringLiteral("secondary"));
    card->setAutoDefault(false);
    buttons->addWidget(card);
    connect(card, &QPushButton::clicked, this, &CustomerPickerDialog::showDetail);
    if (!attachedName.isEmpty()) {
        auto *remove = new QPushButton(tr("Take the customer off  (Ctrl+Q)"), this);
        remove->setObjectName(QStringLiteral("removeCustomerButton"));
        remove->setProperty("kind", QStringLiteral("secondary"));
        remove->setAutoDefault(false);
        buttons->addWidget(remove);
        const auto takeOff = [this] {
            m_outcome = Outcome::Removed;
            accept();
        };
        connect(remove, &QPushButton::clicked, this, takeOff);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this);
        connect(shortcut, &QShortcut::activated, this, takeOff);
    }
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("customerPickerCancel"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    auto *attach = new QPushButton(tr("Attach  (Enter)"), this);
    attach->setObjectName(QStringLiteral("attachCustomerButton"));
    attach->setProperty("kind", QStringLiteral("primary"));
    attach->setAutoDefault(false);
    buttons->addWidget(attach);
    outer->addLayout(buttons);

    connect(m_finder, &CustomerFinder::chosen, this, [this](const Customer &customer) {
        m_chosen = customer;
        m_outcome = Outcome::Chosen;
        accept();
    });
    connect(attach, &QPushButton::clicked, this, [this] { choose(m_finder->view()->currentIndex().row()); });
    connect(create, &QPushButton::clicked, this, &CustomerPickerDialog::createCustomer);
    connect(edit, &QPushButton::clicked, this, &CustomerPickerDialog::editCurrent);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newShortcut, &QShortcut::activated, this, &CustomerPickerDialog::createCustomer);
    auto *editShortcut = new QShortcut(QKeySequence(Qt::Key_F4), this);
    connect(editShortcut, &QShortcut::activated, this, &CustomerPickerDialog::editCurrent);
    auto *cardShortcut = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(cardShortcut, &QShortcut::activated, this, &CustomerPickerDialog::showDetail);

    search(QString());
    m_finder->searchEdit()->setFocus();
}

CustomerListModel *CustomerPickerDialog::model() const
{
    return m_finder->model();
}

void CustomerPickerDialog::search(const QString &text)
{
    m_finder->search(text);
}

void CustomerPickerDialog::choose(int row)
{
    const Customer *customer = m_finder->model()->customer(row);
    if (!customer)
        return;
    m_chosen = *customer;
    m_outcome = Outcome::Chosen;
    accept();
}

void CustomerPickerDialog::createCustomer()
{
    CustomerEditDialog dialog(m_store, m_auth, m_deviceId, m_branchId, m_priceLists, std::nullopt,
        m_finder->searchEdit()->text(), this);
    if (dialog.exec() != QDialog::Accepted) {
        m_finder->searchEdit()->setFocus();
        return;
    }
    m_chosen = dialog.customer();
    m_outcome = Outcome::Chosen;
    accept();
}

void CustomerPickerDialog::editCurrent()
{
    const Customer *customer = m_finder->current();
    if (!customer)
        return;
    CustomerEditDialog dialog(m_store, m_auth, m_deviceId, m_branchId, m_priceLists, *customer, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_finder->refresh();
    m_finder->searchEdit()->setFocus();
}

void CustomerPickerDialog::showDetail()
{
    const Customer *customer = m_finder->current();
    if (!customer)
        return;
    QString listName;
    for (const CustomerEditDialog::PriceListChoice &list : m_priceLists)
        if (list.code == customer->fields.priceList)
            listName = list.name;
    CustomerDetailDialog detail(m_store, m_auth, m_deviceId, m_branchId, *customer, m_catalogPath, listName, this);
    detail.exec();
    m_finder->refresh(); // a tag may have changed
    m_finder->searchEdit()->setFocus();
}

} // namespace nexus
