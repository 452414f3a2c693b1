// CartLineTransferDialog: the other branches' stock (PartStockModel over readPartStock's other-branch rows, every
// known branch listed even without a row) and TransferService::requestTransferForCartLine for the chosen one.
#include "sale/cartlinetransferdialog.h"
#include "common/fieldcaption.h"

#include "inventory/inventorywidgets.h"
#include "inventory/partstock.h"
#include "inventory/partstockmodel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nexus {

namespace {

// Every branch that may be asked, with its stock of the part as of its last pull (zero, no date, when the device has
// no row for it); most pieces first.
PartStock otherBranchesStock(Database &db, qint64 partId, const QString &ownBranchId, const QList<BranchInfo> &branches)
{
    PartStock known;
    if (Result<PartStock> read = readPartStock(db, partId, ownBranchId); read)
        known = std::move(*read);
    PartStock stock;
    for (const BranchInfo &branch : branches) {
        const auto row = std::ranges::find_if(
            known.rows, [&](const PartStockRow &r) { return !r.own && r.branchId == branch.id; });
        stock.rows.push_back(row != known.rows.end()
                ? *row
                : PartStockRow { branch.id, branch.name, {}, {}, Quantity(), false, {} });
    }
    std::ranges::stable_sort(
        stock.rows, [](const PartStockRow &a, const PartStockRow &b) { return b.quantity < a.quantity; });
    return stock;
}

} // namespace

CartLineTransferDialog::CartLineTransferDialog(TransferService &service, const TransferActor &actor,
    const CartLine &line, const QList<BranchInfo> &otherBranches, Database &db, const QString &ownBranchId,
    const QString &note, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_line(line), m_branches(otherBranches)
{
    setObjectName(QStringLiteral("cartLineTransferDialog"));
    setWindowTitle(tr("Ask another branch"));
    resize(760, 560);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(10);
    auto *title = new QLabel(tr("Ask another branch for this part"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);
    auto *part = new QLabel(QStringLiteral("<b>%1</b> — %2").arg(line.item.sku.toHtmlEscaped(),
                                line.item.description.toHtmlEscaped()),
        this);
    part->setObjectName(QStringLiteral("cartLineTransferPart"));
    part->setWordWrap(true);
    outer->addWidget(part);

    auto *stockLabel = fieldCaption(tr("&Branch (stock as of its last synchronisation)"), this);
    outer->addWidget(stockLabel);
    m_stock = new PartStockModel(this);
    m_stock->setStock(otherBranchesStock(db, line.item.partId, ownBranchId, otherBranches));
    m_stockView = inventoryTable(QStringLiteral("cartLineTransferBranches"), this);
    m_stockView->setModel(m_stock);
    m_stockView->setColumnHidden(PartStockModel::Warehouse, true);
    m_stockView->horizontalHeader()->setSectionResizeMode(PartStockModel::Branch, QHeaderView::Stretch);
    m_stockView->horizontalHeader()->setSectionResizeMode(PartStockModel::Quantity, QHeaderView::ResizeToContents);
    m_stockView->horizontalHeader()->setSectionResizeMode(PartStockModel::AsOf, QHeaderView::ResizeToContents);
    if (m_stock->rowCount() > 0)
        m_stockView->setCurrentIndex(m_stock->index(0, PartStockModel::Branch));
    stockLabel->setBuddy(m_stockView);
    outer->addWidget(m_stockView, 1);

    auto *quantityLabel = fieldCaption(tr("&Quantity"), this);
    outer->addWidget(quantityLabel);
    m_quantity = new QLineEdit(line.quantity.toString(), this);
    m_quantity->setObjectName(QStringLiteral("cartLineTransferQuantity"));
    m_quantity->setFixedWidth(120);
    quantityLabel->setBuddy(m_quantity);
    outer->addWidget(m_quantity);

    auto *noteLabel = fieldCaption(tr("&Note for the other branch"), this);
    outer->addWidget(noteLabel);
    m_note = new QLineEdit(note, this);
    m_note->setObjectName(QStringLiteral("cartLineTransferNote"));
    m_note->setPlaceholderText(tr("Optional: customer waiting, urgency…"));
    noteLabel->setBuddy(m_note);
    outer->addWidget(m_note);

    m_remove = new QCheckBox(tr("&Take the line off the ticket (the pieces are not here to sell)"), this);
    m_remove->setObjectName(QStringLiteral("cartLineTransferRemove"));
    m_remove->setChecked(true);
    outer->addWidget(m_remove);

    m_error = errorLine(QStringLiteral("cartLineTransferError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(this, QStringLiteral("cartLineTransfer"), tr("Close  (Esc)"),
        tr("Send request  (F12)"), [this] { (void)confirm(); }));
    if (otherBranches.isEmpty())
        showError(tr("No other branch is known on this computer yet: synchronise with head office first."), nullptr);
    m_stockView->setFocus(Qt::OtherFocusReason);
}

bool CartLineTransferDialog::removeLine() const
{
    return m_remove->isChecked();
}

bool CartLineTransferDialog::confirm()
{
    const int row = m_stockView->currentIndex().row();
    if (row < 0 || row >= int(m_stock->stock().rows.size())) {
        showError(tr("Choose the branch to ask"), m_stockView);
        return false;
    }
    Result<Quantity> quantity = Quantity::parse(m_quantity->text().trimmed());
    if (!quantity || *quantity <= Quantity()) {
        showError(quantity ? tr("The quantity must be greater than zero") : quantity.error().message(), m_quantity);
        return false;
    }
    const PartStockRow &branch = m_stock->stock().rows[size_t(row)];
    CartLine asked = m_line;
    asked.quantity = *quantity;
    Result<Transfer> transfer
        = m_service.requestTransferForCartLine(asked, branch.branchId, m_actor, m_note->text().trimmed());
    if (!transfer) {
        showError(transfer.error().message(), m_stockView);
        return false;
    }
    m_transfer = std::move(*transfer);
    m_branchName = branch.branchName;
    accept();
    return true;
}

void CartLineTransferDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

} // namespace nexus
