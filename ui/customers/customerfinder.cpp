// Customer finder: search box, results table, status line.
#include "customers/customerfinder.h"

#include "common/clock.h"
#include "common/pickerkeys.h"
#include "customers/customerlistmodel.h"
#include "customers/customerservice.h"
#include "store/localstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

CustomerFinder::CustomerFinder(LocalStore &store, bool offersNew, QWidget *parent)
    : QWidget(parent), m_store(store), m_offersNew(offersNew)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    m_search->setPlaceholderText(tr("Name, RFC, phone or #tag"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_model = new CustomerListModel(this);
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
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("customerPickerStatus"));
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textEdited, this, &CustomerFinder::search);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { chooseCurrent(); });
    setFocusProxy(m_search);
}

void CustomerFinder::setPriceListNames(QHash<QString, QString> names)
{
    m_model->setPriceListNames(std::move(names));
}

void CustomerFinder::search(const QString &text)
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
    const QString typed = text.trimmed();
    if (count == 0 && typed.isEmpty())
        m_status->setText(m_offersNew ? tr("No customers on this computer yet. Ctrl+N adds one.")
                                      : tr("No customers on this computer yet."));
    else if (count == 0)
        m_status->setText(m_offersNew && !typed.startsWith(QLatin1Char('#'))
                ? tr("Nobody found for “%1”. Ctrl+N adds them as a new customer.").arg(typed)
                : tr("Nobody found for “%1”.").arg(typed));
    else
        m_status->setText(count >= CustomerService::kSearchLimit
                ? tr("First %1 customers: type more to narrow it down").arg(count)
                : tr("%n customer(s)", nullptr, count));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void CustomerFinder::refresh()
{
    search(m_search->text());
}

const Customer *CustomerFinder::current() const
{
    return m_model->customer(m_view->currentIndex().row());
}

void CustomerFinder::chooseCurrent()
{
    if (const Customer *customer = current())
        Q_EMIT chosen(*customer);
}

bool CustomerFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && handlePickerKey(event, m_view, [this] { chooseCurrent(); }))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace nexus
