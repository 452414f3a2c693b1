// TransferStepDialog: the lines model in Ship or Receive mode; TransferService checks and records the step.
#include "inventory/transferstepdialog.h"

#include "inventory/inventorywidgets.h"
#include "inventory/transferlinesmodel.h"
#include "inventory/transferlistmodel.h"
#include "sales/branchstock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace nexus {

TransferStepDialog::TransferStepDialog(Step step, const Transfer &transfer, TransferService &service,
    const TransferActor &actor, const CounterProfile &profile, Database &db, const QString &otherBranchName,
    QWidget *parent)
    : QDialog(parent), m_step(step), m_transfer(transfer), m_service(service), m_actor(actor), m_db(db)
{
    const bool ship = step == Step::Ship;
    setObjectName(ship ? QStringLiteral("transferShipDialog") : QStringLiteral("transferReceiveDialog"));
    setWindowTitle(ship ? tr("Ship transfer") : tr("Receive transfer"));
    resize(ship ? 1000 : 1180, 600);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(10);
    auto *title = new QLabel(ship ? tr("Ship %1 to %2").arg(transfer.folio, otherBranchName)
                                  : tr("Receive %1 from %2").arg(transfer.folio, otherBranchName),
        this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);
    auto *info = new QLabel(this);
    info->setObjectName(QStringLiteral("transferStepInfo"));
    info->setWordWrap(true);
    QStringList facts {
        tr("Requested by %1 on %2").arg(transfer.requestedByName, localStamp(transfer.requestedAtUtc))
    };
    if (!transfer.note.isEmpty())
        facts << tr("Note: %1").arg(transfer.note);
    for (const TransferShipment &shipment : transfer.shipments)
        facts << tr("Shipped by %1 on %2").arg(shipment.shippedByName, localStamp(shipment.shippedAtUtc))
                + (shipment.carrier.isEmpty()
                        ? QString()
                        : QStringLiteral(" · ") + shipment.carrier + QLatin1Char(' ') + shipment.tracking);
    info->setText(facts.join(QLatin1Char('\n')));
    outer->addWidget(info);

    auto *form = new QFormLayout;
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("transferStepWarehouseCombo"));
    for (const BranchWarehouse &warehouse : profile.warehouses)
        m_warehouse->addItem(warehouse.name, warehouse.id);
    if (!ship)
        m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(transfer.toWarehouseId)));
    form->addRow(ship ? tr("Leaves &from") : tr("Goes &into"), m_warehouse);
    if (ship) {
        m_carrier = new QLineEdit(this);
        m_carrier->setObjectName(QStringLiteral("transferCarrierEdit"));
        m_carrier->setPlaceholderText(tr("Own truck, courier…"));
        form->addRow(tr("&Carrier"), m_carrier);
        m_tracking = new QLineEdit(this);
        m_tracking->setObjectName(QStringLiteral("transferTrackingEdit"));
        form->addRow(tr("&Tracking number"), m_tracking);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("transferStepNoteEdit"));
    form->addRow(tr("&Note"), m_note);
    outer->addLayout(form);

    m_lines = new TransferLinesModel(ship ? TransferLinesModel::Mode::Ship : TransferLinesModel::Mode::Receive, this);
    m_lines->setTransfer(transfer);
    m_view = inventoryTable(QStringLiteral("transferStepLinesView"), this, 32);
    m_view->setModel(m_lines);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    fitLineColumns(m_view, m_lines);
    outer->addWidget(m_view, 1);
    m_view->setCurrentIndex(m_lines->index(0, m_lines->columnOf(TransferLinesModel::Field::Quantity)));
    connect(m_lines, &TransferLinesModel::editRefused, this,
        [this](const QString &message) { showError(message, m_view); });
    connect(m_lines, &TransferLinesModel::dataChanged, this, [this] { m_error->hide(); });
    auto *hint = new QLabel(ship ? tr("Type the quantity that leaves now on each line (0: it does not go).")
                                 : tr("Type what arrived; pieces that will not arrive go in “Missing now” with the "
                                      "reason, and so does the reason when more arrived than was in transit."),
        this);
    hint->setObjectName(QStringLiteral("keyHints"));
    hint->setWordWrap(true);
    outer->addWidget(hint);

    m_error = errorLine(QStringLiteral("transferStepError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(this, QStringLiteral("transferStep"), tr("Close  (Esc)"),
        ship ? tr("Ship  (F12)") : tr("Receive  (F12)"), [this] { (void)confirm(); }));
    if (ship) {
        // Leave from the warehouse that holds most of what was asked for.
        QStringList ids;
        for (const BranchWarehouse &warehouse : profile.warehouses)
            ids << warehouse.id;
        QList<qint64> parts;
        for (const TransferLine &line : transfer.lines)
            parts << line.partId;
        if (Result<StockByPart> stock = BranchStock(db).levels(parts, ids); stock) {
            qint64 best = std::numeric_limits<qint64>::min();
            for (int i = 0; i < m_warehouse->count(); ++i) {
                qint64 total = 0;
                for (qint64 part : parts)
                    total += stock->value(part).value(m_warehouse->itemData(i).toString()).thousandths();
                if (total > best) {
                    best = total;
                    m_warehouse->setCurrentIndex(i);
                }
            }
        }
        connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] { refreshAvailable(); });
        refreshAvailable();
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void TransferStepDialog::refreshAvailable()
{
    QList<qint64> parts;
    for (const TransferLinesModel::Row &row : m_lines->rows())
        parts << row.partId;
    const QString warehouse = m_warehouse->currentData().toString();
    Result<StockByPart> stock = BranchStock(m_db).levels(parts, { warehouse });
    QHash<qint64, Quantity> available;
    if (stock)
        for (qint64 part : parts)
            available.insert(part, stock->value(part).value(warehouse));
    m_lines->setAvailable(available);
}

void TransferStepDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool TransferStepDialog::confirm()
{
    const QString warehouse = m_warehouse->currentData().toString();
    Result<Transfer> done = [&]() -> Result<Transfer> {
        if (m_step == Step::Ship) {
            TransferShipmentRequest request { m_transfer.id, {}, m_carrier->text(), m_tracking->text(),
                m_note->text() };
            for (const TransferLinesModel::Row &row : m_lines->rows())
                request.lines.push_back({ row.lineNo, row.quantity, warehouse });
            return m_service.ship(request, m_actor);
        }
        TransferReceiptRequest request { m_transfer.id, {}, m_note->text() };
        for (const TransferLinesModel::Row &row : m_lines->rows())
            request.lines.push_back({ row.lineNo, row.quantity, row.shortage, row.reason, warehouse });
        return m_service.receive(request, m_actor);
    }();
    if (!done) {
        // "lines[i].field" of the step: the service left out untouched receipt lines, so find the row by line no.
        const QString field = done.error().field();
        QWidget *focus = m_view;
        if (field.startsWith(QLatin1String("lines["))) {
            const int index = field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt();
            int row = index;
            if (m_step == Step::Receive) {
                int seen = -1;
                for (size_t i = 0; i < m_lines->rows().size(); ++i) {
                    const TransferLinesModel::Row &candidate = m_lines->rows()[i];
                    if (candidate.quantity != Quantity() || candidate.shortage != Quantity())
                        ++seen;
                    if (seen == index) {
                        row = int(i);
                        break;
                    }
                }
            }
            TransferLinesModel::Field column = TransferLinesModel::Field::Quantity;
            if (field.endsWith(QLatin1String(".reason")))
                column = TransferLinesModel::Field::Reason;
            else if (field.endsWith(QLatin1String(".shortage")))
                column = TransferLinesModel::Field::Shortage;
            else if (field.endsWith(QLatin1String(".warehouse_id")))
                focus = m_warehouse;
            m_view->setCurrentIndex(m_lines->index(row, m_lines->columnOf(column)));
        } else if (field == QLatin1String("carrier") || field == QLatin1String("tracking")) {
            focus = field == QLatin1String("carrier") ? m_carrier : m_tracking;
        } else if (field == QLatin1String("note")) {
            focus = m_note;
        }
        showError(done.error().message(), focus);
        return false;
    }
    m_result = std::move(*done);
    accept();
    return true;
}

} // namespace nexus
