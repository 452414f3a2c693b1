// Customer picker: the search box keeps the focus, arrows move the list, Enter attaches, Ctrl+N / F4 open the card.
#include "customers/customerpickerdialog.h"

#include "common/clock.h"
#include "common/pickerkeys.h"
#include "customers/customerdetaildialog.h"
#include "customers/customerlistmodel.h"
#include "customers/customerservice.h"
#include "store/localstore.h"


#include <QHBoxLayout>
#include <QHeaderView>
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

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    m_search->setPlaceholderText(tr("Name, RFC, phone or #tag"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    outer->addWidget(m_search);

    m_model = new CustomerListModel(this);
    QHash<QString, QString> names;
    for (const CustomerEditDialog::PriceListChoice &list : m_priceLists)
        names.insert(list.code, list.name);
    m_model->setPriceListNames(names);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerResultsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(32);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setFocusPolicy(Qt::NoFocus); // the typing stays in the search box
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    header->resizeSection(CustomerListModel::Rfc, 160);
    header->resizeSection(CustomerListModel::Phone, 130);
    header->resizeSection(CustomerListModel::PriceList, 110);
    outer->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("customerPickerStatus"));
    outer->addWidget(m_status);

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

    connect(m_search, &QLineEdit::textEdited, this, &CustomerPickerDialog::search);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) { choose(index.row()); });
    connect(attach, &QPushButton::clicked, this, [this] { choose(m_view->currentIndex().row()); });
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
    m_search->setFocus();
}

void CustomerPickerDialog::search(const QString &text)
{
    Result<QList<Customer>> found = CustomerService(m_store.db(), Clock::system()).search(text);
    if (!found) {
        m_status->setText(found.error().message());
        m_status->setProperty("tone", QStringLiteral("error"));
        return;
    }
    const int count = static_cast<int>(found->size());
    m_model->setCustomers(std::move(*found));
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(0, CustomerListModel::Name));
    m_status->setProperty("tone", QString());
    m_status->setText(count == 0 ? (text.trimmed().isEmpty() ? tr("No customers on this computer yet. Ctrl+N adds one.")
                                                             : tr("Nobody found for “%1”. Ctrl+N adds them as a new "
                                                                  "customer.")
                                                                   .arg(text.trimmed()))
            : count >= CustomerService::kSearchLimit ? tr("First %1 customers: type more to narrow it down").arg(count)
                                                     : tr("%n customer(s)", nullptr, count));
}

void CustomerPickerDialog::choose(int row)
{
    const Customer *customer = m_model->customer(row);
    if (!customer)
        return;
    m_chosen = *customer;
    m_outcome = Outcome::Chosen;
    accept();
}

void CustomerPickerDialog::createCustomer()
{
    CustomerEditDialog dialog(m_store, m_auth, m_deviceId, m_branchId, m_priceLists, std::nullopt, m_search->text(),
        this);
    if (dialog.exec() != QDialog::Accepted) {
        m_search->setFocus();
        return;
    }
    m_chosen = dialog.customer();
    m_outcome = Outcome::Chosen;
    accept();
}

void CustomerPickerDialog::editCurrent()
{
    const Customer *customer = m_model->customer(m_view->currentIndex().row());
    if (!customer)
        return;
    CustomerEditDialog dialog(m_store, m_auth, m_deviceId, m_branchId, m_priceLists, *customer, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        search(m_search->text());
    m_search->setFocus();
}

void CustomerPickerDialog::showDetail()
{
    const Customer *customer = m_model->customer(m_view->currentIndex().row());
    if (!customer)
        return;
    QString listName;
    for (const CustomerEditDialog::PriceListChoice &list : m_priceLists)
        if (list.code == customer->fields.priceList)
            listName = list.name;
    CustomerDetailDialog detail(m_store, m_auth, m_deviceId, m_branchId, *customer, m_catalogPath, listName, this);
    detail.exec();
    search(m_search->text()); // a tag may have changed
    m_search->setFocus();
}

bool CustomerPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && handlePickerKey(event, m_view, [this] { choose(m_view->currentIndex().row()); }))
        return true;
    return QDialog::eventFilter(watched, event);
}

} // namespace nexus
