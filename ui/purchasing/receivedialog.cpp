// ReceiveDialog: the order's lines with what is still expected; the receipt is what the "Receive now" column says.
#include "purchasing/receivedialog.h"

#include "common/fieldcaption.h"
#include "inventory/inventorywidgets.h"
#include "purchasing/purchaseorderdialog.h"
#include "purchasing/purchaseordermessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

ReceiveDialog::ReceiveDialog(
    PurchasingService &service, const PurchasingActor &actor, const PurchaseOrder &order, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_order(order)
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive %1").arg(order.folio));
    resize(1100, 640);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 18);
    outer->setSpacing(8);
    auto *title = new QLabel(tr("Receive %1 from %2").arg(order.folio, order.supplierName), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    auto *head = new QHBoxLayout;
    auto *scanLabel = fieldCaption(tr("&Scan or type a code"), this);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("receiveScanEdit"));
    m_scan->setPlaceholderText(tr("barcode, our SKU or the supplier's part no., then Enter: +1"));
    scanLabel->setBuddy(m_scan);
    head->addWidget(scanLabel);
    head->addWidget(m_scan, 2);
    auto *invoiceLabel = fieldCaption(tr("Supplier's &invoice"), this);
    m_invoice = new QLineEdit(this);
    m_invoice->setObjectName(QStringLiteral("receiveInvoiceEdit"));
    m_invoice->setPlaceholderText(tr("factura or remisión no."));
    invoiceLabel->setBuddy(m_invoice);
    head->addWidget(invoiceLabel);
    head->addWidget(m_invoice, 1);
    outer->addLayout(head);

    m_lines = new QStandardItemModel(0, ColumnCount, this);
    m_lines->setHorizontalHeaderLabels({ tr("Line"), tr("SKU"), tr("Supplier's part no."), tr("Description"),
        tr("Ordered"), tr("Received"), tr("Pending"), tr("Receive now"), tr("Invoice cost") });
    for (const PurchaseOrderLine &line : order.lines) {
        const PurchaseOrderLineTotals totals = order.totals(line.lineNo);
        QList<QStandardItem *> row { new QStandardItem(QString::number(line.lineNo)), new QStandardItem(line.sku),
            new QStandardItem(line.supplierSku), new QStandardItem(line.description),
            new QStandardItem(totals.ordered.toString()), new QStandardItem(totals.received.toString()),
            new QStandardItem(totals.pending.toString()), new QStandardItem(QStringLiteral("0")),
            new QStandardItem(QString::number(double(line.unitCostCents) / 100.0, 'f', 2)) };
        for (int c = 0; c < ColumnCount; ++c) {
            row[c]->setEditable(c == ReceiveNow || c == InvoiceCost);
            if (c == Line || c >= Ordered)
                row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        row[Line]->setData(line.lineNo, Qt::UserRole);
        m_lines->appendRow(row);
    }
    m_linesView = inventoryTable(QStringLiteral("receiveLinesView"), this);
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_linesView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_linesView->resizeColumnsToContents();
    m_linesView->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    outer->addWidget(m_linesView, 1);
    outer->addWidget(new QLabel(tr("A different cost or more pieces than ordered are recorded as differences of "
                                   "this receipt. Costs in %1, without IVA.")
                                    .arg(currencyCode(order.currency)),
        this));

    auto *noteLabel = fieldCaption(tr("&Note"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("receiveNoteEdit"));
    noteLabel->setBuddy(m_note);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    outer->addLayout(noteRow);
    m_error = errorLine(QStringLiteral("receiveError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(
        this, QStringLiteral("receive"), tr("Close  (Esc)"), tr("Record receipt  (F12)"), [this] { (void)confirm(); }));
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (scan(m_scan->text()))
            m_scan->clear();
        else
            m_scan->selectAll();
    });
    m_scan->setFocus();
}

bool ReceiveDialog::scan(const QString &code)
{
    const int lineNo = m_order.lineForCode(code);
    if (lineNo == 0) {
        showError(tr("No line of %1 has the code %2").arg(m_order.folio, code.trimmed()), m_scan);
        return false;
    }
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, Line)->data(Qt::UserRole).toInt() != lineNo)
            continue;
        QStandardItem *now = m_lines->item(row, ReceiveNow);
        Result<nexus::Quantity> had = nexus::Quantity::parse(now->text().trimmed());
        now->setText((had.value_or(nexus::Quantity()) + nexus::Quantity::units(1)).toString());
        m_linesView->setCurrentIndex(now->index());
        m_error->hide();
        return true;
    }
    return false;
}

void ReceiveDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool ReceiveDialog::confirm()
{
    PurchaseReceiptRequest request { m_order.id, m_invoice->text(), m_note->text(), {} };
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        Result<nexus::Quantity> quantity = nexus::Quantity::parse(m_lines->item(row, ReceiveNow)->text().trimmed());
        Result<qint64> cost = parseCost(m_lines->item(row, InvoiceCost)->text());
        if (!quantity || !cost) {
            m_linesView->setCurrentIndex(m_lines->index(row, quantity ? InvoiceCost : ReceiveNow));
            showError(quantity ? cost.error().message() : quantity.error().message(), m_linesView);
            return false;
        }
        request.lines.push_back(
            { m_lines->item(row, Line)->data(Qt::UserRole).toInt(), *quantity, *cost, {} });
    }
    // Only lines that receive something are in the request: map the service's line index back to the table row.
    std::vector<int> rows;
    std::vector<PurchaseReceiptLineRequest> kept;
    for (size_t i = 0; i < request.lines.size(); ++i)
        if (request.lines[i].quantity != nexus::Quantity()) {
            rows.push_back(int(i));
            kept.push_back(request.lines[i]);
        }
    request.lines = kept;
    Result<PurchaseOrder> received = m_service.receive(request, m_actor);
    if (!received) {
        const QString field = received.error().field();
        QWidget *focus = m_scan;
        if (field.startsWith(QLatin1String("lines["))) {
            const size_t index = size_t(field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt());
            focus = m_linesView;
            if (index < rows.size())
                m_linesView->setCurrentIndex(m_lines->index(
                    rows[index], field.endsWith(QLatin1String("unit_cost")) ? InvoiceCost : ReceiveNow));
        }
        showError(received.error().message(), focus);
        return false;
    }
    m_result = std::move(*received);
    accept();
    return true;
}

} // namespace nexus
