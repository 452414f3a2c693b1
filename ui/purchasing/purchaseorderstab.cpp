// PurchaseOrdersTab: the orders from PurchasingService, the dialogs take each step.
#include "purchasing/purchaseorderstab.h"

#include "auth/authservice.h"
#include "auth/permission.h"
#include "common/clock.h"
#include "inventory/inventorywidgets.h"
#include "inventory/transferlistmodel.h"
#include "notifications/notificationservice.h"
#include "purchasing/purchaseorderdialog.h"
#include "purchasing/purchaseordermessage.h"
#include "purchasing/receivedialog.h"
#include "purchasing/sendorderdialog.h"
#include "purchasing/supplierstab.h"
#include "sales/exchangerate.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include "common/askreason.h"
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

PurchaseOrdersTab::PurchaseOrdersTab(
    LocalStore &store, AuthService &auth, const CounterProfile &profile, const QString &catalogPath, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_auth(auth),
      m_profile(profile),
      m_catalogPath(catalogPath),
      m_service(store.db(), Clock::system(), PurchasingContext { profile.deviceId, profile.branchId, profile.folioSeries })
{
    setObjectName(QStringLiteral("purchaseOrdersTab"));
    if (Result<QVariant> name = store.db().scalar(QStringLiteral("SELECT name FROM branches WHERE id = ?"),
            { profile.branchId });
        name && name->isValid())
        m_storeName = name->toString();
    if (m_storeName.isEmpty())
        m_storeName = profile.branchCode;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    auto *actions = new QHBoxLayout;
    m_new = new QPushButton(tr("New  (F2)"), this);
    m_new->setObjectName(QStringLiteral("poNewButton"));
    m_new->setProperty("kind", QStringLiteral("primary"));
    m_edit = new QPushButton(tr("Edit  (F3)"), this);
    m_edit->setObjectName(QStringLiteral("poEditButton"));
    m_send = new QPushButton(tr("Send  (F6)"), this);
    m_send->setObjectName(QStringLiteral("poSendButton"));
    m_receive = new QPushButton(tr("Receive  (F4)"), this);
    m_receive->setObjectName(QStringLiteral("poReceiveButton"));
    m_close = new QPushButton(tr("Close  (F7)"), this);
    m_close->setObjectName(QStringLiteral("poCloseButton"));
    m_cancel = new QPushButton(tr("Cancel  (F9)"), this);
    m_cancel->setObjectName(QStringLiteral("poCancelButton"));
    for (QPushButton *button : { m_new, m_edit, m_send, m_receive, m_close, m_cancel }) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("poStatusFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->addItem(tr("Open"), QStringLiteral("open"));
    m_filter->addItem(tr("All"), QString());
    for (PurchaseOrderStatus s : { PurchaseOrderStatus::Draft, PurchaseOrderStatus::Sent,
             PurchaseOrderStatus::PartiallyReceived, PurchaseOrderStatus::Received, PurchaseOrderStatus::Closed,
             PurchaseOrderStatus::Cancelled })
        m_filter->addItem(purchaseOrderStatusName(s), purchaseOrderStatusCode(s));
    actions->addWidget(m_filter);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("poMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({ tr("Folio"), tr("Supplier"), tr("Status"), tr("Currency"), tr("Total"),
        tr("Received (MXN)"), tr("Created") });
    m_view = inventoryTable(QStringLiteral("poListView"), splitter);
    m_view->setModel(m_model);
    splitter->addWidget(m_view);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("poDetailTitle"));
    m_detailTitle->setProperty("role", QStringLiteral("sectionTitle"));
    detailLayout->addWidget(m_detailTitle);
    m_lines = new QStandardItemModel(0, LineColumnCount, this);
    m_lines->setHorizontalHeaderLabels({ tr("#"), tr("SKU"), tr("Supplier's part no."), tr("Description"),
        tr("Ordered"), tr("Arrived"), tr("Pending"), tr("Unit cost"), tr("Differences") });
    m_linesView = inventoryTable(QStringLiteral("poDetailLinesView"), detail);
    m_linesView->setModel(m_lines);
    // The order's steps beside its lines (one a line, wrapped): below them they would be cut at 1366×768.
    auto *row = new QHBoxLayout;
    row->addWidget(m_linesView, 4);
    m_history = new QLabel(detail);
    m_history->setObjectName(QStringLiteral("poHistory"));
    m_history->setWordWrap(true);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    row->addWidget(m_history, 1);
    detailLayout->addLayout(row, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 170, 330 });
    layout->addWidget(splitter, 1);
    layout->addWidget(new QLabel(
        tr("F2 new · F3 edit draft · F6 send · F4 receive · F7 close · F9 cancel · F5 refresh · ↑↓ choose an order"),
        this));

    connect(m_new, &QPushButton::clicked, this, [this] { (void)newOrder(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { (void)editSelected(); });
    connect(m_send, &QPushButton::clicked, this, [this] { (void)sendSelected(); });
    connect(m_receive, &QPushButton::clicked, this, [this] { (void)receiveSelected(); });
    connect(m_close, &QPushButton::clicked, this, [this] { (void)closeSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { (void)cancelSelected(); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F2), [this] { (void)newOrder(); });
    bindKey(this, QKeySequence(Qt::Key_F3), [this] { (void)editSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F6), [this] { (void)sendSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F4), [this] { (void)receiveSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F7), [this] { (void)closeSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F9), [this] { (void)cancelSelected(); });
    bindKey(this, QKeySequence(Qt::Key_F5), [this] { refresh(); });
    setFocusProxy(m_view);
    refresh();
}

void PurchaseOrdersTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void PurchaseOrdersTab::setStatusFilter(std::optional<PurchaseOrderStatus> status)
{
    m_filter->setCurrentIndex(status ? m_filter->findData(purchaseOrderStatusCode(*status)) : 1);
}

QString PurchaseOrdersTab::pdfPath(const PurchaseOrder &order) const
{
    return QFileInfo(m_store.db().path()).dir().filePath(QStringLiteral("ordenes-de-compra/%1.pdf").arg(order.folio));
}

QString PurchaseOrdersTab::warehouseName(const QString &id) const
{
    for (const BranchWarehouse &w : m_profile.warehouses)
        if (w.id == id)
            return w.name;
    return id;
}

void PurchaseOrdersTab::refresh()
{
    const PurchaseOrder *current = selected();
    const QString keep = current ? current->id : QString();
    const QString code = m_filter->currentData().toString();
    std::optional<PurchaseOrderStatus> status;
    if (Result<PurchaseOrderStatus> parsed = purchaseOrderStatusFromCode(code); parsed)
        status = *parsed;
    Result<std::vector<PurchaseOrder>> orders = m_service.orders(status);
    if (!orders) {
        showMessage(orders.error().message(), true);
        return;
    }
    m_orders.clear();
    for (PurchaseOrder &o : *orders)
        if (code != QLatin1String("open")
            || (o.status != PurchaseOrderStatus::Closed && o.status != PurchaseOrderStatus::Cancelled))
            m_orders.push_back(std::move(o));
    m_model->removeRows(0, m_model->rowCount());
    for (const PurchaseOrder &o : m_orders) {
        QList<QStandardItem *> row { new QStandardItem(o.folio), new QStandardItem(o.supplierName),
            new QStandardItem(purchaseOrderStatusName(o.status)), new QStandardItem(currencyCode(o.currency)),
            new QStandardItem(purchaseMoneyBoth(o.totalCents(), o.currency, o.exchangeRateMicros)),
            new QStandardItem(purchaseMoney(o.receivedMxnCents(), nexus::Currency::MXN)),
            new QStandardItem(localStamp(o.createdAtUtc)) };
        row[Folio]->setData(o.id, Qt::UserRole);
        row[Status]->setData(int(o.status), Qt::UserRole);
        row[Total]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[Received]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(Supplier, QHeaderView::Stretch);
    if (!select(keep) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showSelected();
}

bool PurchaseOrdersTab::select(const QString &orderId)
{
    for (size_t i = 0; i < m_orders.size(); ++i)
        if (!orderId.isEmpty() && m_orders[i].id == orderId) {
            m_view->setCurrentIndex(m_model->index(int(i), 0));
            return true;
        }
    return false;
}

const PurchaseOrder *PurchaseOrdersTab::selected() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && size_t(row) < m_orders.size() ? &m_orders[size_t(row)] : nullptr;
}

void PurchaseOrdersTab::showSelected()
{
    m_lines->removeRows(0, m_lines->rowCount());
    const PurchaseOrder *o = selected();
    if (!o) {
        m_detailTitle->setText(m_orders.empty() ? tr("No purchase orders to show") : QString());
        m_history->clear();
        updateActions();
        return;
    }
    m_detailTitle->setText(tr("%1 · %2 · %3 · receive in %4")
                               .arg(o->folio, o->supplierName, purchaseOrderStatusName(o->status),
                                   warehouseName(o->warehouseId)));
    for (const PurchaseOrderLine &line : o->lines) {
        const PurchaseOrderLineTotals t = o->totals(line.lineNo);
        QStringList differences;
        for (const PurchaseReceipt &r : o->receipts)
            for (const PurchaseReceiptLine &rl : r.lines)
                if (rl.lineNo == line.lineNo && rl.priceDiffers())
                    differences << tr("invoiced at %1").arg(purchaseMoney(rl.unitCostCents, o->currency));
        if (t.over > nexus::Quantity())
            differences << tr("%1 more than ordered").arg(t.over.toString());
        QList<QStandardItem *> row { new QStandardItem(QString::number(line.lineNo)), new QStandardItem(line.sku),
            new QStandardItem(line.supplierSku), new QStandardItem(line.description),
            new QStandardItem(t.ordered.toString()), new QStandardItem(t.received.toString()),
            new QStandardItem(t.pending.toString()), new QStandardItem(purchaseMoney(line.unitCostCents, o->currency)),
            new QStandardItem(differences.join(QStringLiteral("; "))) };
        for (int c : { int(LineNo), int(Ordered), int(Arrived), int(Pending), int(UnitCost) })
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->appendRow(row);
    }
    m_linesView->resizeColumnsToContents();
    m_linesView->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    QStringList history;
    history << tr("Created on %1").arg(localStamp(o->createdAtUtc));
    if (!o->sentAtUtc.isEmpty())
        history << tr("Sent on %1").arg(localStamp(o->sentAtUtc));
    for (const PurchaseReceipt &r : o->receipts)
        history << tr("Received on %1 · invoice %2 · %3")
                       .arg(localStamp(r.receivedAtUtc), r.supplierInvoice.isEmpty() ? tr("(none)") : r.supplierInvoice,
                           purchaseMoney(r.totalMxnCents, nexus::Currency::MXN));
    if (!o->closedAtUtc.isEmpty())
        history << tr("Closed on %1").arg(localStamp(o->closedAtUtc));
    if (!o->cancelledAtUtc.isEmpty())
        history << tr("Cancelled on %1: %2").arg(localStamp(o->cancelledAtUtc), o->cancelReason);
    m_history->setText(history.join(QLatin1Char('\n')));
    updateActions();
}

void PurchaseOrdersTab::updateActions()
{
    const PurchaseOrder *o = selected();
    const std::optional<User> &user = m_auth.currentUser();
    const bool manage = user && roleHas(user->role, Permission::ManagePurchasing);
    const PurchaseOrderStatus s = o ? o->status : PurchaseOrderStatus::Closed;
    m_new->setEnabled(manage);
    m_edit->setEnabled(manage && o && s == PurchaseOrderStatus::Draft);
    m_send->setEnabled(manage && o && s == PurchaseOrderStatus::Draft);
    m_receive->setEnabled(
        manage && o && (s == PurchaseOrderStatus::Sent || s == PurchaseOrderStatus::PartiallyReceived));
    m_close->setEnabled(
        manage && o && (s == PurchaseOrderStatus::Received || s == PurchaseOrderStatus::PartiallyReceived));
    m_cancel->setEnabled(manage && o && (s == PurchaseOrderStatus::Draft || s == PurchaseOrderStatus::Sent));
}

std::optional<PurchasingActor> PurchaseOrdersTab::actor()
{
    Result<PurchasingActor> who = purchasingActor(m_auth);
    if (!who) {
        showMessage(who.error().message(), true);
        return std::nullopt;
    }
    return *who;
}

void PurchaseOrdersTab::showMessage(const QString &text, bool error)
{
    showStatus(m_message, text, error);
}

void PurchaseOrdersTab::recorded(const PurchaseOrder &order, const QString &message)
{
    showMessage(message, false);
    refresh();
    if (!select(order.id)) {
        setStatusFilter(std::nullopt);
        (void)select(order.id);
    }
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT factsRecorded();
}

bool PurchaseOrdersTab::newOrder()
{
    std::optional<PurchasingActor> who = actor();
    if (!who)
        return false;
    PurchaseOrderDialog dialog(m_service, *who, m_profile, std::nullopt, m_catalogPath, m_store.db().path(), this);
    dialog.setDayUsdRate(dayUsdRate());
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return false;
    recorded(*dialog.saved(), tr("Draft %1 saved: F6 sends it to the supplier.").arg(dialog.saved()->folio));
    return true;
}

bool PurchaseOrdersTab::editSelected()
{
    const PurchaseOrder *o = selected();
    std::optional<PurchasingActor> who = o && m_edit->isEnabled() ? actor() : std::nullopt;
    if (!who)
        return false;
    PurchaseOrderDialog dialog(m_service, *who, m_profile, *o, m_catalogPath, m_store.db().path(), this);
    dialog.setDayUsdRate(dayUsdRate());
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return false;
    recorded(*dialog.saved(), tr("Draft %1 saved.").arg(dialog.saved()->folio));
    return true;
}

bool PurchaseOrdersTab::sendSelected()
{
    const PurchaseOrder *o = selected();
    std::optional<PurchasingActor> who = o && m_send->isEnabled() ? actor() : std::nullopt;
    if (!who)
        return false;
    Result<std::optional<nexus::Supplier>> supplier = m_service.supplier(o->supplierId);
    if (!supplier || !*supplier)
        return false;
    const PurchaseOrder order = *o;
    NotificationService notifications(m_store.db(), Clock::system());
    SendOrderDialog dialog(m_service, *who, order, **supplier, m_storeName, warehouseName(order.warehouseId),
        pdfPath(order), &notifications, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    recorded(*dialog.result(),
        dialog.queuedTo().isEmpty()
            ? tr("%1 sent: receive it with F4 when it arrives.").arg(order.folio)
            : tr("%1 queued to %2; it goes out when the store is online. Receive it with F4 when it arrives.")
                  .arg(order.folio, dialog.queuedTo().join(tr(" and "))));
    return true;
}

qint64 PurchaseOrdersTab::dayUsdRate()
{
    Result<qint64> rate = storedUsdRate(m_store);
    return rate ? *rate : 0;
}

bool PurchaseOrdersTab::receiveSelected()
{
    const PurchaseOrder *o = selected();
    std::optional<PurchasingActor> who = o && m_receive->isEnabled() ? actor() : std::nullopt;
    if (!who)
        return false;
    ReceiveDialog dialog(m_service, *who, *o, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    const PurchaseOrder &done = *dialog.result();
    recorded(done,
        done.status == PurchaseOrderStatus::Received
            ? tr("%1 received in full: F7 closes it.").arg(done.folio)
            : tr("%1 received in part: the rest is still expected.").arg(done.folio));
    return true;
}

bool PurchaseOrdersTab::closeSelected()
{
    const PurchaseOrder *o = selected();
    std::optional<PurchasingActor> who = o && m_close->isEnabled() ? actor() : std::nullopt;
    if (!who)
        return false;
    Result<PurchaseOrder> closed = m_service.close(o->id, *who);
    if (!closed) {
        showMessage(closed.error().message(), true);
        return false;
    }
    recorded(*closed, tr("%1 closed.").arg(closed->folio));
    return true;
}

bool PurchaseOrdersTab::cancelSelected()
{
    const PurchaseOrder *o = selected();
    std::optional<PurchasingActor> who = o && m_cancel->isEnabled() ? actor() : std::nullopt;
    if (!who)
        return false;
    const PurchaseOrder order = *o;
    const std::optional<QString> reason = askReason(this,
        { QStringLiteral("poCancelDialog"), tr("Cancel purchase order"), tr("Why is %1 cancelled?").arg(order.folio),
            tr("Cancel the order"), tr("Keep it") });
    if (!reason)
        return false;
    Result<PurchaseOrder> cancelled = m_service.cancel(order.id, *reason, *who);
    if (!cancelled) {
        showMessage(cancelled.error().message(), true);
        return false;
    }
    recorded(*cancelled, tr("%1 cancelled.").arg(cancelled->folio));
    return true;
}

} // namespace nexus
