// TransferRequestDialog: the search panel feeds the lines model; TransferService checks and records the request.
#include "inventory/transferrequestdialog.h"
#include "common/fieldcaption.h"

#include "catalog/cataloghit.h"
#include "inventory/inventorywidgets.h"
#include "inventory/partsearchpanel.h"
#include "inventory/transferlinesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

TransferRequestDialog::TransferRequestDialog(TransferService &service, const TransferActor &actor,
    const CounterProfile &profile, const QList<BranchInfo> &otherBranches, const QString &catalogPath,
    const QString &nexusPath, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor)
{
    setObjectName(QStringLiteral("transferRequestDialog"));
    setWindowTitle(tr("Transfer request"));
    resize(1000, 720);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(10);
    auto *title = new QLabel(tr("Ask another branch for parts"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    auto *head = new QHBoxLayout;
    auto *fromLabel = fieldCaption(tr("Ask &branch"), this);
    head->addWidget(fromLabel);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("transferFromCombo"));
    for (const BranchInfo &branch : otherBranches)
        m_from->addItem(branch.name, branch.id);
    fromLabel->setBuddy(m_from);
    head->addWidget(m_from, 1);
    auto *toLabel = fieldCaption(tr("Arrives &in"), this);
    head->addWidget(toLabel);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("transferToWarehouseCombo"));
    for (const BranchWarehouse &warehouse : profile.warehouses)
        m_warehouse->addItem(warehouse.name, warehouse.id);
    toLabel->setBuddy(m_warehouse);
    head->addWidget(m_warehouse, 1);
    outer->addLayout(head);

    auto *searchRow = new QHBoxLayout;
    auto *quantityLabel = fieldCaption(tr("&Quantity"), this);
    m_quantity = new QLineEdit(QStringLiteral("1"), this);
    m_quantity->setObjectName(QStringLiteral("transferQuantityEdit"));
    m_quantity->setFixedWidth(90);
    quantityLabel->setBuddy(m_quantity);
    searchRow->addWidget(quantityLabel);
    searchRow->addWidget(m_quantity);
    searchRow->addStretch(1);
    outer->addLayout(searchRow);
    m_search = new PartSearchPanel(catalogPath, nexusPath, profile.warehouses, QStringLiteral("transferRequest"), this);
    outer->addWidget(m_search, 3);
    connect(m_search, &PartSearchPanel::partActivated, this, &TransferRequestDialog::addPart);

    outer->addWidget(fieldCaption(tr("Parts requested (Del removes a line)"), this));
    m_lines = new TransferLinesModel(TransferLinesModel::Mode::Request, this);
    m_linesView = inventoryTable(QStringLiteral("transferRequestLinesView"), this);
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_linesView->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    fitLineColumns(m_linesView, m_lines);
    outer->addWidget(m_linesView, 2);
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_linesView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { m_lines->removeRow(m_linesView->currentIndex().row()); });
    connect(m_lines, &TransferLinesModel::editRefused, this,
        [this](const QString &message) { showError(message, m_linesView); });

    auto *noteLabel = fieldCaption(tr("&Note for the other branch"), this);
    outer->addWidget(noteLabel);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("transferNoteEdit"));
    m_note->setPlaceholderText(tr("Optional: customer waiting, urgency…"));
    noteLabel->setBuddy(m_note);
    outer->addWidget(m_note);

    m_error = errorLine(QStringLiteral("transferRequestError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(this, QStringLiteral("transferRequest"), tr("Close  (Esc)"),
        tr("Send request  (F12)"), [this] { (void)confirm(); }));

    auto *searchKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(searchKey, &QShortcut::activated, m_search, &PartSearchPanel::focusSearch);
    if (otherBranches.isEmpty())
        showError(tr("No other branch is known on this computer yet: synchronise with head office first."), m_from);
    m_search->focusSearch();
}

void TransferRequestDialog::addPart(const CatalogHit &hit)
{
    Result<Quantity> quantity = Quantity::parse(m_quantity->text().trimmed());
    if (!quantity || *quantity <= Quantity()) {
        showError(quantity ? tr("The quantity must be greater than zero") : quantity.error().message(), m_quantity);
        return;
    }
    m_lines->addPart(hit.partId, hit.sku, hit.name, *quantity);
    m_error->hide();
    m_quantity->setText(QStringLiteral("1"));
    m_search->focusSearch();
}

void TransferRequestDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool TransferRequestDialog::confirm()
{
    TransferRequest request;
    request.fromBranchId = m_from->currentData().toString();
    request.toWarehouseId = m_warehouse->currentData().toString();
    request.note = m_note->text();
    for (const TransferLinesModel::Row &row : m_lines->rows())
        request.lines.push_back({ row.partId, row.sku, row.description, row.quantity });
    Result<Transfer> sent = m_service.request(request, m_actor);
    if (!sent) {
        const QString field = sent.error().field();
        QWidget *focus = m_search;
        if (field == QLatin1String("from_branch_id"))
            focus = m_from;
        else if (field == QLatin1String("to_warehouse_id"))
            focus = m_warehouse;
        else if (field == QLatin1String("note"))
            focus = m_note;
        else if (field.startsWith(QLatin1String("lines["))) {
            focus = m_linesView;
            const int row = field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt();
            m_linesView->setCurrentIndex(m_lines->index(row, m_lines->columnOf(TransferLinesModel::Field::Quantity)));
        }
        showError(sent.error().message(), focus);
        return false;
    }
    m_transfer = std::move(*sent);
    accept();
    return true;
}

} // namespace nexus
