// The picker of ready service orders: loaded once when it opens (a branch has a handful ready at a time), filtered
// in memory as the cashier types.
#include "sale/serviceorderpickerdialog.h"

#include "common/pickerkeys.h"
#include "workshop/serviceorderservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexus {

namespace {

// "Pérez NL-77 ab" → "perez nl77ab": what the cashier types matches whatever accents, case or dashes were stored.
QString fold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'-' || c == u'.')
            continue;
        folded += c.toLower();
    }
    return folded.simplified();
}

} // namespace

ServiceOrderPickerDialog::ServiceOrderPickerDialog(const ServiceOrderService &orders, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serviceOrderPickerDialog"));
    setWindowTitle(tr("Charge a service order"));
    setMinimumSize(900, 520);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(12);
    auto *title = new QLabel(tr("Service orders ready to charge"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("serviceOrderSearchEdit"));
    m_search->setPlaceholderText(tr("Folio, customer or plates"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    outer->addWidget(m_search);

    m_view = new QTableWidget(0, ColumnCount, this);
    m_view->setObjectName(QStringLiteral("serviceOrderResultsView"));
    m_view->setHorizontalHeaderLabels({ tr("Folio"), tr("Customer"), tr("Vehicle"), tr("To charge") });
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
    header->resizeSection(Folio, 130);
    header->setSectionResizeMode(Customer, QHeaderView::Stretch);
    header->resizeSection(Vehicle, 300);
    header->resizeSection(Total, 140);
    outer->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serviceOrderPickerStatus"));
    outer->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("serviceOrderPickerCancel"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    auto *load = new QPushButton(tr("Put on the ticket  (Enter)"), this);
    load->setObjectName(QStringLiteral("loadServiceOrderButton"));
    load->setProperty("kind", QStringLiteral("primary"));
    load->setAutoDefault(false);
    buttons->addWidget(load);
    outer->addLayout(buttons);

    connect(m_search, &QLineEdit::textEdited, this, &ServiceOrderPickerDialog::search);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) { choose(index.row()); });
    connect(load, &QPushButton::clicked, this, [this] { choose(m_view->currentRow()); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    Result<std::vector<ServiceOrderCard>> board = orders.board(BoardFilter {});
    if (!board) {
        m_status->setText(board.error().message());
        m_status->setProperty("tone", QStringLiteral("error"));
    } else {
        for (const ServiceOrderCard &card : *board) {
            if (card.status != ServiceOrderStatus::Ready)
                continue;
            Result<ServiceOrderCharge> charge = orders.charge(card.id);
            const QString total = charge ? charge->totals.gross.format() : charge.error().message();
            m_rows.push_back({ card, total,
                fold(QStringList { card.folio, card.customerName, card.vehicle, card.plates }.join(u' ')) });
        }
    }
    search(QString());
    m_search->setFocus();
}

int ServiceOrderPickerDialog::visibleOrders() const
{
    int visible = 0;
    for (int row = 0; row < m_view->rowCount(); ++row)
        visible += m_view->isRowHidden(row) ? 0 : 1;
    return visible;
}

void ServiceOrderPickerDialog::search(const QString &text)
{
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    m_view->setRowCount(0);
    for (const Row &row : m_rows) {
        if (!std::all_of(words.cbegin(), words.cend(), [&row](const QString &word) { return row.haystack.contains(word); }))
            continue;
        const int at = m_view->rowCount();
        m_view->insertRow(at);
        auto *folio = new QTableWidgetItem(row.card.folio);
        folio->setData(Qt::UserRole, row.card.id);
        m_view->setItem(at, Folio, folio);
        m_view->setItem(at, Customer, new QTableWidgetItem(row.card.customerName));
        m_view->setItem(at, Vehicle,
            new QTableWidgetItem(row.card.plates.isEmpty() ? row.card.vehicle
                                                           : QStringLiteral("%1 · %2").arg(row.card.vehicle,
                                                               row.card.plates)));
        auto *total = new QTableWidgetItem(row.total);
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_view->setItem(at, Total, total);
    }
    const int count = m_view->rowCount();
    if (count > 0)
        m_view->setCurrentCell(0, Folio);
    if (m_status->property("tone").toString() == QLatin1String("error"))
        return;
    m_status->setText(m_rows.empty() ? tr("No service order is ready to charge.")
            : count == 0            ? tr("No ready order matches “%1”.").arg(text.trimmed())
                                    : tr("%n order(s) ready", nullptr, count));
}

void ServiceOrderPickerDialog::choose(int row)
{
    const QTableWidgetItem *folio = row >= 0 ? m_view->item(row, Folio) : nullptr;
    if (!folio)
        return;
    m_chosen = folio->data(Qt::UserRole).toString();
    accept();
}

bool ServiceOrderPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && handlePickerKey(event, m_view, [this] { choose(m_view->currentRow()); }))
        return true;
    return QDialog::eventFilter(watched, event);
}

} // namespace nexus
